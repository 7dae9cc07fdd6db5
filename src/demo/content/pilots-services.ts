// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo pilots on service delivery, operations and data: chatbots, process mining, archives, algorithm registers.
 * Two entries are deliberately problematic for moderators: a vendor's sales pitch and a finished product.
 */
import type { DemoPilot } from './types.js';

export const servicePilots: DemoPilot[] = [
  {
    key: 'chatbot-afval-parkeren-amersfoort',
    title: 'Chatbot op de website voor vragen over afval, parkeren en paspoorten',
    summary:
      'Amersfoort zet een chatbot in die de meest gestelde vragen over afval, parkeren en reisdocumenten beantwoordt en bij twijfel doorzet naar een medewerker van het klantcontactcentrum.',
    what:
      'Ruim de helft van de telefoontjes naar het KCC gaat over een handvol onderwerpen, zoals de afvalkalender, bezoekersparkeren en het aanvragen van een paspoort. We hebben een chatbot ingericht op die onderwerpen. Als de chatbot het antwoord niet weet of de inwoner een medewerker wil, neemt een medewerker het gesprek binnen kantooruren over.',
    goal:
      'Inwoners sneller antwoord geven, ook buiten kantooruren, en KCC-medewerkers meer tijd geven voor ingewikkelde vragen. Doel is dat 40% van de chatgesprekken zonder medewerker wordt afgerond, met een tevredenheid van minstens 7.',
    deliverables:
      'Een chatbot voor drie onderwerpen, een overdrachtsfunctie naar medewerkers, een maandelijkse analyse van onbeantwoorde vragen en een beheerafspraak binnen het KCC.',
    approach:
      'KCC-medewerkers schrijven en onderhouden de antwoorden zelf; zij kennen de vragen het best. Elke maand bekijken we welke vragen de chatbot niet begreep. Veenendaal, Leusden, Baarn en Soest nemen de antwoordbibliotheek over en passen die aan op hun eigen regels.',
    milestones:
      'Maart 2024: start met afval. September 2024: parkeren en reisdocumenten erbij. Maart 2025: beheer volledig bij het KCC. Oktober 2025: vier buurgemeenten live. Juni 2026: evaluatie.',
    themes: ['service_delivery', 'data_technology'],
    tags: ['chatbot', 'klantcontact', 'website', 'veelgestelde vragen', 'afval'],
    initiator: 'GM0307',
    initiatorUser: 'hanneke-mulder',
    contactName: 'Hanneke Mulder',
    contactEmail: 'hanneke.mulder@amersfoort.example',
    participants: ['GM0345', 'GM0327', 'GM0308', 'GM0342'],
    followers: ['emma-dekker', 'esther-kok', 'noor-bouzid', 'lotte-vermeulen'],
    phase: 'implementation',
    status: 'running',
    purpose: 'implement',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-03-01',
    plannedEndDate: '2026-06-30',
    links: [{ label: 'Antwoordbibliotheek (openbaar)', url: 'https://example.org/pilots/chatbot-amersfoort/antwoorden' }],
    published: true,
  },
  {
    key: 'virtuele-assistent-gouda',
    title: 'Virtuele assistent: eerst de vragen van inwoners, dan de techniek',
    summary:
      'Vijf gemeenten in het Groene Hart bereiden samen de invoering van een digitale assistent voor klantcontact voor, te beginnen bij de vragen van inwoners en de werkwijze van medewerkers in plaats van bij de software.',
    what:
      'Eerdere chatbotprojecten liepen vast omdat de techniek voorop stond en medewerkers er pas laat bij kwamen. Wij draaien het om: eerst analyseren we welke vragen binnenkomen en hoe medewerkers ze beantwoorden, daarna kiezen we welke vragen een virtuele assistent kan overnemen en pas daarna welk product.',
    goal:
      'Een gedragen besluit over de inzet van een virtuele assistent, met medewerkers die het als hulp zien en niet als bedreiging. Daarnaast een gezamenlijk programma van eisen voor de aanbesteding.',
    deliverables:
      'Een analyse van ruim 20.000 klantvragen, een werkwijze om teamleiders en medewerkers voor te bereiden op de invoering, en een programma van eisen.',
    approach:
      'KCC-medewerkers van alle vijf gemeenten classificeren zelf een steekproef van vragen. In werksessies bespreken we wat er met hun werk gebeurt. Woerden, Bodegraven-Reeuwijk, Alphen aan den Rijn en Krimpenerwaard doen volledig mee.',
    milestones:
      'Januari 2025: start. April 2025: analyse klantvragen klaar. September 2025: werksessies afgerond. Februari 2026: programma van eisen. Juni 2026: besluit over aanbesteding.',
    themes: ['service_delivery', 'operations'],
    tags: ['virtuele assistent', 'chatbot', 'kcc', 'implementatie', 'medewerkers'],
    initiator: 'GM0513',
    initiatorUser: 'emma-dekker',
    contactName: 'Emma Dekker',
    contactEmail: 'emma.dekker@gouda.example',
    participants: ['GM0632', 'GM1901', 'GM0484', 'GM1931'],
    followers: ['hanneke-mulder', 'esther-kok'],
    phase: 'development',
    status: 'running',
    purpose: 'implement',
    object: 'organisational',
    degree: 'incremental',
    level: 'application',
    startDate: '2025-01-06',
    plannedEndDate: '2026-06-30',
    links: [],
    published: true,
  },
  {
    key: 'taalmodel-kcc-den-haag',
    title: 'Een taalmodel als hulp bij het beantwoorden van e-mails aan het KCC',
    summary:
      'Den Haag verkent of een taalmodel conceptantwoorden op e-mails van inwoners kan voorstellen, die een medewerker altijd controleert en aanpast voordat ze worden verstuurd.',
    what:
      'Het KCC krijgt dagelijks honderden e-mails, vaak met vragen die al eerder zijn beantwoord. Medewerkers zoeken antwoorden bij elkaar uit verschillende bronnen. Een taalmodel dat alleen de eigen kennisbank gebruikt, kan een concept maken. Risico\'s zijn foute antwoorden die overtuigend klinken en het verwerken van persoonsgegevens.',
    goal:
      'Uitzoeken of dit medewerkers tijd bespaart zonder dat de kwaliteit en zorgvuldigheid achteruitgaan, en onder welke voorwaarden het verantwoord kan.',
    deliverables:
      'Een verkenning van de juridische en ethische voorwaarden, een test met geanonimiseerde e-mails en een advies aan de directie.',
    approach:
      'Een klein team van KCC-medewerkers, een privacyjurist en een informatieadviseur. Leidschendam-Voorburg denkt mee. De Rijksdienst voor Digitale Dienstverlening deelt ervaringen met vergelijkbare proeven.',
    milestones:
      'November 2025: start. Februari 2026: voorwaarden en risico\'s beschreven. Mei 2026: test met geanonimiseerde e-mails. Oktober 2026: advies.',
    themes: ['service_delivery', 'data_technology'],
    tags: ['taalmodel', 'generatieve ai', 'klantcontact', 'e-mail', 'digitale assistent'],
    initiator: 'GM0518',
    initiatorUser: 'esther-kok',
    contactName: 'Esther Kok',
    contactEmail: 'esther.kok@denhaag.example',
    participants: ['GM1916', 'rdd'],
    followers: ['emma-dekker', 'hanneke-mulder', 'dewi-sastro', 'noor-bouzid'],
    phase: 'idea',
    status: 'running',
    purpose: 'test',
    object: 'process',
    degree: 'disruptive',
    level: 'technology',
    startDate: '2025-11-01',
    plannedEndDate: '2026-10-31',
    links: [],
    published: true,
  },
  {
    key: 'raadhuisassist',
    title: 'RaadhuisAssist: dé AI-chatbot die uw gemeente direct ontzorgt',
    summary:
      'Met RaadhuisAssist beantwoordt uw gemeente 24/7 tot wel 80% van alle vragen automatisch. Bewezen technologie, binnen vier weken live en nu met introductiekorting voor de eerste tien gemeenten!',
    what:
      'RaadhuisAssist is het complete, bewezen chatbotplatform voor gemeenten. Onze oplossing is al bij tientallen organisaties in gebruik en wordt continu verbeterd door ons eigen team van AI-specialisten. Uw gemeente hoeft zelf niets te ontwikkelen: wij leveren alles kant-en-klaar.',
    goal:
      'Uw klantcontactcentrum ontlasten en kosten besparen: gemiddeld 30% minder telefoontjes in het eerste jaar. Wij streven ernaar dat in 2026 minstens vijftig gemeenten met RaadhuisAssist werken.',
    deliverables:
      'Een volledig ingerichte chatbot in uw huisstijl, maandelijkse rapportages en een vaste accountmanager. Optioneel: spraakassistent en WhatsApp-koppeling tegen meerprijs.',
    approach:
      'Meld u aan via deze pilot en wij nemen binnen twee werkdagen contact met u op voor een vrijblijvende demo. Deelnemende gemeenten ontvangen de eerste drie maanden 25% korting op de licentie.',
    milestones:
      'Eerste kwartaal 2025: lancering versie 4.0. Tweede kwartaal 2025: introductieaanbod voor nieuwe gemeenten. Vierde kwartaal 2025: koppeling met alle gangbare zaaksystemen.',
    themes: ['service_delivery', 'data_technology'],
    tags: ['chatbot', 'ai', 'klantcontact', 'kostenbesparing', 'saas'],
    initiator: 'raadhuis-digitaal',
    initiatorUser: 'vincent-kramer',
    contactName: 'Vincent Kramer',
    contactEmail: 'vincent.kramer@raadhuisdigitaal.example',
    participants: ['GM0766'],
    followers: [],
    phase: 'scaling',
    status: 'running',
    purpose: 'convince',
    object: 'product_service',
    startDate: '2025-01-01',
    plannedEndDate: '2026-12-31',
    links: [
      { label: 'Vraag een gratis demo aan', url: 'https://example.org/raadhuisassist/demo' },
      { label: 'Prijzen en pakketten', url: 'https://example.org/raadhuisassist/prijzen' },
    ],
    published: true,
  },
  {
    key: 'process-mining-facturen-apeldoorn',
    title: 'Process mining op de factuurstroom',
    summary:
      'Apeldoorn analyseerde met process mining hoe facturen echt door de organisatie lopen. Afgerond: de betaaltermijn is verkort en de analyse is opgenomen in de jaarlijkse controle.',
    what:
      'Veel facturen werden te laat betaald, vooral aan kleine leveranciers. Niemand wist precies waar ze bleven hangen. Process mining gebruikt de tijdstempels uit het financiële systeem om de werkelijke route van elke factuur zichtbaar te maken.',
    goal:
      'Minstens 90% van de facturen binnen 30 dagen betalen, en de concernaudit een methode geven om processen doorlopend te controleren in plaats van met steekproeven.',
    deliverables:
      'Een analyse van twee jaar facturen, een lijst van knelpunten met eigenaren, aangepaste werkafspraken voor budgethouders en een herhaalbare analyse voor de auditafdeling.',
    approach:
      'Datavonk deed de eerste analyse samen met een medewerker van de concernaudit, die de methode daarna zelf is gaan toepassen. Epe en Voorst, die hetzelfde financiële systeem gebruiken, deden de analyse ook op hun eigen gegevens.',
    milestones:
      'Februari 2024: start. Mei 2024: eerste analyse. September 2024: nieuwe werkafspraken voor budgethouders. Mei 2025: herhaalmeting (92% binnen termijn) en overdracht aan de concernaudit.',
    themes: ['operations', 'data_technology'],
    tags: ['process mining', 'facturen', 'betaaltermijn', 'audit', 'inkoop'],
    initiator: 'GM0200',
    initiatorUser: 'anouk-willems',
    contactName: 'Anouk Willems',
    contactEmail: 'anouk.willems@apeldoorn.example',
    participants: ['GM0232', 'GM0285', 'datavonk'],
    followers: ['stefan-claes', 'marieke-zwart', 'ahmed-ouali'],
    phase: 'implementation',
    status: 'completed',
    purpose: 'test',
    object: 'process',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-02-01',
    plannedEndDate: '2025-05-31',
    links: [{ label: 'Eindrapport process mining', url: 'https://example.org/pilots/process-mining-facturen/eindrapport.pdf' }],
    published: true,
  },
  {
    key: 'liggeld-passantenhavens-sudwest-fryslan',
    title: 'Liggeld en toeristenbelasting voor passanten digitaal afrekenen',
    summary:
      'Watersporters betalen in de passantenhavens van Súdwest-Fryslân liggeld en toeristenbelasting via een QR-code bij de steiger, in plaats van bij de havenmeester met een bonnenboekje.',
    what:
      'Havenmeesters lopen elke avond langs de boten om contant of met een pinautomaat af te rekenen. Dat kost veel tijd, en boten die vroeg vertrekken betalen vaak niet. Met een QR-code bij elke steiger meldt de schipper zich zelf aan en betaalt direct; de havenmeester controleert steekproefsgewijs met een app.',
    goal:
      'Minder tijd kwijt aan innen en meer tijd voor service en onderhoud, hogere opbrengsten doordat minder boten zonder betalen vertrekken, en betere gegevens voor de toeristenbelasting.',
    deliverables:
      'Een aanmeld- en betaalpagina, een controle-app voor havenmeesters, een koppeling met de belastingadministratie en een evaluatie na twee vaarseizoenen.',
    approach:
      'We beginnen in drie havens. Havenmeesters testen de app vanaf het begin mee. De Fryske Marren, Harlingen en Steenwijkerland doen in het tweede seizoen mee met een eigen haven.',
    milestones:
      'Maart 2025: start. Mei 2025: drie havens live. Oktober 2025: evaluatie eerste seizoen. April 2026: andere gemeenten aangesloten. Oktober 2026: eindevaluatie.',
    themes: ['operations', 'service_delivery'],
    tags: ['havengeld', 'liggeld', 'toeristenbelasting', 'passantenhaven', 'qr-code'],
    initiator: 'GM1900',
    initiatorUser: 'pieter-de-vries',
    contactName: 'Havenmeesters Súdwest-Fryslân',
    contactEmail: 'havens@sudwestfryslan.example',
    participants: ['GM1940', 'GM0072', 'GM1708'],
    followers: ['floor-maas'],
    phase: 'implementation',
    status: 'running',
    purpose: 'implement',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2025-03-01',
    plannedEndDate: '2026-10-31',
    links: [],
    published: true,
  },
  {
    key: 'archief-metadateren-ede',
    title: 'Automatisch metadateren van het digitale archief',
    summary:
      'Ede test of software documenten in het digitale archief automatisch kan voorzien van trefwoorden, documenttype en bewaartermijn, zodat ze vindbaar zijn voor Woo-verzoeken en op tijd vernietigd kunnen worden.',
    what:
      'Een groot deel van de documenten in ons archief is slecht beschreven. Daardoor kost het zoeken bij Woo-verzoeken veel tijd en worden documenten soms te lang bewaard. We testen een model dat documenten leest en een voorstel doet voor de metadata, dat een medewerker informatiebeheer beoordeelt.',
    goal:
      'Weten hoe vaak de voorstellen kloppen en hoeveel tijd het scheelt. Als de voorstellen in minstens 85% van de gevallen juist zijn, willen we het inzetten voor het achterstallige archief.',
    deliverables:
      'Een test op 10.000 documenten, een meting van de juistheid per documenttype, en een advies over inzet en benodigde controle.',
    approach:
      'Medewerkers informatiebeheer beoordelen een steekproef van de voorstellen. Hogeschool Oostpoort helpt bij het opzetten van de meting. Barneveld, Veenendaal en Renswoude leveren elk een set documenten, zodat we zien of het model ook bij andere archieven werkt.',
    milestones:
      'Mei 2025: start. September 2025: test op de eerste 5.000 documenten. Februari 2026: test bij drie andere gemeenten. December 2026: advies.',
    themes: ['operations', 'data_technology'],
    tags: ['archief', 'metadata', 'informatiebeheer', 'woo', 'machine learning'],
    initiator: 'GM0228',
    initiatorUser: 'marieke-zwart',
    contactName: 'Marieke Zwart',
    contactEmail: 'marieke.zwart@ede.example',
    participants: ['GM0203', 'GM0345', 'GM0339', 'hogeschool-oostpoort'],
    followers: ['stefan-claes', 'dewi-sastro', 'noor-bouzid'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'process',
    degree: 'incremental',
    level: 'component',
    startDate: '2025-05-01',
    plannedEndDate: '2026-12-31',
    links: [],
    published: true,
  },
  {
    key: 'algoritmeregister-delft',
    title: 'Algoritmeregister: algoritmen van de gemeente beschrijven en openbaar maken',
    summary:
      'Delft ontwikkelde een werkwijze om alle algoritmen die de gemeente gebruikt te inventariseren, te beoordelen op risico\'s en openbaar te beschrijven. Zestien andere gemeenten gebruiken dezelfde vragenlijst en hetzelfde format.',
    what:
      'Gemeenten gebruiken meer algoritmen dan ze zelf weten: in belastingsoftware, in de afhandeling van aanvragen, in selecties voor controles. Inwoners en raadsleden willen weten waar en hoe. We maakten een vragenlijst om algoritmen op te sporen, een risico-indeling en een format voor openbare beschrijving.',
    goal:
      'Elke deelnemende gemeente heeft binnen een jaar een openbaar register met haar algoritmen met een hoog risico, en heeft afgesproken wie het register bijhoudt.',
    deliverables:
      'Een inventarisatievragenlijst, een risico-indeling, een format voor beschrijvingen dat aansluit op het landelijke register, en voorbeeldbeschrijvingen.',
    approach:
      'Delft begon met een inventarisatie bij alle afdelingen. Andere gemeenten gebruiken het materiaal en delen hun beschrijvingen, zodat gemeenten met dezelfde software niet allemaal opnieuw beginnen. Het Instituut voor Lokaal Bestuur onderzoekt hoe raadsleden het register gebruiken.',
    milestones:
      'Januari 2024: start inventarisatie. Juli 2024: eerste twintig beschrijvingen gepubliceerd. Januari 2025: materiaal beschikbaar voor andere gemeenten. Oktober 2025: zeventien gemeenten actief, Delft meegerekend. December 2026: evaluatie en afspraken over gezamenlijk onderhoud van beschrijvingen.',
    themes: ['data_technology', 'democracy', 'operations'],
    tags: ['algoritmeregister', 'transparantie', 'algoritmen', 'data-ethiek', 'verantwoording'],
    initiator: 'GM0503',
    initiatorUser: 'dewi-sastro',
    contactName: 'Dewi Sastrowardoyo',
    contactEmail: 'dewi.sastrowardoyo@delft.example',
    participants: [
      'GM0599', 'GM0363', 'GM0518', 'GM0344', 'GM0546', 'GM0637', 'GM0603', 'GM0855', 'GM0772', 'GM0014',
      'GM0153', 'GM0268', 'GM0307', 'GM0392', 'GM0935', 'GM0200', 'instituut-lokaal-bestuur', 'rdd',
    ],
    followers: [
      'lotte-vermeulen', 'yusuf-demir', 'sanne-bakker', 'marieke-zwart', 'stefan-claes', 'johan-pauwels', 'ilse-verbruggen',
      'ellen-brink', 'mila-de-groot', 'leila-haddou', 'rachid-amzil', 'sem-veldhuis',
    ],
    phase: 'scaling',
    status: 'running',
    purpose: 'implement',
    object: 'policy',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-01-15',
    plannedEndDate: '2026-12-31',
    links: [
      { label: 'Inventarisatievragenlijst', url: 'https://example.org/pilots/algoritmeregister/vragenlijst' },
      { label: 'Format voor beschrijvingen', url: 'https://example.org/pilots/algoritmeregister/format' },
      { label: 'Register van Delft', url: 'https://example.org/pilots/algoritmeregister/delft' },
    ],
    published: true,
  },
  {
    key: 'dashboard-sociaal-domein-heerlen',
    title: 'Dashboard Sociaal Domein Heerlen: nu beschikbaar voor andere gemeenten',
    summary:
      'Ons dashboard voor het sociaal domein is af en draait sinds 2021 stabiel. Andere gemeenten kunnen het tegen een vaste jaarlijkse vergoeding overnemen.',
    what:
      'Heerlen heeft een dashboard gebouwd dat gegevens over Wmo, jeugdhulp en Participatiewet combineert tot overzichten per wijk en per regeling. Het product is volledig uitontwikkeld en wordt beheerd door ons eigen team. Er zijn geen verdere ontwikkelingen gepland.',
    goal:
      'Zoveel mogelijk gemeenten laten profiteren van wat wij al hebben gebouwd, en de beheerkosten delen.',
    deliverables:
      'Een werkend dashboard, installatie op uw eigen omgeving en jaarlijks onderhoud door ons team.',
    approach:
      'Gemeenten die interesse hebben, nemen contact op. Wij maken een offerte op basis van het aantal inwoners en verzorgen de installatie.',
    milestones: 'Doorlopend: aansluiten van nieuwe gemeenten.',
    themes: ['social_domain', 'operations', 'data_technology'],
    tags: ['dashboard', 'sociaal domein', 'wmo', 'jeugdhulp', 'stuurinformatie'],
    initiator: 'GM0917',
    initiatorUser: 'stefan-claes',
    contactName: 'Stefan Claes',
    contactEmail: 'stefan.claes@heerlen.example',
    participants: ['GM0928', 'GM0882', 'GM0899'],
    followers: ['hamid-karimi'],
    phase: 'scaling',
    status: 'running',
    purpose: 'convince',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-04-01',
    links: [{ label: 'Offerte aanvragen', url: 'https://example.org/heerlen/dashboard-sociaal-domein/offerte' }],
    published: true,
  },
];
