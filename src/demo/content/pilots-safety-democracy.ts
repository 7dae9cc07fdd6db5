// SPDX-License-Identifier: EUPL-1.2
/** Demo pilots on safety (ondermijning, address quality) and democracy (participation budgets, citizens' assemblies). */
import type { DemoPilot } from './types.js';

export const safetyDemocracyPilots: DemoPilot[] = [
  {
    key: 'signalen-ondermijning-breda',
    title: 'Signalen van ondermijning bijeenbrengen in één overzicht',
    summary:
      'Breda brengt signalen over mogelijke ondermijning uit vergunningen, handhaving, meldingen en het RIEC samen in één beveiligd overzicht per adres en per gebied, zodat analisten sneller zien waar meerdere signalen samenkomen.',
    what:
      'Signalen over ondermijning liggen verspreid over afdelingen: een Bibob-toets hier, een melding over een leegstaand pand daar, een controle van de horeca ergens anders. Analisten moesten alles met de hand opvragen. We bouwen een overzicht waarin bevoegde medewerkers per adres en per wijk zien welke signalen er zijn, zonder dat gegevens zomaar gedeeld worden.',
    goal:
      'Sneller en beter onderbouwd besluiten over integrale controles, met een aantoonbaar zorgvuldige omgang met persoonsgegevens. We meten de doorlooptijd van signaal tot besluit over een controle.',
    deliverables:
      'Een overzicht met strikte autorisaties, een register van gebruikte bronnen met de juridische grondslag per bron, werkinstructies voor analisten en een evaluatie na een jaar gebruik.',
    approach:
      'Analisten, de privacyjurist en het RIEC zijn vanaf het begin betrokken. Elke nieuwe bron gaat eerst langs de privacyjurist. Tilburg, \'s-Hertogenbosch, Oss en Meierijstad gebruiken dezelfde opzet met hun eigen bronnen en delen ervaringen in een maandelijks overleg.',
    milestones:
      'April 2024: start. Oktober 2024: eerste versie met vier bronnen. Maart 2025: in gebruik bij de afdeling Veiligheid. September 2025: de vier andere gemeenten werken met dezelfde opzet. September 2026: evaluatie.',
    themes: ['safety', 'data_technology'],
    tags: ['ondermijning', 'signalen', 'bibob', 'riec', 'integrale controles'],
    initiator: 'GM0758',
    initiatorUser: 'rachid-amzil',
    contactName: 'Rachid Amzil',
    contactEmail: 'rachid.amzil@breda.example',
    participants: ['GM0855', 'GM0796', 'GM0828', 'GM1948', 'riec-maas-kempen'],
    followers: ['annelies-ter-horst', 'yvonne-smeets', 'dewi-sastro', 'lotte-vermeulen'],
    phase: 'implementation',
    status: 'running',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'system',
    startDate: '2024-04-01',
    plannedEndDate: '2026-09-30',
    links: [{ label: 'Bronnenregister en grondslagen', url: 'https://example.org/pilots/ondermijning-breda/bronnen' }],
    published: true,
  },
  {
    key: 'adreskwaliteit-tilburg',
    title: 'Adreskwaliteit: gericht onderzoek naar onjuiste inschrijvingen in de BRP',
    summary:
      'Tilburg ontwikkelde een werkwijze om adressen te selecteren waar de inschrijving in de BRP waarschijnlijk niet klopt, bijvoorbeeld bij overbewoning of schijninschrijving. Drieëntwintig andere gemeenten werken er inmiddels mee.',
    what:
      'Onjuiste adressen in de Basisregistratie Personen leiden tot fraude, uitbuiting van arbeidsmigranten en verkeerde uitkeringen. Adresonderzoeken kosten veel tijd en werden vooral gestart na tips. We selecteren adressen op basis van registratiegegevens, zoals het aantal ingeschrevenen in verhouding tot de woonoppervlakte en veel wisselingen in korte tijd.',
    goal:
      'Meer onjuiste inschrijvingen vinden met hetzelfde aantal onderzoeken, zonder dat de selectie leidt tot discriminatie. Persoonskenmerken als nationaliteit of geboorteland worden niet gebruikt.',
    deliverables:
      'Een beschreven selectiemethode met een toets op ongewenste effecten, een handreiking voor het adresonderzoek, een vermelding in het algoritmeregister en een vergelijking van de trefkans met onderzoeken op basis van tips.',
    approach:
      'Tilburg ontwikkelde de methode met Dongen en Goirle; daarna sloten andere gemeenten aan. Elk halfjaar controleert een werkgroep met een externe deskundige de selectie op onbedoelde verschillen tussen groepen. Het RIEC levert signalen over uitbuiting.',
    milestones:
      'Januari 2024: methode beschreven en getoetst. Juni 2024: tien gemeenten in gebruik. Maart 2025: eerste toets op ongewenste effecten gepubliceerd. December 2025: vierentwintig gemeenten in totaal. December 2026: evaluatie en overdracht van het beheer naar een gezamenlijke werkgroep.',
    themes: ['safety', 'service_delivery', 'data_technology'],
    tags: ['brp', 'adreskwaliteit', 'adresfraude', 'overbewoning', 'basisregistraties'],
    initiator: 'GM0855',
    initiatorUser: 'fatma-yilmaz',
    contactName: 'Fatma Yılmaz',
    contactEmail: 'fatma.yilmaz@tilburg.example',
    participants: [
      'GM0758', 'GM0796', 'GM0772', 'GM0828', 'GM0766', 'GM0784', 'GM0785', 'GM0824', 'GM0867', 'GM0505',
      'GM0599', 'GM0518', 'GM0344', 'GM0363', 'GM0014', 'GM0080', 'GM0153', 'GM0202', 'GM0935', 'GM0983',
      'GM0034', 'GM0995', 'GM0687', 'riec-maas-kempen',
    ],
    followers: [
      'dewi-sastro', 'yvonne-smeets', 'lotte-vermeulen', 'yusuf-demir', 'leila-haddou', 'ellen-brink', 'stefan-claes',
      'marieke-zwart', 'ayse-kaya',
    ],
    phase: 'scaling',
    status: 'running',
    purpose: 'implement',
    object: 'process',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-01-15',
    plannedEndDate: '2026-12-31',
    links: [
      { label: 'Beschrijving selectiemethode', url: 'https://example.org/pilots/adreskwaliteit/methode' },
      { label: 'Toets op ongewenste effecten 2025', url: 'https://example.org/pilots/adreskwaliteit/toets-2025.pdf' },
    ],
    published: true,
  },
  {
    key: 'veiligheidsmonitor-enschede',
    title: 'Veiligheidsmonitor per wijk',
    summary:
      'Enschede maakte een veiligheidsmonitor die per wijk misdrijven, overlast, meldingen en de veiligheidsbeleving laat zien. Afgerond: de monitor wordt nu elk kwartaal gebruikt in het wijkoverleg.',
    what:
      'Het veiligheidsbeleid was vooral stadsbreed, terwijl de problemen per wijk sterk verschillen. De burgemeester wilde meer zicht per gebied. We hebben politiecijfers, meldingen openbare ruimte en enquêteresultaten samengebracht in één monitor.',
    goal:
      'Gebiedsgericht werken aan veiligheid, met afspraken per wijk die op cijfers en op kennis van de wijkagent en wijkregisseur zijn gebaseerd.',
    deliverables:
      'Een monitor met twaalf indicatoren per wijk, een kwartaalrapportage en een werkwijze voor het bespreken ervan in het wijkoverleg.',
    approach:
      'Samen met de politie, de wijkregisseurs en de afdeling onderzoek. Hengelo en Almelo keken mee en gebruiken dezelfde indicatoren.',
    milestones:
      'Januari 2024: start. Juni 2024: eerste versie. Oktober 2024: eerste kwartaalrapportage in het wijkoverleg. Maart 2025: evaluatie en overdracht aan de afdeling onderzoek.',
    themes: ['safety', 'data_technology'],
    tags: ['veiligheid', 'wijkmonitor', 'gebiedsgericht werken', 'dashboard', 'overlast'],
    initiator: 'GM0153',
    initiatorUser: 'annelies-ter-horst',
    contactName: 'Annelies ter Horst',
    contactEmail: 'annelies.terhorst@enschede.example',
    participants: ['GM0164', 'GM0141'],
    followers: ['rachid-amzil', 'bart-schouten'],
    phase: 'implementation',
    status: 'completed',
    purpose: 'implement',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-01-02',
    plannedEndDate: '2025-03-31',
    links: [],
    published: true,
  },
  {
    key: 'vakantieparken-peel-en-maas',
    title: 'Vakantieparken: misstanden samen met eigenaren voorkomen',
    summary:
      'Vier Noord-Limburgse gemeenten werken met eigenaren van vakantieparken aan afspraken over toezicht, registratie van bewoners en huisvesting van arbeidsmigranten, om criminaliteit en onveilige woonsituaties te voorkomen.',
    what:
      'Op een aantal verouderde vakantieparken wonen mensen permanent, soms in slechte omstandigheden, en vinden we signalen van criminaliteit. Handhaven per park kost veel en verplaatst problemen. We proberen een andere aanpak: een convenant met eigenaren, met een gezamenlijke registratie en vaste controlemomenten.',
    goal:
      'Binnen twee jaar op alle deelnemende parken een actuele registratie van wie er verblijft, en minder meldingen van onveilige situaties.',
    deliverables:
      'Een convenant, een eenvoudig registratiesysteem voor parkeigenaren, een gezamenlijk controleschema en een verslag van wat werkte.',
    approach:
      'We beginnen met zes parken waarvan de eigenaren willen meewerken. Het RIEC helpt bij het duiden van signalen. Venray, Leudal en Nederweert werken met dezelfde afspraken.',
    milestones:
      'Februari 2025: start. Juni 2025: convenant getekend door zes parken. December 2025: registratie in gebruik. December 2026: evaluatie.',
    themes: ['safety', 'spatial_planning'],
    tags: ['vakantieparken', 'ondermijning', 'arbeidsmigranten', 'permanente bewoning', 'toezicht'],
    initiator: 'GM1894',
    initiatorUser: 'yvonne-smeets',
    contactName: 'Yvonne Smeets',
    contactEmail: 'yvonne.smeets@peelenmaas.example',
    participants: ['GM0984', 'GM1640', 'GM0946', 'riec-maas-kempen'],
    followers: ['rachid-amzil', 'bart-schouten', 'klaas-schipper'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'organisational',
    degree: 'incremental',
    startDate: '2025-02-01',
    plannedEndDate: '2026-12-31',
    links: [],
    published: true,
  },
  {
    key: 'buurtbudget-utrecht',
    title: 'Buurtbudget: bewoners beslissen zelf over een deel van het wijkgeld',
    summary:
      'In vier Utrechtse buurten bepalen bewoners via een stemronde hoe € 200.000 per buurt wordt besteed. Voorstellen komen van bewoners zelf en worden vooraf op haalbaarheid getoetst door de gemeente.',
    what:
      'Participatief begroten: bewoners dienen ideeën in voor hun buurt, een bewonerscommissie maakt samen met de gemeente een shortlist, en alle bewoners vanaf 12 jaar mogen stemmen. De winnende plannen worden binnen een jaar uitgevoerd.',
    goal:
      'Meer bewoners betrekken bij keuzes over hun buurt, vooral mensen die nooit naar inspraakavonden komen. We meten opkomst en de samenstelling van de stemmers.',
    deliverables:
      'Per buurt een stemronde en uitgevoerde projecten, een handboek voor de werkwijze en een evaluatie met aanbevelingen voor de gemeenteraad.',
    approach:
      'Stemmen kan online en op papier in buurthuizen en bibliotheken. Buurtbegroot levert het online stemplatform. Zeist volgt de aanpak in één wijk.',
    milestones:
      'Mei 2024: eerste buurt. Oktober 2024: eerste stemronde (opkomst 14%). Voorjaar 2025: drie buurten erbij. Juni 2026: evaluatie en raadsvoorstel over voortzetting.',
    themes: ['democracy', 'public_space'],
    tags: ['participatief begroten', 'buurtbudget', 'bewonersparticipatie', 'wijkbudget', 'stemmen'],
    initiator: 'GM0344',
    initiatorUser: 'priya-ramdin',
    contactName: 'Priya Ramdin',
    contactEmail: 'priya.ramdin@utrecht.example',
    participants: ['GM0355', 'buurtbegroot'],
    followers: ['charlotte-van-rijn', 'pieter-de-vries', 'grietje-wiersma', 'joris-van-den-berg'],
    phase: 'implementation',
    status: 'running',
    purpose: 'implement',
    object: 'policy',
    degree: 'radical',
    startDate: '2024-05-01',
    plannedEndDate: '2026-06-30',
    links: [{ label: 'Uitslagen stemrondes', url: 'https://example.org/pilots/buurtbudget-utrecht/uitslagen' }],
    published: true,
  },
  {
    key: 'burgerbegroting-haarlem',
    title: 'Burgerbegroting voor het onderhoud van pleinen en parken',
    summary:
      'Een gelote groep Haarlemmers stelt voor hoe een deel van het onderhoudsbudget voor de openbare ruimte wordt verdeeld. De gemeenteraad neemt het advies mee in de begroting.',
    what:
      'Bij het onderhoud van de openbare ruimte moeten steeds keuzes worden gemaakt: eerst de stoep of eerst het speeltoestel? In deze proef adviseert een gelote groep van veertig inwoners over de verdeling van € 1,2 miljoen. Zij krijgen uitleg van beheerders en bezoeken zelf locaties.',
    goal:
      'Laten zien dat inwoners zinvolle afwegingen kunnen maken over de begroting, en dat de raad en de ambtelijke organisatie zo\'n advies serieus kunnen verwerken.',
    deliverables:
      'Vier bijeenkomsten, een advies van de gelote groep, een reactie van het college en een evaluatie van het proces met deelnemers en raadsleden.',
    approach:
      'Loting via de BRP, met aanvullende werving om de groep divers te maken. Heemstede en Bloemendaal volgen de proef en overwegen een vergelijkbare opzet.',
    milestones:
      'April 2025: loting. September tot november 2025: bijeenkomsten. Januari 2026: advies. Juni 2026: verwerkt in de voorjaarsnota. November 2026: evaluatie.',
    themes: ['democracy', 'public_space'],
    tags: ['burgerbegroting', 'participatie', 'openbare ruimte', 'loting', 'begroting'],
    initiator: 'GM0392',
    initiatorUser: 'charlotte-van-rijn',
    contactName: 'Charlotte van Rijn',
    contactEmail: 'charlotte.vanrijn@haarlem.example',
    participants: ['GM0397', 'GM0377'],
    followers: ['priya-ramdin', 'grietje-wiersma'],
    phase: 'development',
    status: 'running',
    purpose: 'test',
    object: 'policy',
    degree: 'incremental',
    startDate: '2025-04-01',
    plannedEndDate: '2026-11-30',
    links: [],
    published: true,
  },
  {
    key: 'dorpsbudgetten-sudwest-fryslan',
    title: 'Dorpsbudgetten: kleine kernen verdelen zelf hun leefbaarheidsgeld',
    summary:
      'Súdwest-Fryslân heeft ruim tachtig dorpen. We verkennen of dorpsbelangen zelf een vast jaarbudget kunnen verdelen, in plaats van voor elk initiatief subsidie aan te vragen.',
    what:
      'Dorpen vragen nu per project subsidie aan voor bijvoorbeeld een speeltuin, een AED of een dorpsfeest. Dat kost vrijwilligers en ambtenaren veel tijd. Het idee is een dorpsbudget per inwoner, waarover het dorp zelf beslist, met een eenvoudige verantwoording achteraf.',
    goal: 'Een uitgewerkt voorstel met spelregels die de gemeenteraad kan vaststellen, getoetst bij vijf dorpen.',
    deliverables: 'Spelregels, een verantwoordingsformulier van één pagina en een advies over de hoogte van het budget.',
    approach:
      'Gesprekken met vijf dorpsbelangen van verschillende grootte. De Fryske Marren en Waadhoeke denken mee; zij werken al met een vorm van dorpsbudget.',
    milestones: 'Januari 2026: start gesprekken. Juni 2026: conceptspelregels. Najaar 2026: raadsvoorstel.',
    themes: ['democracy', 'social_domain'],
    tags: ['dorpsbudget', 'kleine kernen', 'leefbaarheid', 'participatief begroten', 'dorpsbelang'],
    initiator: 'GM1900',
    initiatorUser: 'pieter-de-vries',
    contactName: 'Pieter de Vries',
    contactEmail: 'pieter.devries@sudwestfryslan.example',
    participants: ['GM1940', 'GM1949'],
    followers: ['priya-ramdin', 'charlotte-van-rijn', 'grietje-wiersma'],
    phase: 'idea',
    status: 'running',
    object: 'policy',
    startDate: '2026-01-12',
    plannedEndDate: '2027-06-30',
    links: [],
    published: true,
  },
  {
    key: 'burgerberaad-energie-het-hogeland',
    title: 'Gelote inwoners adviseren over de energietransitie',
    summary:
      'Een burgerberaad van vijftig gelote inwoners van Het Hogeland adviseerde de gemeenteraad over zon- en windprojecten en het gebruik van de opbrengsten. Afgerond; de raad heeft het advies grotendeels overgenomen.',
    what:
      'Over wind- en zonneparken is veel onrust. De raad wilde horen wat inwoners vinden als ze de tijd krijgen om zich goed te informeren, niet alleen wat de luidste stemmen zeggen. Het burgerberaad kwam zes zaterdagen bijeen en hoorde deskundigen, voor- en tegenstanders.',
    goal: 'Een gedragen advies aan de raad, en ervaring met burgerberaden voor toekomstige vraagstukken.',
    deliverables:
      'Een advies met vijftien aanbevelingen, een reactie van de raad per aanbeveling en een evaluatie door het Kenniscentrum Publieke Innovatie.',
    approach:
      'Onafhankelijke procesbegeleiding, loting met een correctie op leeftijd en dorp, een vergoeding voor deelnemers en kinderopvang tijdens de bijeenkomsten. Westerkwartier keek mee.',
    milestones:
      'Februari 2024: loting. April tot juni 2024: zes bijeenkomsten. September 2024: advies aan de raad. Januari 2025: raadsbesluit en evaluatie.',
    themes: ['democracy', 'sustainability'],
    tags: ['burgerberaad', 'loting', 'energietransitie', 'windenergie', 'advies'],
    initiator: 'GM1966',
    initiatorUser: 'grietje-wiersma',
    contactName: 'Grietje Wiersma',
    contactEmail: 'grietje.wiersma@hethogeland.example',
    participants: ['GM1969', 'kenniscentrum-publieke-innovatie'],
    followers: ['charlotte-van-rijn', 'wouter-janssen', 'priya-ramdin', 'pieter-de-vries', 'ilse-verbruggen'],
    phase: 'implementation',
    status: 'completed',
    purpose: 'convince',
    object: 'policy',
    degree: 'radical',
    startDate: '2024-02-01',
    plannedEndDate: '2025-01-31',
    links: [
      { label: 'Advies van het burgerberaad', url: 'https://example.org/pilots/burgerberaad-hogeland/advies.pdf' },
      { label: 'Evaluatie', url: 'https://example.org/pilots/burgerberaad-hogeland/evaluatie' },
    ],
    published: true,
  },
  {
    key: 'jongerenpanel-ede',
    title: 'Digitaal jongerenpanel: elke maand drie vragen aan jongeren',
    summary:
      'Ede stelde jongeren van 14 tot 23 elke maand drie vragen via hun telefoon. Na drie rondes gestopt wegens teruglopende deelname.',
    what:
      'Jongeren zijn weinig betrokken bij gemeentelijke plannen. Een kort digitaal panel moest het makkelijk maken hun mening te geven over onderwerpen als sport, uitgaan en woonruimte.',
    goal: 'Een vast panel van minstens 300 jongeren dat maandelijks reageert.',
    deliverables: 'Het panel, maandelijkse uitkomsten en een terugkoppeling aan de jongeren.',
    approach: 'Werving via scholen, jongerenwerk en sociale media. Wageningen deed mee met een eigen groep.',
    milestones:
      'Maart 2024: werving. Mei 2024: eerste ronde. September 2024: derde ronde. December 2024: besluit om te stoppen.',
    themes: ['democracy', 'social_domain'],
    tags: ['jongeren', 'jongerenparticipatie', 'panel', 'peiling', 'enquête'],
    initiator: 'GM0228',
    initiatorUser: 'sem-veldhuis',
    contactName: 'Sem Veldhuis',
    contactEmail: 'sem.veldhuis@ede.example',
    participants: ['GM0289'],
    followers: ['charlotte-van-rijn'],
    phase: 'development',
    status: 'stopped',
    statusReason:
      'Aan de eerste ronde deden 380 jongeren mee, aan de derde nog 46. Jongeren zagen niet wat er met hun antwoorden gebeurde. We stoppen met het panel en kiezen voor een jongerenraad die zelf onderwerpen agendeert en direct terugkoppeling krijgt van de wethouder.',
    purpose: 'test',
    object: 'product_service',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-03-01',
    plannedEndDate: '2024-12-31',
    links: [],
    published: true,
  },
  {
    key: 'raadsvoorstellen-begrijpelijk-haarlem',
    title: 'Raadsvoorstellen met een samenvatting in begrijpelijke taal',
    summary:
      'Bij elk raadsvoorstel een samenvatting van een halve pagina op B1-niveau, zodat inwoners kunnen volgen waarover de raad beslist. De pilot staat stil.',
    what:
      'Raadsvoorstellen zijn lang en lastig leesbaar, ook voor raadsleden. In de pilot schrijven ambtenaren bij elk voorstel een korte samenvatting in begrijpelijke taal, die bovenaan het voorstel en op de website komt.',
    goal:
      'Meer inwoners die raadsstukken lezen en begrijpen. We meten het aantal keer dat samenvattingen worden gelezen en vragen raadsleden en inwoners naar hun ervaring.',
    deliverables: 'Een schrijfwijzer, een training voor ambtenaren en een evaluatie na een half jaar.',
    approach:
      'De griffie begeleidt de ambtenaren en controleert de samenvattingen. Haarlemmermeer en Velsen doen met een paar voorstellen mee. Het Instituut voor Lokaal Bestuur doet de evaluatie.',
    milestones:
      'September 2024: schrijfwijzer klaar. November 2024: training. Januari tot mei 2025: samenvattingen bij alle voorstellen. Hervatting na aanstelling nieuwe trekker.',
    themes: ['democracy', 'service_delivery'],
    tags: ['begrijpelijke taal', 'b1', 'raadsvoorstellen', 'gemeenteraad', 'griffie'],
    initiator: 'GM0392',
    initiatorUser: 'charlotte-van-rijn',
    contactName: 'Charlotte van Rijn',
    contactEmail: 'charlotte.vanrijn@haarlem.example',
    participants: ['GM0394', 'GM0453', 'instituut-lokaal-bestuur'],
    followers: ['grietje-wiersma', 'esther-kok'],
    phase: 'development',
    status: 'on_hold',
    statusReason:
      'De griffiemedewerker die de pilot trok is vertrokken en de vacature is nog niet vervuld. Ook wil het presidium eerst bespreken wie inhoudelijk verantwoordelijk is voor de samenvattingen. We gaan verder zodra er een nieuwe trekker is.',
    purpose: 'test',
    object: 'process',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-09-01',
    plannedEndDate: '2026-03-31',
    links: [{ label: 'Schrijfwijzer samenvattingen', url: 'https://example.org/pilots/raadsvoorstellen-b1/schrijfwijzer' }],
    published: true,
  },
  {
    key: 'kinderen-programmeren-verlichting',
    title: 'Kinderen programmeren de lichtjes op het marktplein',
    summary:
      'Basisschoolleerlingen schrijven in de weken voor de feestdagen zelf de code die de verlichting van de gemeentelijke kerstboom of het marktplein aanstuurt. De stichting zoekt per gemeente een plein en een paar scholen.',
    what:
      'Stichting Codeklas geeft programmeerlessen op basisscholen. Kinderen vinden het spannender als hun code iets echts doet. Gemeenten hebben de pleinen en de verlichting; scholen en bibliotheken de kinderen. Elke avond draait een ander lichtprogramma dat door een klas is gemaakt.',
    goal:
      'Kinderen laten ervaren dat programmeren iets zichtbaars oplevert in hun eigen dorp of stad, en gemeenten een concrete manier bieden om aan digitale vaardigheden te werken. In 2025 willen we 15 gemeenten en 120 klassen bereiken.',
    deliverables:
      'Een lespakket van vier lessen, een kastje dat op bestaande ledverlichting wordt aangesloten, een handleiding voor de technische dienst van de gemeente en een jaarlijkse terugblik.',
    approach:
      'De gemeente regelt de verlichting en de aansluiting, de bibliotheek de contacten met scholen, en vrijwilligers van de stichting geven de lessen. Na elke editie evalueren we met leerkrachten en de deelnemende gemeenten.',
    milestones:
      'September 2024: werving gemeenten. December 2024: eerste editie in zes gemeenten. December 2025: tweede editie in zestien gemeenten. Januari 2026: terugblik en besluit over een vaste vorm.',
    themes: ['social_domain', 'data_technology'],
    tags: ['programmeren', 'onderwijs', 'digitale vaardigheden', 'basisschool', 'verlichting'],
    initiator: 'stichting-codeklas',
    initiatorUser: 'samira-benali',
    contactName: 'Samira Benali',
    contactEmail: 'samira.benali@codeklas.example',
    participants: [
      'GM0074', 'GM0119', 'GM0166', 'GM0243', 'GM0281', 'GM0345', 'GM0402', 'GM0405', 'GM0513', 'GM0664',
      'GM0748', 'GM0794', 'GM0957', 'GM0988', 'GM1900', 'GM0050', 'bibliotheek-leeswolk',
    ],
    followers: ['yusuf-demir', 'sem-veldhuis', 'naomi-pinas', 'joris-van-den-berg', 'ilse-verbruggen', 'harm-bos'],
    phase: 'scaling',
    status: 'running',
    purpose: 'convince',
    object: 'social',
    degree: 'incremental',
    level: 'application',
    startDate: '2024-09-01',
    plannedEndDate: '2026-01-31',
    links: [{ label: 'Lespakket', url: 'https://example.org/pilots/codeklas-verlichting/lespakket' }],
    published: true,
  },
];
