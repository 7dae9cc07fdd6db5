// SPDX-License-Identifier: EUPL-1.2
/** Demo pilots on mobility: charging infrastructure, mobility hubs, transport for target groups, road safety. */
import type { DemoPilot } from './types.js';

export const mobilityPilots: DemoPilot[] = [
  {
    key: 'laadpalen-voorspelde-vraag-amsterdam',
    title: 'Laadpalen plaatsen waar de vraag straks ontstaat',
    summary:
      'Amsterdam voorspelt per straat hoeveel elektrische auto\'s er de komende drie jaar bijkomen en plaatst openbare laadpalen vooraf, in plaats van pas na een aanvraag van een bewoner. Zeventien andere gemeenten gebruiken het model of doen mee aan de doorontwikkeling.',
    what:
      'Tot nu toe plaatsten gemeenten een openbare laadpaal pas als een bewoner met een elektrische auto erom vroeg. Dat leidt tot lange wachttijden, veel losse besluiten en palen op plekken die later onhandig blijken. We gebruiken gegevens over kentekens, laadsessies, parkeerdruk en nieuwbouw om per buurt te voorspellen waar laadpunten nodig zijn, en plaatsen ze in clusters.',
    goal:
      'De wachttijd voor een openbaar laadpunt terugbrengen van gemiddeld zes maanden naar hooguit twee, en minder verkeersbesluiten per laadpaal. Deelnemende gemeenten willen hetzelfde model kunnen gebruiken met hun eigen gegevens.',
    deliverables:
      'Een open voorspelmodel met documentatie, een werkwijze voor het plaatsen van laadpalen in clusters met één verkeersbesluit per buurt, en een jaarlijkse vergelijking van voorspelling en werkelijk gebruik.',
    approach:
      'Het model is in Amsterdam ontwikkeld en wordt nu samen met de deelnemende gemeenten doorontwikkeld. Elke gemeente draait het model met eigen gegevens; de code en de documentatie zijn gedeeld. Eens per kwartaal is er een gebruikersoverleg. Hogeschool Oostpoort onderzoekt hoe nauwkeurig de voorspellingen zijn.',
    milestones:
      'Februari 2024: model versie 1 in gebruik in Amsterdam. Oktober 2024: acht gemeenten gebruiken het model. Juni 2025: achttien gemeenten, eerste vergelijking met werkelijk gebruik. Maart 2026: versie 2 met netcapaciteit. December 2026: evaluatie en afspraken over gezamenlijk beheer.',
    themes: ['mobility', 'sustainability', 'data_technology'],
    tags: ['laadpalen', 'laadinfrastructuur', 'elektrisch rijden', 'voorspelmodel', 'verkeersbesluit'],
    initiator: 'GM0363',
    initiatorUser: 'daan-visser',
    contactName: 'Daan Visser',
    contactEmail: 'daan.visser@amsterdam.example',
    participants: [
      'GM0344', 'GM0392', 'GM0479', 'GM0362', 'GM0034', 'GM0546', 'GM0503', 'GM0518', 'GM0772', 'GM0758',
      'GM0855', 'GM0014', 'GM0193', 'GM0202', 'GM0268', 'GM0935', 'GM0307', 'hogeschool-oostpoort',
    ],
    followers: [
      'sophie-van-gelder', 'niels-van-os', 'chantal-nijland', 'lotte-vermeulen', 'jeroen-van-beek', 'floor-maas',
      'marco-de-boer', 'sandra-groen',
    ],
    phase: 'scaling',
    status: 'running',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-02-01',
    plannedEndDate: '2026-12-31',
    links: [
      { label: 'Broncode en documentatie van het model', url: 'https://example.org/pilots/laadpalen-voorspellen/code' },
      { label: 'Werkwijze clusterplaatsing', url: 'https://example.org/pilots/laadpalen-voorspellen/werkwijze' },
    ],
    published: true,
  },
  {
    key: 'slim-laden-eindhoven',
    title: 'Slim laden: laadsnelheid afstemmen op de drukte op het stroomnet',
    summary:
      'Eindhoven test met de netbeheerder en een laadpuntexploitant of openbare laadpunten langzamer laden tijdens de avondpiek en sneller \'s nachts, zodat er meer laadpunten kunnen bijkomen zonder het net te overbelasten.',
    what:
      'In delen van Eindhoven is het stroomnet vol. Nieuwe laadpunten kunnen daardoor soms niet worden aangesloten. Slim laden verdeelt het laden over de dag: tussen 17.00 en 21.00 uur gaat het vermogen omlaag, daarna omhoog. De vraag is of automobilisten dat merken en accepteren.',
    goal:
      'Aantonen dat slim laden de piekbelasting per wijk met minstens 30% verlaagt, zonder dat gebruikers minder geladen de deur uit gaan. Bij succes wordt slim laden een voorwaarde in de volgende concessie voor laadpunten.',
    deliverables:
      'Een proef met 200 laadpunten in drie wijken, een analyse van laadsessies voor en na, een gebruikersonderzoek en een voorstel voor de concessievoorwaarden.',
    approach:
      'Laadwerk past de software van de laadpunten aan; Zuidnet levert meetgegevens van de wijktransformatoren. Helmond, Veldhoven en Best doen mee met elk één wijk. Gebruikers krijgen vooraf uitleg en kunnen in een app zien wanneer hun auto vol is.',
    milestones:
      'Maart 2025: start. Juni 2025: slim laden actief op 200 laadpunten. December 2025: eerste analyse. Mei 2026: gebruikersonderzoek. September 2026: voorstel concessievoorwaarden.',
    themes: ['mobility', 'sustainability'],
    tags: ['slim laden', 'netcongestie', 'laadpunten', 'elektrische auto', 'stroomnet'],
    initiator: 'GM0772',
    initiatorUser: 'ruud-smits',
    contactName: 'Ruud Smits',
    contactEmail: 'ruud.smits@eindhoven.example',
    participants: ['GM0794', 'GM0861', 'GM0753', 'zuidnet', 'laadwerk'],
    followers: ['daan-visser', 'sophie-van-gelder', 'wouter-janssen', 'iris-lubbers', 'kevin-martina'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'product_service',
    degree: 'radical',
    level: 'system',
    startDate: '2025-03-01',
    plannedEndDate: '2026-09-30',
    links: [],
    published: true,
  },
  {
    key: 'oplaadpunten-deelautos-zwolle',
    title: 'Oplaadpunten voor elektrische deelauto\'s in nieuwbouwwijken',
    summary:
      'Zwolle onderzoekt of ontwikkelaars minder parkeerplaatsen hoeven aan te leggen als ze vanaf de oplevering elektrische deelauto\'s met eigen oplaadpunten in de wijk zetten.',
    what:
      'In nieuwe wijken is weinig ruimte en de parkeernorm drijft de kosten op. Deelauto\'s kunnen helpen, maar alleen als ze er vanaf dag één staan en betrouwbaar geladen zijn. We willen uitzoeken welke afspraken met ontwikkelaars en aanbieders daarvoor nodig zijn.',
    goal:
      'Een voorstel voor een lagere parkeernorm in ruil voor deelauto\'s met vaste oplaadpunten, dat juridisch houdbaar is en dat ontwikkelaars willen gebruiken.',
    deliverables:
      'Een verkenning met drie scenario\'s, gesprekken met ontwikkelaars en deelautoaanbieders, en een conceptregeling voor de parkeernorm.',
    approach:
      'We leggen de scenario\'s voor aan twee ontwikkelaars van lopende projecten. Kampen en Deventer werken aan vergelijkbare regels en denken mee.',
    milestones:
      'Oktober 2025: start verkenning. Februari 2026: scenario\'s gereed. Juni 2026: gesprekken afgerond. December 2026: conceptregeling.',
    themes: ['mobility', 'spatial_planning', 'sustainability'],
    tags: ['deelauto', 'oplaadpunten', 'parkeernorm', 'nieuwbouw', 'elektrisch'],
    initiator: 'GM0193',
    initiatorUser: 'iris-lubbers',
    contactName: 'Iris Lubbers',
    contactEmail: 'iris.lubbers@zwolle.example',
    participants: ['GM0166', 'GM0150'],
    followers: ['kevin-martina', 'daan-visser'],
    phase: 'idea',
    status: 'running',
    purpose: 'test',
    object: 'policy',
    startDate: '2025-10-01',
    plannedEndDate: '2026-12-31',
    links: [],
    published: true,
  },
  {
    key: 'snellaadpunten-bedrijventerreinen-overijssel',
    title: 'Snellaadpunten voor bestelbussen en vrachtwagens op bedrijventerreinen',
    summary:
      'De provincie en vijf gemeenten zoeken een manier om samen snellaadpunten voor logistiek aan te leggen op bedrijventerreinen, waar netcapaciteit schaars is en ondernemers niet alleen willen investeren.',
    what:
      'Transportbedrijven stappen over op elektrische bestelbussen en vrachtwagens, maar op bedrijventerreinen ontbreekt laadinfrastructuur. Afzonderlijke bedrijven krijgen vaak geen zware aansluiting. Een gedeeld laadplein per terrein, met één aansluiting en slimme verdeling, kan helpen. Wie dat organiseert en betaalt, is nog onduidelijk.',
    goal:
      'Op twee bedrijventerreinen een werkend laadplein en een samenwerkingsvorm die op andere terreinen te herhalen is.',
    deliverables:
      'Een behoeftepeiling onder bedrijven, een vergelijking van drie samenwerkingsvormen (parkmanagement, coöperatie, concessie) en een gezamenlijke aanbesteding voor twee laadpleinen.',
    approach:
      'De provincie trekt en financiert de voorbereiding. Gemeenten brengen bedrijventerreinen en contacten met ondernemers in. Laadwerk en Ingenieursbureau Dijkstra & Van Wely denken mee over techniek en ruimtelijke inpassing, zonder dat dat hen voorrang geeft bij de aanbesteding.',
    milestones:
      'Januari 2025: start. Mei 2025: behoeftepeiling bij 140 bedrijven. November 2025: keuze samenwerkingsvorm. Juni 2026: aanbesteding. Juni 2027: twee laadpleinen in gebruik.',
    themes: ['mobility', 'sustainability', 'spatial_planning'],
    tags: ['snellaadpunten', 'logistiek', 'bedrijventerrein', 'laadinfrastructuur', 'netcapaciteit'],
    initiator: 'provincie-overijssel',
    initiatorUser: 'sophie-van-gelder',
    contactName: 'Sophie van Gelder',
    contactEmail: 'sophie.vangelder@provincie-overijssel.example',
    participants: ['GM0164', 'GM0153', 'GM0141', 'GM0193', 'GM0160', 'laadwerk', 'ib-dijkstra-van-wely'],
    followers: ['daan-visser', 'ruud-smits'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'organisational',
    degree: 'incremental',
    level: 'system',
    startDate: '2025-01-15',
    plannedEndDate: '2027-06-30',
    links: [{ label: 'Resultaten behoeftepeiling', url: 'https://example.org/pilots/laadpleinen/behoeftepeiling' }],
    published: true,
  },
  {
    key: 'mobiliteitshubs-almere',
    title: 'Mobiliteitshubs aan de rand van nieuwe wijken',
    summary:
      'Almere bouwt in twee nieuwe wijken mobiliteitshubs: bewoners parkeren aan de rand en vinden daar deelfietsen, deelauto\'s, pakketkluizen en een bushalte. De wijk zelf blijft grotendeels autovrij.',
    what:
      'In de nieuwe wijken wil de gemeente minder auto\'s voor de deur en meer ruimte voor groen en spelen. Een mobiliteitshub bundelt parkeren en deelvervoer op één plek, op loopafstand van de woningen. Of bewoners de loopafstand accepteren en of deelvervoer rendabel wordt, moet blijken.',
    goal:
      'Leren onder welke voorwaarden een hub werkt: loopafstand, aanbod, prijs en beheer. De lessen gebruiken we voor de volgende wijken en voor de herziening van het parkeerbeleid.',
    deliverables:
      'Twee hubs in gebruik, een bewonerspanel dat twee keer per jaar wordt bevraagd, gebruiksgegevens van het deelvervoer en een beheermodel.',
    approach:
      'Vlot Mobiliteitsadvies begeleidt de monitoring. Lelystad en Zeewolde plannen vergelijkbare hubs en doen mee aan het bewonerspanel, zodat we wijken kunnen vergelijken.',
    milestones:
      'November 2024: start. September 2025: eerste hub open. Maart 2026: tweede hub open en eerste panelronde. Maart 2027: evaluatie en advies voor het parkeerbeleid.',
    themes: ['mobility', 'spatial_planning'],
    tags: ['mobiliteitshub', 'deelmobiliteit', 'autoluw', 'nieuwbouwwijk', 'parkeren'],
    initiator: 'GM0034',
    initiatorUser: 'kevin-martina',
    contactName: 'Kevin Martina',
    contactEmail: 'kevin.martina@almere.example',
    participants: ['GM0995', 'GM0050', 'vlot-mobiliteit'],
    followers: ['iris-lubbers', 'ruud-smits', 'gerrit-jan-dijkman'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'product_service',
    degree: 'radical',
    level: 'system',
    startDate: '2024-11-01',
    plannedEndDate: '2027-03-31',
    links: [],
    published: true,
  },
  {
    key: 'doelgroepenvervoer-twente',
    title: 'Wmo-vervoer en leerlingenvervoer samen plannen',
    summary:
      'Acht Twentse gemeenten planden het Wmo-vervoer en het leerlingenvervoer in één systeem, zodat busjes tussen de schoolritten door ouderen en mensen met een beperking vervoeren. De pilot is afgerond en opgenomen in de nieuwe aanbesteding.',
    what:
      'Leerlingenvervoer rijdt vooral \'s ochtends en \'s middags; het Wmo-vervoer vooral overdag. Toch werden beide apart ingekocht en gepland, met veel lege busjes tot gevolg. We hebben onderzocht of gezamenlijke planning werkt zonder dat de kwaliteit voor reizigers achteruitgaat.',
    goal:
      'Minder voertuigen en kilometers voor hetzelfde vervoer, met een betrouwbaarheid die minstens gelijk blijft.',
    deliverables:
      'Een proef van een half jaar in vier gemeenten, een vergelijking van kosten, kilometers en klachten, en eisen voor de regionale aanbesteding.',
    approach:
      'De regiocentrale heeft beide vervoersvormen in één planningssysteem samengevoegd. Chauffeurs, ouders en cliëntenraden zijn vooraf geïnformeerd en na afloop bevraagd.',
    milestones:
      'Januari 2024: start voorbereiding. April 2024: proef in vier gemeenten. November 2024: evaluatie. Juli 2025: eisen opgenomen in de aanbesteding voor alle acht gemeenten.',
    themes: ['mobility', 'social_domain', 'operations'],
    tags: ['doelgroepenvervoer', 'leerlingenvervoer', 'wmo-vervoer', 'planning', 'inkoop'],
    initiator: 'regio-twentse-heuvels',
    initiatorUser: 'chantal-nijland',
    contactName: 'Chantal Nijland',
    contactEmail: 'chantal.nijland@twentseheuvels.example',
    participants: ['GM0164', 'GM0153', 'GM0141', 'GM0147', 'GM0163', 'GM1735', 'GM0173', 'GM0168'],
    followers: ['sytske-de-jong', 'anouk-willems', 'ellen-brink'],
    phase: 'implementation',
    status: 'completed',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-01-08',
    plannedEndDate: '2025-07-31',
    links: [{ label: 'Evaluatie gezamenlijke planning', url: 'https://example.org/pilots/doelgroepenvervoer/evaluatie.pdf' }],
    published: true,
  },
  {
    key: 'schoolroutes-fietsdata-breda',
    title: 'Onveilige schoolroutes vinden met fietsdata en meldingen van ouders',
    summary:
      'Breda combineerde ingekochte fietsdata met meldingen van ouders om gevaarlijke punten op schoolroutes te vinden. Het datadeel is gestopt; de meldkaart voor ouders gaat door.',
    what:
      'Ouders en scholen melden onveilige oversteken, maar die meldingen zijn versnipperd. We wilden ze combineren met gegevens uit een fietsapp over snelheid, remmen en routes, om de gevaarlijkste plekken objectief te bepalen.',
    goal:
      'Een onderbouwde top tien van gevaarlijke punten op schoolroutes, zodat het budget voor verkeersveiligheid daar terechtkomt.',
    deliverables: 'Een kaart met knelpunten, een analyse van fietsdata en meldingen, en een prioriteitenlijst.',
    approach:
      'Vlot Mobiliteitsadvies analyseerde de fietsdata. Twaalf basisscholen verspreidden de meldkaart onder ouders. Etten-Leur en Oosterhout deden met vier scholen mee.',
    milestones:
      'Maart 2024: start. Juni 2024: meldkaart online. November 2024: analyse fietsdata. Februari 2025: besluit om het datadeel te stoppen.',
    themes: ['mobility', 'safety', 'data_technology'],
    tags: ['verkeersveiligheid', 'schoolroutes', 'fietsdata', 'meldingen', 'kinderen'],
    initiator: 'GM0758',
    initiatorUser: 'eva-martens',
    contactName: 'Eva Martens',
    contactEmail: 'eva.martens@breda.example',
    participants: ['GM0777', 'GM0826', 'vlot-mobiliteit'],
    followers: ['ruud-smits', 'annelies-ter-horst'],
    phase: 'development',
    status: 'stopped',
    statusReason:
      'De fietsdata die we konden inkopen waren te grof: ze lieten drukke routes zien, maar geen bijna-ongelukken of oversteekgedrag van kinderen. De meldingen van ouders leverden juist wel bruikbare informatie op. We stoppen met het datadeel en gaan verder met de meldkaart via de scholen.',
    purpose: 'test',
    object: 'process',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-03-01',
    plannedEndDate: '2025-02-28',
    links: [],
    published: true,
  },
  {
    key: 'mantelzorgparkeren-leiden',
    title: 'Digitale parkeervergunning voor mantelzorgers',
    summary:
      'Mantelzorgers in Leiden en drie buurgemeenten vragen online een parkeervergunning aan die op kenteken werkt en direct geldig is, zonder papieren kaart achter de voorruit.',
    what:
      'Mantelzorgers moesten een vergunning aanvragen met een formulier, een verklaring en een bezoek aan het stadskantoor. De papieren kaart raakte vaak kwijt of werd doorgegeven. Nu vraagt de mantelzorger online aan, met DigiD, en koppelen we de vergunning aan één of twee kentekens.',
    goal:
      'Aanvragen binnen een werkdag afhandelen, minder misbruik, en minder werk aan de balie.',
    deliverables:
      'Een online aanvraagformulier, aangepaste regels voor de mantelzorgvergunning en een evaluatie na een jaar.',
    approach:
      'We hebben het formulier getest met tien mantelzorgers, onder wie een paar ouderen die weinig digitaal doen; voor hen blijft hulp aan de balie mogelijk. Leiderdorp, Oegstgeest en Voorschoten gebruiken hetzelfde formulier en dezelfde regels.',
    milestones:
      'Juni 2024: start. Oktober 2024: formulier live in Leiden. Maart 2025: buurgemeenten aangesloten. April 2026: evaluatie na een jaar.',
    themes: ['mobility', 'service_delivery', 'social_domain'],
    tags: ['parkeren', 'mantelzorg', 'parkeervergunning', 'kenteken', 'digitaal aanvragen'],
    initiator: 'GM0546',
    initiatorUser: 'nicole-van-der-laan',
    contactName: 'Nicole van der Laan',
    contactEmail: 'nicole.vanderlaan@leiden.example',
    participants: ['GM0547', 'GM0579', 'GM0626'],
    followers: ['tom-verhoeven', 'hanneke-mulder', 'noor-bouzid'],
    phase: 'implementation',
    status: 'running',
    purpose: 'implement',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-06-01',
    plannedEndDate: '2026-04-30',
    links: [],
    published: true,
  },
];
