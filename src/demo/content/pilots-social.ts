// SPDX-License-Identifier: EUPL-1.2
/** Demo pilots in the social domain: debt prevention, loneliness, youth, care. */
import type { DemoPilot } from './types.js';

export const socialPilots: DemoPilot[] = [
  {
    key: 'vroegsignalering-schulden-rotterdam',
    title: 'Vroegsignalering van schulden met signalen van verhuurders, energieleveranciers en zorgverzekeraars',
    summary:
      'Rotterdam neemt binnen tien werkdagen contact op met inwoners die een betalingsachterstand hebben op huur, energie, water of zorgpremie. Inmiddels werken twintig gemeenten met dezelfde werkwijze en hetzelfde gespreksmodel.',
    what:
      'Gemeenten krijgen sinds de wettelijke taak voor vroegsignalering meldingen van betalingsachterstanden binnen. In de praktijk blijven veel van die meldingen dagen liggen of komt het eerste contact pas na weken, als de schuld al is opgelopen. In deze pilot werken we met een vaste route: signalen worden elke ochtend automatisch verdeeld over de wijkteams, binnen tien werkdagen volgt een huisbezoek of telefoontje, en de uitkomst wordt kort vastgelegd.',
    goal:
      'Meer inwoners met beginnende geldzorgen bereiken voordat er incassokosten bijkomen. We willen het aandeel signalen waarbij echt contact ontstaat verhogen van ongeveer 35% naar 60%. Ook willen we weten welke manier van benaderen bij welke groep het beste werkt, zodat andere gemeenten de werkwijze kunnen overnemen zonder eigen maatwerksoftware.',
    deliverables:
      'Een beschreven werkproces met rollen en doorlooptijden, een gespreksleidraad voor de eerste contactpoging en een open format voor het vastleggen van uitkomsten. Per deelnemende gemeente een overzicht van bereik en doorverwijzingen. En een voorbeeld-DPIA die andere gemeenten kunnen hergebruiken.',
    approach:
      'We werken in rondes van vier maanden. Een kopgroep van vijf gemeenten begint; de andere gemeenten kijken mee en stappen in als de werkwijze stabiel is. Na elke ronde vergelijken we de cijfers en houden we een reflectiesessie over wat we aanpassen. Woonstichting Thuisbasis en Stichting Geldzorgen de Baas denken mee over het gesprek aan de deur.',
    milestones:
      'Maart 2024: start kopgroep met vijf gemeenten. September 2024: eerste evaluatie en aangepaste gespreksleidraad. Februari 2025: voorbeeld-DPIA beschikbaar. Juni 2025: twintig gemeenten werken volgens de werkwijze. Juni 2026: eindmeting en advies over structurele inbedding in de schulddienstverlening.',
    themes: ['social_domain', 'data_technology'],
    tags: ['vroegsignalering', 'schuldhulpverlening', 'betalingsachterstanden', 'wijkteams', 'armoede'],
    initiator: 'GM0599',
    initiatorUser: 'ingrid-van-der-meer',
    contactName: 'Ingrid van der Meer',
    contactEmail: 'ingrid.vandermeer@rotterdam.example',
    participants: [
      'GM0505', 'GM0606', 'GM0622', 'GM0014', 'GM0080', 'GM0114', 'GM0153', 'GM0193', 'GM0202', 'GM0268',
      'GM0344', 'GM0307', 'GM0363', 'GM0479', 'GM0855', 'GM0772', 'GM0935', 'GM0917', 'GM0687',
      'woonstichting-thuisbasis', 'lubi', 'geldzorgen-de-baas',
    ],
    followers: [
      'lotte-vermeulen', 'hendrik-oosterhuis', 'ahmed-ouali', 'mila-de-groot', 'tom-verhoeven', 'ruben-alberts',
      'naomi-pinas', 'charlotte-van-rijn', 'gerda-huisman', 'ellen-brink',
    ],
    phase: 'scaling',
    status: 'running',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-03-01',
    plannedEndDate: '2026-06-30',
    links: [
      { label: 'Werkproces vroegsignalering (pdf)', url: 'https://example.org/pilots/vroegsignalering/werkproces.pdf' },
      { label: 'Voorbeeld-DPIA', url: 'https://example.org/pilots/vroegsignalering/dpia' },
    ],
    published: true,
  },
  {
    key: 'geldzorgen-huisbezoek-emmen',
    title: 'Geldzorgen eerder in beeld: op huisbezoek na een premieachterstand',
    summary:
      'Emmen test of inwoners met een achterstand op de zorgpremie beter te bereiken zijn als een consulent en een ervaringsdeskundige samen aanbellen.',
    what:
      'Bij een premieachterstand krijgen we een signaal van de zorgverzekeraar, maar op onze brief reageert nog geen kwart van de mensen. Veel inwoners schamen zich of openen post van de gemeente niet. We proberen een duobezoek: een consulent schulddienstverlening en een getrainde ervaringsdeskundige bellen zonder afspraak aan.',
    goal:
      'Weten of een persoonlijk bezoek meer mensen in beweging brengt dan een brief of een telefoontje, en wat een geslaagd contact kost. Werkt het, dan nemen we het op in het beleidsplan schulddienstverlening.',
    deliverables:
      'Een vergelijking van drie contactvormen (brief, telefoon, duobezoek) over ongeveer 300 signalen. Een korte training voor ervaringsdeskundigen en een kostenoverzicht per geslaagd contact.',
    approach:
      'Signalen worden willekeurig over de drie contactvormen verdeeld. Consulenten houden per bezoek een kort logboek bij. Assen, Coevorden en Hoogeveen kijken mee en doen in de tweede helft met een eigen groep signalen mee.',
    milestones:
      'Oktober 2024: training ervaringsdeskundigen afgerond. Januari tot en met juni 2025: uitvoering in Emmen. September 2025: tussenresultaten gedeeld met de andere Drentse gemeenten. Maart 2026: besluit over opname in het beleidsplan.',
    themes: ['social_domain'],
    tags: ['schulden', 'vroegsignalering', 'zorgverzekering', 'ervaringsdeskundigen', 'huisbezoek'],
    initiator: 'GM0114',
    initiatorUser: 'jolanda-kuipers',
    contactName: 'Jolanda Kuipers',
    contactEmail: 'jolanda.kuipers@emmen.example',
    participants: ['GM0106', 'GM0109', 'GM0118', 'geldzorgen-de-baas'],
    followers: ['ingrid-van-der-meer', 'hendrik-oosterhuis', 'sytske-de-jong'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'process',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-09-01',
    plannedEndDate: '2026-03-31',
    links: [],
    published: true,
  },
  {
    key: 'schuldhulp-app-jongeren',
    title: 'Schuldhulp via een app voor jongeren van 18 tot 27',
    summary:
      'Een app waarmee jongeren zelf hun schulden op een rij zetten en een afspraak maken met de schulddienstverlening. De pilot is gestopt omdat jongeren de app nauwelijks gebruikten.',
    what:
      'Jongeren met schulden melden zich laat. Het idee was dat een app met een budgetoverzicht, uitleg in eenvoudige taal en een chatknop de drempel zou verlagen. De werkorganisatie voert de schulddienstverlening uit voor Het Hogeland, Eemsdelta en omliggende gemeenten.',
    goal:
      'Twee keer zoveel jongeren in een vroeg stadium bereiken en de wachttijd tot een eerste gesprek terugbrengen naar een week.',
    deliverables:
      'Een werkend prototype van de app, gekoppeld aan de afsprakenagenda van de schulddienstverlening, en een evaluatie samen met jongerenwerkers.',
    approach:
      'We bouwden het prototype met studenten van Hogeschool Noorderlicht en testten het zes maanden. De app werd verspreid via het jongerenwerk, twee mbo-scholen en sociale media.',
    milestones:
      'Februari 2024: prototype klaar. Maart tot en met augustus 2024: testperiode. September 2024: evaluatie. Oktober 2024: besluit om te stoppen; de lessen zijn gedeeld met de deelnemende gemeenten.',
    themes: ['social_domain', 'data_technology'],
    tags: ['jongeren', 'schulden', 'app', 'schulddienstverlening', 'mbo'],
    initiator: 'werkorganisatie-eems-dollard',
    initiatorUser: 'hendrik-oosterhuis',
    contactName: 'Hendrik Oosterhuis',
    contactEmail: 'hendrik.oosterhuis@eemsdollard.example',
    participants: ['GM1966', 'GM1979', 'GM0014', 'hogeschool-noorderlicht'],
    followers: ['jolanda-kuipers', 'ingrid-van-der-meer', 'sem-veldhuis', 'yusuf-demir'],
    phase: 'development',
    status: 'stopped',
    statusReason:
      'In zes maanden installeerden 41 jongeren de app en maakten er drie via de app een afspraak. In gesprekken gaven jongeren aan dat ze liever iemand spreken die ze al vertrouwen, zoals hun jongerenwerker. Het budget gaat nu naar een wekelijks geldspreekuur op het mbo.',
    purpose: 'test',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-01-15',
    plannedEndDate: '2024-10-31',
    links: [{ label: 'Evaluatie app-pilot', url: 'https://example.org/pilots/schuldhulp-app/evaluatie' }],
    published: true,
  },
  {
    key: 'eenzaamheid-ouderen-maastricht',
    title: 'Eenzaamheid bij ouderen herkennen via huisarts, wijkverpleging en bibliotheek',
    summary:
      'Huisartsen, wijkverpleegkundigen en bibliotheekmedewerkers gebruiken dezelfde korte vragenlijst om eenzame 75-plussers te herkennen en door te verwijzen naar één vaste contactpersoon bij welzijn.',
    what:
      'Veel eenzame ouderen komen niet bij het welzijnswerk terecht, maar wel bij de huisarts of in de bibliotheek. Daar ziet men het vaak wel, maar weet men niet goed wat te doen. We introduceren een vragenlijst van vier vragen en een vaste doorverwijsroute met een terugmelding binnen twee weken.',
    goal:
      'Meer eenzame ouderen op tijd in contact brengen met een passende activiteit of een maatje. Ook willen we dat verwijzers weten wat er met hun verwijzing is gebeurd, zodat ze blijven verwijzen.',
    deliverables:
      'De vragenlijst en een zakkaart voor verwijzers, afspraken over terugmelding, en een overzicht per kwartaal van het aantal verwijzingen en wat daaruit is gekomen. Na afloop een beschrijving die andere gemeenten kunnen gebruiken.',
    approach:
      'We starten in twee wijken met vier huisartsenpraktijken en twee bibliotheekvestigingen. Stichting Welzijn Samen Oud levert de contactpersonen. Heerlen, Sittard-Geleen, Venlo en Beek starten in het tweede jaar met dezelfde route in een eigen wijk.',
    milestones:
      'Juni 2024: start in twee Maastrichtse wijken. December 2024: eerste evaluatie met verwijzers. Juni 2025: start in de vier andere gemeenten. Maart 2026: evaluatie en besluit over uitbreiding naar de hele stad.',
    themes: ['social_domain'],
    tags: ['eenzaamheid', 'ouderen', 'signalering', 'huisartsen', 'bibliotheek', 'welzijn'],
    initiator: 'GM0935',
    initiatorUser: 'maud-lemmens',
    contactName: 'Maud Lemmens',
    contactEmail: 'maud.lemmens@maastricht.example',
    participants: ['GM0917', 'GM1883', 'GM0983', 'GM0888', 'welzijn-samen-oud', 'bibliotheek-leeswolk'],
    followers: ['sytske-de-jong', 'ruben-alberts', 'lotte-vermeulen', 'pieter-de-vries', 'ellen-brink'],
    phase: 'implementation',
    status: 'running',
    purpose: 'implement',
    object: 'social',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-06-01',
    plannedEndDate: '2026-06-30',
    links: [{ label: 'Vragenlijst en zakkaart', url: 'https://example.org/pilots/eenzaamheid-maastricht/zakkaart' }],
    published: true,
  },
  {
    key: 'buurtmaaltijden-leeuwarden',
    title: 'Aan tafel in de wijk: samen eten tegen sociaal isolement',
    summary:
      'Leeuwarden wil uitzoeken of wekelijkse buurtmaaltijden alleenwonende ouderen uit hun isolement halen, en hoe je juist de mensen bereikt die niet uit zichzelf komen.',
    what:
      'In een aantal wijken zijn al maaltijden in buurthuizen en kerken, maar daar komen vooral mensen die al actief zijn. We willen een opzet bedenken waarbij buren, de wijkverpleging en de thuiszorg persoonlijk uitnodigen en waarbij vervoer geregeld is.',
    goal:
      'Een uitgewerkt plan voor een proef in twee wijken, met een inschatting van kosten, vrijwilligers en bereik.',
    deliverables:
      'Een korte schets van de aanpak, afspraken met twee locaties en een begroting. Daarna een besluit of we de proef echt starten.',
    approach:
      'Gesprekken met ouderen, vrijwilligers en de wijkteams. We kijken mee bij bestaande maaltijden in Súdwest-Fryslân en Smallingerland.',
    milestones:
      'November 2025: gesprekken afgerond. Februari 2026: schets en begroting klaar. April 2026: besluit over een proef.',
    themes: ['social_domain'],
    tags: ['eenzaamheid', 'alleenstaande ouderen', 'buurthuis', 'samen eten'],
    initiator: 'GM0080',
    initiatorUser: 'sytske-de-jong',
    contactName: 'Sytske de Jong',
    contactEmail: 'sytske.dejong@leeuwarden.example',
    participants: ['GM1900', 'GM0090', 'GM0737'],
    followers: ['maud-lemmens', 'gerda-huisman'],
    phase: 'idea',
    status: 'running',
    purpose: 'test',
    object: 'social',
    startDate: '2025-09-01',
    plannedEndDate: '2026-12-31',
    links: [],
    published: true,
  },
  {
    key: 'belcirkel-senioren',
    title: 'Belcirkel: alleenwonende senioren bellen elkaar elke ochtend',
    summary:
      'In drie gemeenten zijn belcirkels opgezet waarin zes tot acht senioren elkaar elke ochtend bellen. De pilot is afgerond; Apeldoorn en Deventer hebben de belcirkels opgenomen in het reguliere welzijnswerk.',
    what:
      'Een belcirkel is een vaste groep alleenwonende ouderen die elkaar om de beurt opbellen. Neemt iemand niet op, dan belt de laatste in de rij een vooraf afgesproken contactpersoon. Het is eenvoudig, maar het vraagt wel iemand die de groepen samenstelt en bijhoudt.',
    goal:
      'Laten zien dat een goedkope, vrijwillige vorm van dagelijks contact het gevoel van veiligheid en verbondenheid vergroot, zodat gemeenten het structureel financieren.',
    deliverables:
      'Twaalf belcirkels met in totaal 84 deelnemers, een handleiding voor coördinatoren en een korte meting van eenzaamheidsgevoelens bij de start en na een jaar.',
    approach:
      'Vrijwilligers van de stichting werven deelnemers via huisartsen, kerken en de ouderenadviseurs van de gemeenten. Elke cirkel heeft een vaste coördinator. Na een jaar is met de gemeenten besproken of en hoe het verder gaat.',
    milestones:
      'Februari 2024: start werving. April 2024: eerste vier belcirkels actief. December 2024: twaalf cirkels. Juni 2025: eindmeting en overdracht aan het welzijnswerk van Apeldoorn en Deventer; Zutphen beslist later.',
    themes: ['social_domain'],
    tags: ['eenzaamheid', 'senioren', 'belcirkel', 'vrijwilligers', 'welzijn'],
    initiator: 'welzijn-samen-oud',
    initiatorUser: 'gerda-huisman',
    contactName: 'Gerda Huisman',
    contactEmail: 'gerda.huisman@samenoud.example',
    participants: ['GM0200', 'GM0150', 'GM0301'],
    followers: ['maud-lemmens', 'sytske-de-jong', 'tom-verhoeven', 'ruben-alberts'],
    phase: 'implementation',
    status: 'completed',
    purpose: 'convince',
    object: 'social',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-02-01',
    plannedEndDate: '2025-06-30',
    links: [
      { label: 'Handleiding voor coördinatoren', url: 'https://example.org/pilots/belcirkel/handleiding' },
      { label: 'Eindrapportage', url: 'https://example.org/pilots/belcirkel/eindrapportage.pdf' },
    ],
    published: true,
  },
  {
    key: 'wmo-vraag-voorspellen-den-haag',
    title: 'Vraag naar Wmo-voorzieningen per wijk voorspellen',
    summary:
      'Den Haag bouwt een model dat per wijk inschat hoeveel aanvragen voor huishoudelijke hulp, hulpmiddelen en woningaanpassingen er de komende jaren komen. De pilot staat stil tot de privacytoets is afgerond.',
    what:
      'De vraag naar Wmo-voorzieningen groeit, maar niet overal even hard. Nu baseren we budgetten en inkoop op landelijke cijfers en ervaring. Met historische aanvragen, bevolkingsprognoses en woninggegevens willen we per wijk een betere inschatting maken.',
    goal:
      'Betere onderbouwing van de Wmo-begroting en van de inzet van consulenten per wijk. Het model geeft alleen aantallen per wijk, geen uitspraken over individuele inwoners.',
    deliverables:
      'Een voorspelmodel met uitleg over de gebruikte gegevens en de onzekerheid, een kwartaalrapportage voor de afdeling Wmo en een DPIA.',
    approach:
      'Data-analisten van de gemeente werken samen met Datavonk en met Wmo-consulenten die de uitkomsten toetsen aan hun praktijkkennis. Rotterdam en Rijswijk leveren geanonimiseerde vergelijkingscijfers.',
    milestones:
      'Oktober 2024: start. Februari 2025: eerste versie van het model. Juni 2025: DPIA ingediend. Voorjaar 2026: hervatting na besluit over pseudonimisering.',
    themes: ['social_domain', 'data_technology'],
    tags: ['wmo', 'voorspelmodel', 'data-analyse', 'begroting', 'privacy'],
    initiator: 'GM0518',
    initiatorUser: 'hamid-karimi',
    contactName: 'Hamid Karimi',
    contactEmail: 'hamid.karimi@denhaag.example',
    participants: ['GM0599', 'GM0603', 'datavonk'],
    followers: ['dewi-sastro', 'marleen-postma', 'lotte-vermeulen'],
    phase: 'development',
    status: 'on_hold',
    statusReason:
      'De DPIA is nog niet afgerond. De functionaris gegevensbescherming wil eerst een besluit over het pseudonimiseren van de brongegevens en over hoe lang modeluitkomsten bewaard blijven. De directie neemt daarover naar verwachting in het voorjaar van 2026 een besluit.',
    purpose: 'test',
    object: 'process',
    degree: 'incremental',
    level: 'component',
    startDate: '2024-10-01',
    plannedEndDate: '2026-12-31',
    links: [],
    published: true,
  },
  {
    key: 'wijkteam-huisarts-gegevens-arnhem',
    title: 'Veilig gegevens uitwisselen tussen wijkteams en huisartsen',
    summary:
      'Arnhem bouwde een beveiligde koppeling waarmee wijkteams en huisartsen elkaar snel informatie kunnen sturen over gezamenlijke cliënten. De pilot is gestopt: niet de techniek, maar de samenwerking bleek het knelpunt.',
    what:
      'Wijkteams en huisartsen klaagden dat ze elkaar slecht bereiken en dat informatie via de telefoon of onbeveiligde mail ging. We ontwikkelden een eenvoudige berichtenmodule met toestemmingsregistratie, gekoppeld aan het cliëntsysteem van de wijkteams.',
    goal:
      'Snellere en veiligere afstemming over cliënten die bij beide bekend zijn, met minder telefoontjes die op elkaars voicemail eindigen.',
    deliverables:
      'Een werkende berichtenmodule, werkafspraken over toestemming en een evaluatie na zes maanden gebruik in vier wijken.',
    approach:
      'Samen met twee huisartsengroepen en vier wijkteams. Nijmegen, Duiven, Rheden en Zevenaar keken mee omdat ze hetzelfde probleem hebben. Na zes maanden evalueerden we gebruik en ervaringen.',
    milestones:
      'Januari 2024: start ontwikkeling. Juni 2024: module in gebruik in vier wijken. December 2024: evaluatie. Maart 2025: besluit om te stoppen.',
    themes: ['social_domain', 'data_technology'],
    tags: ['wijkteams', 'huisartsen', 'gegevensuitwisseling', 'privacy', 'samenwerking'],
    initiator: 'GM0202',
    initiatorUser: 'linda-hermans',
    contactName: 'Linda Hermans',
    contactEmail: 'linda.hermans@arnhem.example',
    participants: ['GM0268', 'GM0226', 'GM0275', 'GM0299', 'ggd-veenweide-rivieren'],
    followers: ['maud-lemmens', 'yusuf-demir'],
    phase: 'development',
    status: 'stopped',
    statusReason:
      'De koppeling werkte technisch goed, maar werd in zes maanden 23 keer gebruikt. Huisartsen en wijkteams bleken elkaar te weinig te kennen om informatie te willen delen. We investeren nu in vaste contactpersonen en gezamenlijk overleg per wijk, niet in software.',
    purpose: 'test',
    object: 'product_service',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-01-08',
    plannedEndDate: '2025-03-31',
    links: [{ label: 'Evaluatie na zes maanden', url: 'https://example.org/pilots/wijkteam-huisarts/evaluatie' }],
    published: true,
  },
  {
    key: 'startkwalificatie-westkust',
    title: 'Eerder in gesprek met jongeren die zonder startkwalificatie dreigen uit te vallen',
    summary:
      'Leerplichtambtenaren en RMC-trajectbegeleiders in de Kop van Noord-Holland krijgen elk kwartaal een signaallijst van jongeren met een verhoogd risico op uitval, zodat ze het gesprek eerder aangaan.',
    what:
      'Jongeren die het onderwijs verlaten zonder startkwalificatie komen nu vaak pas maanden later in beeld. Met verzuimgegevens, wisselingen van opleiding en eerdere meldingen stellen we een signaallijst op. De trajectbegeleider beoordeelt zelf of en hoe er contact volgt.',
    goal:
      'Het aantal nieuwe voortijdig schoolverlaters in de regio met een vijfde terugdringen en de werkwijze opnemen in de vaste werkprocessen van het bureau.',
    deliverables:
      'Een signaallijst per kwartaal, aangepaste werkprocessen en verzuimprotocollen, en een jaarlijkse evaluatie met scholen.',
    approach:
      'Trajectbegeleiders en de teamleider zijn vanaf het begin betrokken bij het kiezen van de signalen en het bespreken van de uitkomsten. Mbo-scholen in de regio leveren gegevens en denken mee. Het Kenniscentrum Publieke Innovatie volgt de pilot en meet het effect.',
    milestones:
      'Augustus 2024: start met het schooljaar. Januari 2025: eerste evaluatie met scholen. September 2025: aangepaste verzuimprotocollen van kracht. Juli 2026: effectmeting en besluit over blijvende inzet.',
    themes: ['social_domain', 'data_technology'],
    tags: ['voortijdig schoolverlaten', 'startkwalificatie', 'jongeren', 'leerplicht', 'rmc'],
    initiator: 'rbl-westkust',
    initiatorUser: 'monique-vos',
    contactName: 'Monique Vos',
    contactEmail: 'monique.vos@rblwestkust.example',
    participants: ['GM0400', 'GM0441', 'GM1911', 'GM0448', 'kenniscentrum-publieke-innovatie'],
    followers: ['sem-veldhuis', 'bram-van-dijk', 'mohamed-el-amrani'],
    phase: 'implementation',
    status: 'running',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-08-19',
    plannedEndDate: '2026-07-31',
    links: [],
    published: true,
  },
  {
    key: 'respijtzorg-aanvragen-venlo',
    title: 'Respijtzorg voor mantelzorgers in één keer regelen',
    summary: 'Mantelzorgers moeten nu op drie plekken aankloppen voor logeeropvang of dagopvang. Wij willen één aanvraag.',
    what:
      'Mantelzorgers die even vrij willen nemen, moeten zelf uitzoeken of respijtzorg via de Wmo, de zorgverzekeraar of de Wlz loopt. Dat kost ze veel tijd en ze haken af. Idee: één formulier en één contactpersoon die het verder uitzoekt.',
    goal: 'Nog uitwerken. In ieder geval: minder mantelzorgers die overbelast raken omdat ze geen respijt konden regelen.',
    deliverables: 'Eerst een verkenning: hoeveel mantelzorgers lopen hier tegenaan en waar gaat het mis.',
    approach: 'Gesprekken met mantelzorgers via Stichting Mantelzorg Dichtbij. Daarna een schets van het proces.',
    milestones: 'Voorjaar 2026: gesprekken. Zomer 2026: schets klaar.',
    themes: ['social_domain', 'service_delivery'],
    tags: ['mantelzorg', 'respijtzorg', 'logeeropvang', 'aanvragen'],
    initiator: 'GM0983',
    initiatorUser: 'tom-verhoeven',
    contactName: 'Tom Verhoeven',
    contactEmail: 'tom.verhoeven@venlo.example',
    participants: ['mantelzorg-dichtbij'],
    followers: [],
    phase: 'idea',
    status: 'running',
    startDate: '2026-02-01',
    plannedEndDate: '2026-09-30',
    links: [],
    published: false,
  },
  {
    key: 'kwijtschelding-automatisch-zuidwest',
    title: 'Kwijtschelding van gemeentelijke belastingen automatisch toekennen',
    summary:
      'Huishoudens van wie al bekend is dat ze een laag inkomen en geen vermogen hebben, krijgen kwijtschelding van afvalstoffenheffing en rioolheffing zonder dat ze een aanvraag hoeven in te dienen.',
    what:
      'Veel huishoudens die recht hebben op kwijtschelding vragen die niet aan. Het formulier is ingewikkeld en moet elk jaar opnieuw. Belastingsamenwerking Zuidwest wil, met toestemming vooraf en via de inkomenstoets van het LUBI, de kwijtschelding direct bij de aanslag verwerken.',
    goal:
      'Het niet-gebruik van kwijtschelding halveren en het aantal bezwaren en herinneringen aan huishoudens met een laag inkomen terugbrengen. Ook minder handwerk bij de afdeling invordering.',
    deliverables:
      'Een aangepast proces bij de aanslagoplegging, afspraken met het LUBI over de gegevenslevering, een toestemmingsverklaring in begrijpelijke taal en een rapportage over het bereik na het eerste belastingjaar.',
    approach:
      'We starten met huishoudens die al bijzondere bijstand of een andere minimaregeling ontvangen. Zes gemeenten doen mee met hun eigen minimabestanden. Juridische vragen leggen we vooraf voor aan de privacyfunctionarissen van de deelnemende gemeenten.',
    milestones:
      'Januari 2025: start juridische toets. Juni 2025: afspraken met het LUBI rond. Februari 2026: eerste aanslagen met automatische kwijtschelding. September 2026: evaluatie en besluit over uitbreiding naar alle aangesloten gemeenten.',
    themes: ['operations', 'social_domain'],
    tags: ['kwijtschelding', 'gemeentelijke belastingen', 'armoede', 'proactieve dienstverlening', 'minima'],
    initiator: 'belastingsamenwerking-zuidwest',
    initiatorUser: 'ahmed-ouali',
    contactName: 'Ahmed Ouali',
    contactEmail: 'ahmed.ouali@bszuidwest.example',
    participants: ['GM0748', 'GM1674', 'GM0851', 'GM0873', 'GM0716', 'GM0703', 'lubi'],
    followers: ['ingrid-van-der-meer', 'hendrik-oosterhuis', 'jolanda-kuipers', 'anouk-willems', 'yusuf-demir'],
    phase: 'development',
    status: 'running',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'system',
    startDate: '2025-01-06',
    plannedEndDate: '2026-12-31',
    links: [{ label: 'Toestemmingsverklaring (concept)', url: 'https://example.org/pilots/kwijtschelding/toestemming' }],
    published: true,
  },
];
