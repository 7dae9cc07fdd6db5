// SPDX-License-Identifier: EUPL-1.2
/** Demo pilots on public space and sustainability: heat stress, water, cleaning, energy poverty. */
import type { DemoPilot } from './types.js';

export const sustainabilityPilots: DemoPilot[] = [
  {
    key: 'hittestress-meetnet-den-haag',
    title: 'Meetnet hittestress in versteende wijken',
    summary:
      'Den Haag hangt 120 sensoren voor temperatuur en luchtvochtigheid op in wijken met weinig groen, om te zien waar het in de zomer echt te heet wordt en waar vergroening het meest oplevert.',
    what:
      'Hittekaarten zijn meestal gebaseerd op modellen en satellietbeelden van het oppervlak. Bewoners en wijkbeheerders vragen hoe warm het op straatniveau wordt, ook \'s nachts. We plaatsen sensoren op lantaarnpalen en aan gevels in zes wijken en vergelijken de metingen met de bestaande hittekaart.',
    goal:
      'Een betrouwbaar beeld van de gevoelstemperatuur per straat, zodat we geld voor vergroening en koele plekken kunnen inzetten waar het het meest nodig is. Tegelijk leren we wat een meetnet kost aan beheer.',
    deliverables:
      'Een openbaar kaartje met actuele en historische metingen, een analyse na twee zomers en een advies over welke straten voorrang krijgen bij het programma vergroening. Daarnaast een beschrijving van het beheer van het meetnet, zodat andere gemeenten weten waar ze aan beginnen.',
    approach:
      'Sensorik levert en onderhoudt de sensoren. Onderzoekers van Hogeschool De Delta controleren de metingen en koppelen ze aan gegevens over groen, verharding en bebouwing. Rotterdam, Delft, Westland en Zoetermeer plaatsen elk twintig sensoren volgens hetzelfde protocol, zodat we kunnen vergelijken.',
    milestones:
      'April 2024: sensoren geplaatst in zes Haagse wijken. Oktober 2024: analyse eerste zomer. Mei 2025: uitbreiding naar de vier andere gemeenten. Oktober 2025: analyse tweede zomer. Oktober 2026: advies over blijvend meetnet en overdracht aan regulier beheer.',
    themes: ['sustainability', 'public_space', 'data_technology'],
    tags: ['hittestress', 'klimaatadaptatie', 'sensoren', 'meetnet', 'vergroening'],
    initiator: 'GM0518',
    initiatorUser: 'kees-de-graaf',
    contactName: 'Kees de Graaf',
    contactEmail: 'kees.degraaf@denhaag.example',
    participants: ['GM0599', 'GM0503', 'GM1783', 'GM0637', 'hogeschool-de-delta', 'sensorik'],
    followers: ['thijs-hoekstra', 'arjen-bosman', 'jeroen-van-beek', 'floor-maas', 'harm-bos', 'lotte-vermeulen'],
    phase: 'implementation',
    status: 'running',
    purpose: 'test',
    object: 'product_service',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-04-01',
    plannedEndDate: '2026-10-31',
    links: [
      { label: 'Kaart met actuele metingen', url: 'https://example.org/pilots/hittestress/kaart' },
      { label: 'Meetprotocol', url: 'https://example.org/pilots/hittestress/meetprotocol.pdf' },
    ],
    published: true,
  },
  {
    key: 'grondwater-sensoren-groote-waard',
    title: 'Wateroverlast en grondwaterstand meten met goedkope sensoren',
    summary:
      'Het waterschap en vier gemeenten plaatsen eenvoudige sensoren in putten, kelders en wadi\'s om te zien waar regenwater na een hoosbui blijft staan en hoe het grondwater reageert.',
    what:
      'Na zware buien krijgen gemeenten en waterschap meldingen van ondergelopen straten en kelders, maar gegevens over wat er precies gebeurt ontbreken. Professionele peilbuizen zijn duur. We testen goedkope sensoren die waterhoogte en grondwaterstand doorgeven via een draadloos netwerk.',
    goal:
      'Weten of goedkope sensoren betrouwbaar genoeg zijn om knelpunten in riolering en watersysteem te vinden. Zo ja, dan willen we een gezamenlijk meetnet van waterschap en gemeenten.',
    deliverables:
      'Zestig sensoren op plekken die gemeenten zelf aanwijzen, een gedeeld dashboard en een vergelijking met de officiële peilbuizen. Na een jaar een advies over kosten, betrouwbaarheid en onderhoud.',
    approach:
      'Ingenieursbureau Dijkstra & Van Wely helpt bij de keuze van de plekken en het vergelijken van de metingen. Elke gemeente wijst een rioolbeheerder aan die de sensoren in de gaten houdt. We bespreken de resultaten elk kwartaal samen.',
    milestones:
      'Februari 2025: start. Mei 2025: sensoren geplaatst. December 2025: eerste analyse na het natte seizoen. Juni 2026: vergelijking met peilbuizen klaar. December 2026: advies over een gezamenlijk meetnet.',
    themes: ['sustainability', 'public_space', 'data_technology'],
    tags: ['klimaatadaptatie', 'wateroverlast', 'grondwater', 'sensoren', 'riolering'],
    initiator: 'waterschap-groote-waard',
    initiatorUser: 'arjen-bosman',
    contactName: 'Arjen Bosman',
    contactEmail: 'arjen.bosman@grootewaard.example',
    participants: ['GM0505', 'GM0512', 'GM1978', 'GM1963', 'ib-dijkstra-van-wely'],
    followers: ['kees-de-graaf', 'marco-de-boer', 'robin-tan', 'lucas-meijer'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'product_service',
    degree: 'incremental',
    level: 'component',
    startDate: '2025-02-01',
    plannedEndDate: '2026-12-31',
    links: [],
    published: true,
  },
  {
    key: 'koele-routes-utrecht',
    title: 'Koele looproutes voor kwetsbare inwoners bij hitte',
    summary:
      'Utrecht verkent of een kaart met schaduwrijke looproutes, bankjes en watertappunten ouderen en mensen met een chronische ziekte helpt om tijdens een hittegolf toch naar buiten te gaan.',
    what:
      'Tijdens hittegolven blijven veel ouderen binnen, terwijl hun woning vaak juist warm wordt. Het idee: een eenvoudige kaart (papier en online) met koele routes naar de supermarkt, het park en de huisarts, en koele plekken om uit te rusten. We weten nog niet of dit echt gebruikt zou worden.',
    goal:
      'Uitzoeken of er behoefte is aan zo\'n kaart en wat erop moet staan, voordat we geld uitgeven aan het maken ervan.',
    deliverables:
      'Een verslag van gesprekken met ouderen en wijkverpleegkundigen, en een proefversie van de kaart voor één wijk.',
    approach:
      'We combineren de schaduwkaart van de gemeente met kennis van bewoners. Amersfoort en Nieuwegein doen mee omdat zij vergelijkbare plannen hebben.',
    milestones:
      'Januari 2026: gesprekken in Kanaleneiland en Overvecht. April 2026: proefkaart voor één wijk. September 2026: evaluatie na de zomer.',
    themes: ['sustainability', 'public_space', 'social_domain'],
    tags: ['hitte', 'klimaatadaptatie', 'ouderen', 'schaduw', 'wandelroutes'],
    initiator: 'GM0344',
    initiatorUser: 'thijs-hoekstra',
    contactName: 'Thijs Hoekstra',
    contactEmail: 'thijs.hoekstra@utrecht.example',
    participants: ['GM0307', 'GM0356'],
    followers: ['kees-de-graaf', 'maud-lemmens'],
    phase: 'idea',
    status: 'running',
    purpose: 'test',
    object: 'product_service',
    startDate: '2025-11-01',
    plannedEndDate: '2026-09-30',
    links: [],
    published: true,
  },
  {
    key: 'veegroutes-assen',
    title: 'Slimmer vegen: veegroutes plannen op meldingen en bladval',
    summary:
      'Assen plant de veegmachines niet meer volgens een vast rooster, maar op basis van meldingen, bladval en de beeldkwaliteit per straat. De pilot is afgerond en de werkwijze is overgenomen door de buitendienst.',
    what:
      'Veegmachines reden vaste routes, ook door straten die schoon waren, terwijl elders klachten bleven liggen. We hebben een planning gemaakt die elke week wordt bijgesteld met meldingen van inwoners, de boomsoorten in een straat en de schouwresultaten.',
    goal:
      'Met dezelfde mensen en machines een schonere stad, en minder klachten over bladafval in de herfst.',
    deliverables:
      'Een planningsmodel in het bestaande beheersysteem, nieuwe werkafspraken met de chauffeurs en een vergelijking van de schouwresultaten voor en na.',
    approach:
      'Chauffeurs en de planner hebben de nieuwe routes zelf mee ontworpen en wekelijks geëvalueerd. Na een jaar is de werkwijze vastgelegd in het werkplan van de buitendienst. Tynaarlo en Aa en Hunze hebben meegekeken en nemen het model over.',
    milestones:
      'Januari 2024: start. April 2024: eerste weekplanning op basis van meldingen. November 2024: eerste herfst met de nieuwe werkwijze. April 2025: evaluatie en overdracht aan de buitendienst.',
    themes: ['public_space', 'operations'],
    tags: ['vegen', 'openbare ruimte', 'planning', 'meldingen', 'beeldkwaliteit'],
    initiator: 'GM0106',
    initiatorUser: 'harm-bos',
    contactName: 'Harm Bos',
    contactEmail: 'harm.bos@assen.example',
    participants: ['GM1730', 'GM1680'],
    followers: ['thijs-hoekstra', 'ayse-kaya', 'naomi-pinas'],
    phase: 'implementation',
    status: 'completed',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-01-15',
    plannedEndDate: '2025-04-30',
    links: [{ label: 'Eindrapport Slimmer vegen', url: 'https://example.org/pilots/slimmer-vegen/eindrapport.pdf' }],
    published: true,
  },
  {
    key: 'zwerfafval-winkelcentra-zaanstad',
    title: 'Minder zwerfafval rond winkelcentra door gedragsbeïnvloeding',
    summary:
      'Zaanstad test bij drie winkelcentra of opvallende afvalbakken, looplijnen op de stoep en berichten van lokale ondernemers zwerfafval verminderen. De tweede meetperiode wacht op budget.',
    what:
      'Rond winkelcentra en snackbars ligt veel zwerfafval, ondanks extra afvalbakken en vaker legen. We testen kleine ingrepen die mensen aanzetten het afval wel weg te gooien: voetstappen naar de bak, bakken in opvallende kleuren en bordjes die door ondernemers zelf zijn gemaakt.',
    goal:
      'Aantonen welke ingreep het meeste effect heeft, gemeten in tellingen van afval op vaste plekken, zodat we alleen investeren in wat werkt.',
    deliverables:
      'Tellingen voor en na bij drie winkelcentra en één controlelocatie, een korte rapportage per ingreep en een advies voor het afvalbeleid.',
    approach:
      'Stichting Buurtkracht Zuid betrekt ondernemers en jongeren uit de buurt. Purmerend en Wormerland doen dezelfde tellingen, zodat we meer locaties kunnen vergelijken.',
    milestones:
      'Mei 2024: nulmeting. September 2024: ingrepen geplaatst. December 2024: eerste meetperiode afgerond. Tweede meetperiode: afhankelijk van budget.',
    themes: ['public_space', 'sustainability'],
    tags: ['zwerfafval', 'nudging', 'winkelcentrum', 'gedrag', 'schoon'],
    initiator: 'GM0479',
    initiatorUser: 'ayse-kaya',
    contactName: 'Ayşe Kaya',
    contactEmail: 'ayse.kaya@zaanstad.example',
    participants: ['GM0439', 'GM0880', 'buurtkracht-zuid'],
    followers: ['harm-bos', 'jeroen-van-beek'],
    phase: 'development',
    status: 'on_hold',
    statusReason:
      'Het geld voor de tweede meetperiode is bij de voorjaarsnota niet vrijgegeven. De eerste resultaten zijn gedeeld. We gaan verder als de gemeenteraad in het najaar over aanvullende middelen heeft besloten.',
    purpose: 'test',
    object: 'social',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-05-01',
    plannedEndDate: '2026-05-31',
    links: [{ label: 'Resultaten eerste meetperiode', url: 'https://example.org/pilots/zwerfafval-zaanstad/meting-1' }],
    published: true,
  },
  {
    key: 'straatbomen-satelliet',
    title: 'Conditie van straatbomen volgen met satellietbeelden',
    summary:
      'Kaartlaag wil met openbaar beschikbare satellietbeelden vroeg zien welke straatbomen verdrogen of ziek worden, en zoekt gemeenten die hun bomenregister en inspectiegegevens willen gebruiken om dit te toetsen.',
    what:
      'Boombeheerders inspecteren bomen meestal eens in de één tot drie jaar. Droogte of ziekte ontdekken ze daardoor soms laat. Satellietbeelden met infraroodbanden laten verschillen in bladconditie zien. Onduidelijk is of dat per boom in een straat nauwkeurig genoeg is.',
    goal:
      'Uitzoeken of satellietbeelden voor straatbomen een bruikbaar signaal geven, naast de gewone inspectie. Dat kan alleen met echte inspectiegegevens van een gemeente.',
    deliverables:
      'Een vergelijking tussen de satellietanalyse en de laatste inspectieronde van minimaal één gemeente, en een eerlijk verslag van wat wel en niet werkt.',
    approach:
      'We zoeken één of twee gemeenten die hun bomenregister beschikbaar stellen en een boombeheerder die meekijkt. De analyse is een onderzoeksproject; er hoort geen product of licentie bij.',
    milestones:
      'Januari 2026: zoeken naar deelnemende gemeenten. April 2026: analyse van het groeiseizoen. December 2026: vergelijking met inspectiegegevens en verslag.',
    themes: ['public_space', 'sustainability', 'data_technology'],
    tags: ['bomen', 'satellietbeelden', 'boombeheer', 'droogte', 'remote sensing'],
    initiator: 'kaartlaag',
    initiatorUser: 'jasper-feenstra',
    contactName: 'Jasper Feenstra',
    contactEmail: 'jasper.feenstra@kaartlaag.example',
    participants: [],
    followers: ['thijs-hoekstra', 'harm-bos'],
    phase: 'idea',
    status: 'running',
    purpose: 'test',
    object: 'product_service',
    degree: 'radical',
    level: 'technology',
    startDate: '2026-01-05',
    plannedEndDate: '2026-12-18',
    links: [],
    published: true,
  },
  {
    key: 'warmtekaart-wijkgesprekken-nijmegen',
    title: 'Wijkgesprekken over de warmtetransitie met een digitale warmtekaart',
    summary:
      'Nijmegen voert per wijk gesprekken over de overstap van aardgas, met een kaart waarop bewoners zien welke woningen al geïsoleerd zijn, welke warmteopties er zijn en wat die ongeveer kosten.',
    what:
      'Wijkbijeenkomsten over aardgasvrij wonen liepen vaak vast op wantrouwen en abstracte plannen. We gebruiken een interactieve kaart op buurtniveau, zodat gesprekken gaan over concrete straten en woningtypen. Bewoners kunnen zelf aanvullingen doen, bijvoorbeeld over isolatie die ze al hebben uitgevoerd.',
    goal:
      'Betere gesprekken met bewoners en een wijkuitvoeringsplan dat breder gedragen wordt. We meten dat met een korte enquête na elke bijeenkomst en met het aantal reacties op het plan.',
    deliverables:
      'De warmtekaart voor drie wijken, een draaiboek voor wijkgesprekken en een vergelijking van de reacties met eerdere trajecten.',
    approach:
      'Samen met Energiecoöperatie Zonnedorp, die bewoners uitnodigt en gesprekken mee voorbereidt. Arnhem, Beuningen en Berg en Dal gebruiken de kaart in één eigen wijk.',
    milestones:
      'September 2024: kaart klaar voor de eerste wijk. Januari 2025: drie gesprekken gevoerd. September 2025: kaart in gebruik bij de drie andere gemeenten. Juni 2026: evaluatie en draaiboek definitief.',
    themes: ['sustainability', 'democracy', 'spatial_planning'],
    tags: ['warmtetransitie', 'aardgasvrij', 'wijkaanpak', 'participatie', 'warmtekaart'],
    initiator: 'GM0268',
    initiatorUser: 'wouter-janssen',
    contactName: 'Wouter Janssen',
    contactEmail: 'wouter.janssen@nijmegen.example',
    participants: ['GM0202', 'GM0209', 'GM1945', 'energiecooperatie-zonnedorp'],
    followers: ['marleen-postma', 'floor-maas', 'grietje-wiersma'],
    phase: 'implementation',
    status: 'running',
    purpose: 'convince',
    object: 'process',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-09-01',
    plannedEndDate: '2026-06-30',
    links: [{ label: 'Draaiboek wijkgesprekken (concept)', url: 'https://example.org/pilots/warmtekaart/draaiboek' }],
    published: true,
  },
  {
    key: 'zonnepanelen-huurders-middelburg',
    title: 'Zonnepanelen op huurwoningen via de lokale energiecoöperatie',
    summary:
      'Huurders in Zeeland krijgen zonnepanelen zonder huurverhoging: de coöperatie legt ze aan op daken van de corporatie en huurders betalen een vast laag bedrag per maand dat lager is dan hun besparing.',
    what:
      'Huurders profiteren weinig van subsidies voor zonnepanelen, terwijl zij vaak de hoogste energielasten hebben. De gemeente, de woningcorporatie en de energiecoöperatie hebben een model afgesproken waarin de coöperatie eigenaar is van de panelen en de huurder meedoet zonder investering.',
    goal:
      'In drie jaar 1.500 huurwoningen van panelen voorzien en laten zien dat het model in andere Zeeuwse gemeenten werkt.',
    deliverables:
      'Een standaardovereenkomst tussen corporatie, coöperatie en huurder, een rekenmodel voor de maandlasten en een werkwijze voor bewonersavonden. Deelnemende gemeenten gebruiken dezelfde documenten.',
    approach:
      'Na een proef met 120 woningen in Middelburg breiden we uit naar Vlissingen, Goes, Veere, Terneuzen, Schouwen-Duiveland en Borsele. Elke gemeente regelt zelf de vergunningen; het rekenmodel en de overeenkomst zijn gezamenlijk.',
    milestones:
      'Maart 2024: proef met 120 woningen. Oktober 2024: evaluatie en aangepaste overeenkomst. 2025: uitbreiding naar zes gemeenten. December 2026: 1.500 woningen en eindrapportage.',
    themes: ['sustainability', 'social_domain'],
    tags: ['zonnepanelen', 'huurders', 'energiecoöperatie', 'woningcorporatie', 'energiearmoede'],
    initiator: 'GM0687',
    initiatorUser: 'floor-maas',
    contactName: 'Floor Maas',
    contactEmail: 'floor.maas@middelburg.example',
    participants: [
      'GM0718', 'GM0664', 'GM0717', 'GM0715', 'GM1676', 'GM0654', 'woonstichting-thuisbasis',
      'energiecooperatie-zonnedorp',
    ],
    followers: ['wouter-janssen', 'marleen-postma', 'marco-de-boer', 'ahmed-ouali'],
    phase: 'scaling',
    status: 'running',
    purpose: 'implement',
    object: 'organisational',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-03-01',
    plannedEndDate: '2026-12-31',
    links: [
      { label: 'Rekenmodel maandlasten', url: 'https://example.org/pilots/zon-op-huur/rekenmodel' },
      { label: 'Standaardovereenkomst', url: 'https://example.org/pilots/zon-op-huur/overeenkomst.pdf' },
    ],
    published: true,
  },
  {
    key: 'energiearmoede-fixteams-groningen',
    title: 'Fixteams tegen energiearmoede: kleine maatregelen aan huis',
    summary:
      'Fixteams van werkzoekenden en vrijwilligers gaan langs bij huishoudens met hoge energielasten en brengen ter plekke tochtstrips, radiatorfolie en waterbesparende douchekoppen aan. Het concept draait nu in 23 gemeenten.',
    what:
      'Huishoudens met een laag inkomen wonen vaak in slecht geïsoleerde woningen en kunnen zelf weinig investeren. Kleine maatregelen leveren snel iets op, maar folders en waardebonnen worden weinig gebruikt. Een fixteam komt langs, legt uit en brengt het direct aan.',
    goal:
      'Per bezocht huishouden gemiddeld 150 tot 250 euro per jaar besparen en tegelijk werkzoekenden werkervaring en een opleiding bieden. Gemeenten willen een gedeelde werkwijze, zodat niet iedereen opnieuw hoeft te beginnen.',
    deliverables:
      'Een handboek voor het opzetten van een fixteam, een standaardpakket maatregelen, een opleiding voor teamleden en een gezamenlijke registratie van bezoeken en geschatte besparing.',
    approach:
      'Groningen begon met twee teams via het werkbedrijf. Andere gemeenten sluiten aan en richten hun eigen team in met het handboek. Elk half jaar wisselen de teamleiders ervaringen uit. Woonstichting Thuisbasis en Energiecoöperatie Zonnedorp helpen met het benaderen van bewoners.',
    milestones:
      'Januari 2024: twee teams in Groningen. September 2024: handboek versie 1. Maart 2025: twaalf gemeenten actief. December 2025: 23 gemeenten actief en gezamenlijke registratie in gebruik. December 2026: evaluatie van bereik en besparing.',
    themes: ['sustainability', 'social_domain'],
    tags: ['energiearmoede', 'fixteam', 'energiebesparing', 'tochtstrips', 'werkervaring'],
    initiator: 'GM0014',
    initiatorUser: 'marleen-postma',
    contactName: 'Marleen Postma',
    contactEmail: 'marleen.postma@groningen.example',
    participants: [
      'GM1966', 'GM1952', 'GM1979', 'GM0037', 'GM0106', 'GM0114', 'GM0080', 'GM0090', 'GM0153', 'GM0141',
      'GM0150', 'GM0202', 'GM0268', 'GM0344', 'GM0599', 'GM0518', 'GM0546', 'GM0392', 'GM0772', 'GM0758',
      'GM0917', 'GM0718', 'woonstichting-thuisbasis', 'energiecooperatie-zonnedorp',
    ],
    followers: [
      'floor-maas', 'naomi-pinas', 'ruben-alberts', 'ahmed-ouali', 'lotte-vermeulen', 'yusuf-demir', 'ellen-brink',
      'gerda-huisman',
    ],
    phase: 'scaling',
    status: 'running',
    purpose: 'implement',
    object: 'social',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-01-15',
    plannedEndDate: '2026-12-31',
    links: [
      { label: 'Handboek fixteams', url: 'https://example.org/pilots/fixteams/handboek' },
      { label: 'Overzicht deelnemende gemeenten', url: 'https://example.org/pilots/fixteams/gemeenten' },
    ],
    published: true,
  },
  {
    key: 'straatverlichting-dimmen-hoorn',
    title: 'Straatverlichting dimmen als er niemand is',
    summary:
      'Hoorn en vier West-Friese gemeenten testten ledlampen met bewegingssensoren op fietspaden en in woonstraten. De pilot is afgerond: op fietspaden werkt het goed, in woonstraten voelden bewoners zich minder veilig.',
    what:
      'Straatverlichting brandt de hele nacht op vol vermogen, ook waar vrijwel niemand komt. Lampen die dimmen tot 20% en feller worden als er iemand aankomt, besparen energie en verminderen lichtvervuiling. We wilden weten of inwoners dat accepteren.',
    goal:
      'Weten hoeveel energie het bespaart, of de sensoren betrouwbaar zijn en hoe inwoners het ervaren, zodat het bij de volgende vervangingsronde een bewuste keuze is.',
    deliverables:
      'Metingen van energieverbruik op vijf fietspaden en in acht woonstraten, een bewonersenquête en een advies voor het beleidsplan openbare verlichting.',
    approach:
      'Sensorik leverde en beheerde de sensoren. Elke gemeente koos twee of drie locaties. Na een winter is een enquête gehouden onder omwonenden en fietsers.',
    milestones:
      'Februari 2024: lampen geplaatst. Oktober 2024 tot en met maart 2025: winter met metingen. April 2025: enquête. September 2025: advies opgeleverd en pilot afgerond.',
    themes: ['public_space', 'sustainability', 'safety'],
    tags: ['openbare verlichting', 'led', 'dimmen', 'bewegingssensor', 'energiebesparing'],
    initiator: 'GM0405',
    initiatorUser: 'sandra-groen',
    contactName: 'Sandra Groen',
    contactEmail: 'sandra.groen@hoorn.example',
    participants: ['GM0388', 'GM0532', 'GM0420', 'GM0498', 'sensorik'],
    followers: ['harm-bos', 'floor-maas', 'annelies-ter-horst'],
    phase: 'implementation',
    status: 'completed',
    purpose: 'test',
    object: 'product_service',
    degree: 'incremental',
    level: 'component',
    startDate: '2024-02-01',
    plannedEndDate: '2025-09-30',
    links: [{ label: 'Advies openbare verlichting', url: 'https://example.org/pilots/dimmen-hoorn/advies.pdf' }],
    published: true,
  },
  {
    key: 'snippergroen-adopteren-lelystad',
    title: 'Snippergroen adopteren via een online kaart',
    summary:
      'Lelystad wilde bewoners via een kaart stukjes openbaar groen laten adopteren. Gestopt: het probleem bleek kleiner dan gedacht en is nu met een eenvoudiger oplossing geregeld.',
    what:
      'Bewoners vroegen regelmatig of ze een verwaarloosd stukje groen naast hun huis mochten onderhouden. Het idee was een kaart waarop geschikte stroken staan, met een online aanmelding en een standaardovereenkomst.',
    goal: 'Meer bewoners betrekken bij hun straat en minder onderhoudskosten voor kleine, versnipperde stukken groen.',
    deliverables: 'Een inventarisatie van geschikte stroken, een kaart met aanmeldfunctie en een adoptieovereenkomst.',
    approach:
      'De wijkregisseurs inventariseerden samen met de groenbeheerders welke stroken in aanmerking kwamen. Dronten keek mee voor een mogelijke eigen toepassing.',
    milestones:
      'April 2024: start inventarisatie. September 2024: inventarisatie klaar. December 2024: besluit om te stoppen.',
    themes: ['public_space', 'democracy'],
    tags: ['snippergroen', 'bewonersinitiatief', 'groenbeheer', 'adoptie'],
    initiator: 'GM0995',
    initiatorUser: 'naomi-pinas',
    contactName: 'Naomi Pinas',
    contactEmail: 'naomi.pinas@lelystad.example',
    participants: ['GM0303'],
    followers: [],
    phase: 'development',
    status: 'stopped',
    statusReason:
      'Na de inventarisatie bleven minder dan veertig geschikte stroken over, en de meeste bewoners die wilden adopteren hadden al afspraken met de wijkbeheerder. Een aparte kaart en procedure waren niet nodig. Aanvragen lopen nu via het gewone meldingenformulier.',
    purpose: 'test',
    object: 'process',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-04-01',
    plannedEndDate: '2024-12-20',
    links: [],
    published: true,
  },
];
