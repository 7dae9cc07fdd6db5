// SPDX-License-Identifier: EUPL-1.2
import type { Theme } from '../../pilots/pilots.tables.js';

/**
 * The subjects synthetic pilots are about. Each topic holds Dutch noun phrases (with the compounds that
 * municipal texts are full of), problems, goals and tags, so generated pilots cluster the way real ones do
 * and search and similarity have realistic material to work on. Written for this generator.
 */
export interface Topic {
  readonly themes: readonly [Theme, ...Theme[]];
  /** Noun phrases that name the subject; the first letter is capitalised when used in a title. */
  readonly subjects: readonly string[];
  /** Clauses that describe the problem ("bewoners wachten maanden op …"). */
  readonly problems: readonly string[];
  /** Infinitive clauses that describe the aim ("de wachttijd … halveren"). */
  readonly goals: readonly string[];
  readonly tags: readonly string[];
}

export const topics: readonly Topic[] = [
  {
    themes: ['mobility', 'sustainability'],
    subjects: ['laadpalen', 'openbare laadinfrastructuur', 'slim laden', 'laadpleinen', 'snellaadpunten'],
    problems: ['bewoners wachten maanden op een openbare laadpaal', 'het stroomnet raakt in de avondpiek overbelast', 'laadpalen staan op plekken waar weinig vraag is'],
    goals: ['de wachttijd voor een laadpaal halveren', 'laadpunten plaatsen voordat de vraag ontstaat', 'de piekbelasting op het stroomnet verlagen'],
    tags: ['laadpalen', 'elektrisch rijden', 'netcongestie', 'laadinfrastructuur'],
  },
  {
    themes: ['mobility'],
    subjects: ['deelmobiliteit', 'mobiliteitshubs', 'deelfietsen', 'deelauto\'s in de wijk', 'buurtbussen'],
    problems: ['de parkeerdruk in oude wijken blijft stijgen', 'kleine kernen verliezen hun busverbinding', 'deelvoertuigen staan verkeerd geparkeerd'],
    goals: ['het autobezit in nieuwbouwwijken verlagen', 'bereikbaarheid van kleine kernen verbeteren', 'deelvervoer eerlijk over de stad verdelen'],
    tags: ['deelmobiliteit', 'mobiliteitshub', 'parkeren', 'openbaar vervoer'],
  },
  {
    themes: ['mobility', 'social_domain'],
    subjects: ['doelgroepenvervoer', 'leerlingenvervoer', 'Wmo-vervoer', 'vervoer op maat'],
    problems: ['de kosten van het doelgroepenvervoer lopen elk jaar op', 'reizigers zitten te lang in het busje', 'ritten worden slecht gecombineerd'],
    goals: ['ritten slimmer combineren', 'de reistijd voor kwetsbare reizigers verkorten', 'de kosten per rit beheersen'],
    tags: ['doelgroepenvervoer', 'leerlingenvervoer', 'ritplanning'],
  },
  {
    themes: ['mobility', 'safety'],
    subjects: ['verkeersveiligheid rond scholen', 'schoolzones', 'snelheidsremmende maatregelen', 'fietsveiligheid'],
    problems: ['ouders vinden de schoolroute onveilig', 'automobilisten rijden te hard in 30-kilometerzones', 'oudere fietsers raken vaker gewond'],
    goals: ['het aantal verkeersongevallen rond scholen verminderen', 'de gereden snelheid in woonwijken verlagen', 'meer kinderen zelfstandig naar school laten fietsen'],
    tags: ['verkeersveiligheid', 'schoolomgeving', 'fietsen', 'snelheid'],
  },
  {
    themes: ['social_domain'],
    subjects: ['schuldhulpverlening', 'vroegsignalering van schulden', 'budgetcoaching', 'schuldpreventie'],
    problems: ['inwoners vragen pas hulp als de schulden hoog zijn opgelopen', 'signalen van betalingsachterstanden blijven liggen', 'jongeren raken snel in de schulden'],
    goals: ['inwoners met geldzorgen eerder bereiken', 'de gemiddelde schuldenlast bij aanmelding verlagen', 'meer huishoudens duurzaam schuldenvrij maken'],
    tags: ['schulden', 'vroegsignalering', 'armoede', 'geldzorgen'],
  },
  {
    themes: ['social_domain'],
    subjects: ['eenzaamheid onder ouderen', 'ontmoetingsplekken in de wijk', 'burenhulp', 'maatjesprojecten'],
    problems: ['steeds meer ouderen voelen zich eenzaam', 'ouderen weten niet waar ze terechtkunnen', 'vrijwilligers zijn moeilijk te vinden'],
    goals: ['eenzaamheid eerder signaleren', 'meer ontmoeting in de buurt organiseren', 'vrijwilligers en hulpvragers sneller koppelen'],
    tags: ['eenzaamheid', 'ouderen', 'ontmoeting', 'vrijwilligers'],
  },
  {
    themes: ['social_domain'],
    subjects: ['jeugdhulp', 'wijkteams voor gezinnen', 'opvoedondersteuning', 'jeugdzorg dichtbij'],
    problems: ['wachtlijsten in de jeugdhulp worden langer', 'gezinnen krijgen met te veel hulpverleners te maken', 'de kosten van specialistische jeugdzorg stijgen'],
    goals: ['gezinnen sneller passende hulp bieden', 'één vast aanspreekpunt per gezin regelen', 'meer lichte ondersteuning in de wijk organiseren'],
    tags: ['jeugdhulp', 'gezinnen', 'wijkteam', 'jeugdwet'],
  },
  {
    themes: ['social_domain'],
    subjects: ['re-integratie', 'werkfit maken van bijstandsgerechtigden', 'leerwerkplekken', 'beschut werk'],
    problems: ['mensen in de bijstand vinden moeilijk een baan', 'werkgevers weten de gemeente niet te vinden', 'trajecten sluiten slecht aan op vacatures'],
    goals: ['meer mensen vanuit de bijstand aan het werk helpen', 'werkgevers en werkzoekenden sneller koppelen', 'trajecten beter laten aansluiten op de arbeidsmarkt'],
    tags: ['participatiewet', 'werk', 'bijstand', 'arbeidsmarkt'],
  },
  {
    themes: ['social_domain', 'service_delivery'],
    subjects: ['laaggeletterdheid', 'taalhuizen', 'digitale vaardigheden', 'begrijpelijke brieven'],
    problems: ['veel inwoners begrijpen gemeentelijke brieven niet', 'laaggeletterde inwoners lopen hulp mis', 'ouderen raken de digitale overheid kwijt'],
    goals: ['brieven herschrijven op taalniveau B1', 'laaggeletterdheid eerder herkennen aan de balie', 'inwoners helpen met digitale zaken'],
    tags: ['laaggeletterdheid', 'taal', 'digitale inclusie', 'B1'],
  },
  {
    themes: ['social_domain'],
    subjects: ['inburgering', 'huisvesting van statushouders', 'taalcoaching voor nieuwkomers'],
    problems: ['statushouders wachten lang op een woning', 'inburgeraars komen weinig in contact met buurtbewoners', 'het leerplan sluit niet aan bij werk'],
    goals: ['statushouders sneller laten meedoen', 'taal en werk combineren', 'de begeleiding per inburgeraar persoonlijker maken'],
    tags: ['inburgering', 'statushouders', 'nieuwkomers'],
  },
  {
    themes: ['social_domain'],
    subjects: ['mantelzorgondersteuning', 'respijtzorg', 'dagbesteding', 'langer thuis wonen'],
    problems: ['mantelzorgers raken overbelast', 'ouderen kunnen niet lang genoeg thuis blijven wonen', 'zorgtechnologie wordt weinig gebruikt'],
    goals: ['mantelzorgers tijdig ontlasten', 'ouderen langer zelfstandig laten wonen', 'zorgtechnologie in de thuissituatie beproeven'],
    tags: ['mantelzorg', 'wmo', 'zorgtechnologie', 'ouderen'],
  },
  {
    themes: ['public_space'],
    subjects: ['afvalinzameling', 'ondergrondse containers', 'bijplaatsingen', 'zwerfafval'],
    problems: ['containers raken vol voordat ze worden geleegd', 'bewoners zetten afval naast de container', 'zwerfafval in parken neemt toe'],
    goals: ['containers legen op basis van vulgraad', 'bijplaatsingen met de helft verminderen', 'meer afval gescheiden inzamelen'],
    tags: ['afval', 'containers', 'zwerfafval', 'vulgraadsensoren'],
  },
  {
    themes: ['public_space', 'sustainability'],
    subjects: ['klimaatadaptatie', 'hittestress in de wijk', 'regenwaterberging', 'tegelwippen', 'groene schoolpleinen'],
    problems: ['bij hoosbuien lopen straten en kelders onder water', 'versteende wijken worden in de zomer te heet', 'bewoners weten niet hoe ze hun tuin kunnen vergroenen'],
    goals: ['meer regenwater in de wijk vasthouden', 'hittestress in versteende buurten verminderen', 'bewoners helpen hun tuin te vergroenen'],
    tags: ['klimaatadaptatie', 'hittestress', 'wateroverlast', 'vergroening'],
  },
  {
    themes: ['public_space'],
    subjects: ['meldingen openbare ruimte', 'beheer van bomen', 'straatverlichting', 'onderhoud van bruggen en kades'],
    problems: ['meldingen over de openbare ruimte worden traag afgehandeld', 'oude kades en bruggen zijn in slechte staat', 'onderhoud gebeurt op vaste momenten in plaats van op basis van de staat'],
    goals: ['meldingen sneller en beter afhandelen', 'onderhoud plannen op basis van sensordata', 'storingen voorspellen voordat ze optreden'],
    tags: ['beheer openbare ruimte', 'meldingen', 'onderhoud', 'sensoren'],
  },
  {
    themes: ['safety'],
    subjects: ['ondermijning', 'zorg en veiligheid', 'woonoverlast', 'jeugdoverlast'],
    problems: ['signalen van ondermijning worden niet gedeeld', 'overlast in portiekflats houdt aan', 'groepen jongeren veroorzaken overlast in het centrum'],
    goals: ['signalen van ondermijning beter bundelen', 'woonoverlast eerder en samen met de corporatie aanpakken', 'jongeren een alternatief bieden'],
    tags: ['ondermijning', 'overlast', 'veiligheid', 'zorg en veiligheid'],
  },
  {
    themes: ['safety', 'data_technology'],
    subjects: ['cameratoezicht', 'crowd management bij evenementen', 'brandveiligheid', 'cybersecurity'],
    problems: ['drukte bij evenementen is slecht te voorspellen', 'medewerkers trappen in phishingmails', 'de brandweer heeft geen actueel beeld van risicovolle panden'],
    goals: ['drukte voorspellen en bezoekers tijdig omleiden', 'medewerkers weerbaarder maken tegen phishing', 'risicovolle panden eerder in beeld hebben'],
    tags: ['cybersecurity', 'evenementen', 'brandveiligheid', 'drukte'],
  },
  {
    themes: ['service_delivery'],
    subjects: ['digitale dienstverlening', 'de gemeentelijke website', 'online afspraken maken', 'de chatbot van de gemeente'],
    problems: ['inwoners bellen vaak over de status van hun aanvraag', 'de website is moeilijk te doorzoeken', 'het klantcontactcentrum is overbelast'],
    goals: ['inwoners zelf de status van hun aanvraag laten volgen', 'veelgestelde vragen direct online beantwoorden', 'het aantal herhaalde telefoontjes verminderen'],
    tags: ['dienstverlening', 'klantcontact', 'website', 'chatbot'],
  },
  {
    themes: ['service_delivery', 'democracy'],
    subjects: ['de balie in de wijk', 'proactieve dienstverlening', 'toeslagen en regelingen zonder aanvraag', 'één loket voor ondernemers'],
    problems: ['inwoners maken geen gebruik van regelingen waar ze recht op hebben', 'ondernemers moeten bij veel loketten langs', 'inwoners moeten dezelfde gegevens steeds opnieuw aanleveren'],
    goals: ['inwoners automatisch wijzen op regelingen', 'ondernemers met één aanvraag helpen', 'gegevens maar één keer uitvragen'],
    tags: ['proactief', 'regelingen', 'ondernemers', 'niet-gebruik'],
  },
  {
    themes: ['operations', 'data_technology'],
    subjects: ['zaakgericht werken', 'de archivering van e-mail', 'informatiebeheer', 'Common Ground-componenten'],
    problems: ['documenten zijn verspreid over netwerkschijven', 'koppelingen tussen applicaties zijn duur en kwetsbaar', 'e-mail wordt niet duurzaam bewaard'],
    goals: ['informatie op één plek vindbaar maken', 'applicaties loskoppelen van de gegevens', 'de archiefwet eenvoudiger naleven'],
    tags: ['informatiebeheer', 'common ground', 'archivering', 'zaakgericht werken'],
  },
  {
    themes: ['operations'],
    subjects: ['inkoop en aanbesteding', 'de factuurverwerking', 'belastingheffing', 'kwijtschelding'],
    problems: ['facturen blijven te lang liggen', 'kwijtscheldingsverzoeken kosten veel handwerk', 'aanbestedingen trekken weinig inschrijvers'],
    goals: ['facturen binnen dertig dagen betalen', 'kwijtschelding automatisch toetsen', 'lokale ondernemers vaker laten meedingen'],
    tags: ['inkoop', 'belastingen', 'kwijtschelding', 'financien'],
  },
  {
    themes: ['operations'],
    subjects: ['hybride werken', 'strategische personeelsplanning', 'het inwerken van nieuwe medewerkers', 'een interne talentenpool'],
    problems: ['vacatures voor ICT en techniek blijven lang open', 'nieuwe medewerkers vertrekken binnen een jaar', 'kennis gaat verloren als ervaren collega\'s met pensioen gaan'],
    goals: ['vacatures sneller vullen', 'nieuwe medewerkers beter laten landen', 'kennis van vertrekkende collega\'s vastleggen'],
    tags: ['personeel', 'arbeidsmarkt', 'hr', 'kennisdeling'],
  },
];
