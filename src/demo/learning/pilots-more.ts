// SPDX-License-Identifier: EUPL-1.2
/** Learning demo content for four more pilots: address quality (scaling), youth panel (stopped), invoice mining (achieved), language model (idea). */
import type { DemoLearning } from './types.js';

export const adreskwaliteit: DemoLearning = {
  pilot: 'adreskwaliteit-tilburg',
  team: [
    { user: 'fatma-yilmaz', role: 'lead', tags: ['consolidating', 'integrator', 'internal'] },
    { user: 'bram-van-dijk', role: 'core', tags: ['innovating', 'critical'] },
    { user: 'johan-pauwels', role: 'shell', tags: ['external', 'connector'] },
    { user: 'dewi-sastro', role: 'supporter', tags: ['external', 'critical'] },
    { user: 'ellen-brink', role: 'coach', tags: [] },
  ],
  intake: {
    daysAgo: 716,
    learningGoals: 'Vinden we met een selectie op registratiegegevens meer onjuiste inschrijvingen per onderzoek dan met tips alleen? Leidt de selectie tot ongewenste verschillen tussen groepen inwoners?',
    scalingGoals: 'Een beschreven methode met een vaste toets op ongewenste effecten, beheerd door een werkgroep van de deelnemende gemeenten.',
    whyAndForWhom: 'Voor arbeidsmigranten die worden uitgebuit op overvolle adressen, en voor de teams burgerzaken die met dezelfde mensen meer willen bereiken.',
    monitoring: 'Percentage onderzoeken met een onjuiste inschrijving, per selectieregel; elk halfjaar een toets door de werkgroep met een externe deskundige.',
    userProblem: 'Op ons adres staan twaalf mensen ingeschreven die ik nooit heb gezien, en ik krijg hun post.',
    decisionMaker: 'Het afdelingshoofd publiekszaken',
    resultOwners: 'Team burgerzaken van elke deelnemende gemeente; de gezamenlijke werkgroep voor de methode',
    reflectionRhythmWeeks: 12,
  },
  theories: [
    { daysAgo: 714, input: 'Registratiegegevens uit de BRP en de BAG, signalen van het RIEC, twee adresonderzoekers.', activities: 'Adressen selecteren op een paar eenvoudige regels; onderzoeken; de selectie elk halfjaar toetsen.', output: 'Meer gevonden onjuiste inschrijvingen per onderzoek.', outcome: 'Betrouwbaardere BRP en minder uitbuiting op overvolle adressen.', impact: 'Minder fraude en betere bescherming van kwetsbare inwoners.', activitiesAssumption: 'Selectieregels zonder persoonskenmerken voorkomen discriminatie niet vanzelf; daarom de halfjaarlijkse toets.' },
  ],
  gates: [
    { daysAgo: 705, decision: 'go', publicValue: [4, 'Raakt fraude en uitbuiting.'], useValue: [4, 'Adresonderzoekers vragen om betere selectie.'], technicalApproach: [4, 'Eenvoudige regels op bestaande gegevens.'], cost: [5, 'Geen extra formatie.'], reason: 'Methode uitwerken met Dongen en Goirle.' },
    { daysAgo: 600, decision: 'go', publicValue: [4, 'Twee keer zoveel treffers per onderzoek.'], useValue: [5, 'Onderzoekers willen niet terug naar alleen tips.'], technicalApproach: [4, 'Selectie draait maandelijks.'], cost: [4, 'Zelfde aantal onderzoeken.'], reason: 'Opnemen in het werkproces burgerzaken.' },
    { daysAgo: 500, decision: 'go', publicValue: [5, 'Eerste toets laat geen ongewenste verschillen zien.'], useValue: [4, 'Tien gemeenten willen meedoen.'], technicalApproach: [4, 'Methode is beschreven.'], cost: [4, 'Werkgroep kost elke gemeente een paar uur per halfjaar.'], reason: 'Opschalen naar andere gemeenten via een gezamenlijke werkgroep.' },
  ],
  sessions: [
    { daysAgo: 260, lessonsLearned: 'Nieuwe gemeenten willen de selectieregels aanpassen; dan klopt de toets niet meer.', lessonsShared: 'In de werkgroep.', implications: 'Aanpassingen aan de regels lopen via de werkgroep.', whomToInvolve: 'De privacyfunctionarissen van de nieuwe gemeenten.', actions: [ { ref: 'wijzigingen', description: 'Procedure voor wijzigingen aan selectieregels vastleggen', owner: 'Bram van Dijk', dueAfterDays: 45 } ] },
    { daysAgo: 35, lessonsLearned: 'De toets door een externe deskundige geeft de gemeenteraden vertrouwen.', lessonsShared: 'Het toetsrapport staat op het platform.', implications: 'De toets blijft, ook na de pilot.', whomToInvolve: 'De gezamenlijke werkgroep, voor het beheer na december.', done: ['wijzigingen'], actions: [ { ref: 'beheer', description: 'Beheerafspraken voor de werkgroep opstellen', owner: 'Fatma Yılmaz', dueAfterDays: 60 } ] },
  ],
  barriers: { barriers: ['risk_avoidance', 'accountability'], helpful: [['risk_avoidance', 'contain_risk'], ['accountability', 'frame_as_experiment']], risks: ['stakeholder_harm', 'technocratic_dominance'] },
  lessons: [
    { daysAgo: 480, title: 'Laat de selectie elk halfjaar van buitenaf toetsen', body: 'Ook zonder persoonskenmerken kan een selectie bepaalde groepen vaker raken. Een halfjaarlijkse toets door een externe deskundige liet zien dat dat bij ons niet gebeurde, en gaf gemeenteraden het vertrouwen om mee te doen.', cluster: 'data_technology', phase: 'scaling', outcome: 'worked', published: true },
  ],
  adoptions: [
    { daysAgo: 450, user: 'rachid-amzil', adopterPilot: 'signalen-ondermijning-breda', note: 'Breda gebruikt de selectieregels voor adressen als een van de signalen in de aanpak van ondermijning.' },
    { daysAgo: 300, user: 'annelies-ter-horst', note: 'Enschede werkt sinds dit jaar met de methode en neemt deel aan de halfjaarlijkse toets.' },
  ],
};

export const jongerenpanel: DemoLearning = {
  pilot: 'jongerenpanel-ede',
  team: [
    { user: 'sem-veldhuis', role: 'lead', tags: ['enthusiastic', 'innovating'] },
    { user: 'marieke-zwart', role: 'shell', tags: ['critical', 'internal'] },
    { user: 'samira-benali', role: 'shell', tags: ['external', 'connector'] },
  ],
  intake: {
    daysAgo: 712,
    learningGoals: 'Doen jongeren maandelijks mee aan een kort digitaal panel? Over welke onderwerpen willen ze gevraagd worden?',
    scalingGoals: null,
    whyAndForWhom: 'Voor jongeren van 14 tot 23 die nu nauwelijks meepraten over plannen die hen raken.',
    monitoring: 'Deelname per ronde en een korte evaluatie met jongeren na de derde ronde.',
    userProblem: 'De gemeente vraagt nooit wat wij vinden, en als ze het vragen horen we er niets meer van.',
    decisionMaker: 'De wethouder jeugd',
    resultOwners: 'Team participatie',
    reflectionRhythmWeeks: 8,
  },
  gates: [
    { daysAgo: 700, decision: 'go', publicValue: [4, 'Jongeren zijn ondervertegenwoordigd in participatie.'], useValue: [3, 'Nog onduidelijk of afdelingen de uitkomsten gebruiken.'], technicalApproach: [4, 'Bestaand peilingsplatform.'], cost: [5, 'Laag.'], reason: 'Werven en drie rondes houden.' },
    { daysAgo: 620, decision: 'no_go', publicValue: [3, 'Het doel blijft belangrijk.'], useValue: [1, 'Deelname zakte van 380 naar 46.'], technicalApproach: [4, 'Het panel zelf werkte.'], cost: [2, 'Werving kost meer dan het oplevert.'], reason: 'Jongeren zagen niet wat er met hun antwoorden gebeurde. We stoppen en zetten in op een jongerenraad.' },
  ],
  closing: {
    daysAgo: 615,
    outcome: 'stopped',
    valueKinds: ['learning'],
    valueSize: 'limited',
    resultDecision: 'not_yet_usable',
    resultArgument: 'Een panel zonder terugkoppeling werkt niet. De ervaring gebruiken we bij het opzetten van de jongerenraad.',
    followThrough: [
      { carried: 'experience', destination: 'Jongerenraad Ede', carriedBy: 'Team participatie, met vaste terugkoppeling door de wethouder', direction: 'horizontal', reach: 'inside' },
    ],
  },
  sessions: [
    { daysAgo: 640, lessonsLearned: 'Na de tweede ronde haakte de helft af. Jongeren vroegen wat er met hun antwoorden was gedaan.', lessonsShared: 'Met Wageningen.', implications: 'Zonder terugkoppeling heeft een volgende ronde weinig zin.', whomToInvolve: 'De afdelingen die de vragen aanleverden.' },
  ],
  lessons: [
    { daysAgo: 610, title: 'Laat jongeren zien wat er met hun antwoorden gebeurt', body: 'De afdelingen die vragen aanleverden, koppelden niets terug. Jongeren haakten af. Spreek vooraf met elke afdeling af wanneer en hoe zij laten weten wat ze met de antwoorden doen.', cluster: 'collaboration', phase: 'development', outcome: 'did_not_work', published: true },
  ],
};

export const processMining: DemoLearning = {
  pilot: 'process-mining-facturen-apeldoorn',
  team: [
    { user: 'anouk-willems', role: 'lead', tags: ['consolidating', 'integrator', 'internal'] },
    { user: 'mila-de-groot', role: 'core', tags: ['external', 'innovating'] },
    { user: 'ria-scholten', role: 'shell', tags: ['internal', 'critical'] },
  ],
  intake: {
    daysAgo: 716,
    learningGoals: 'Waar blijven facturen hangen? Kan de concernaudit process mining zelf toepassen na de eerste analyse?',
    scalingGoals: 'De analyse opnemen in de jaarlijkse controle; Epe en Voorst doen dezelfde analyse.',
    whyAndForWhom: 'Voor kleine leveranciers die te lang op hun geld wachten, en voor de concernaudit.',
    monitoring: 'Percentage facturen betaald binnen 30 dagen, per budgethouder, elk kwartaal.',
    userProblem: 'Als zzp’er wacht ik soms twee maanden op betaling van de gemeente.',
    decisionMaker: 'De concerncontroller',
    resultOwners: 'De concernaudit en het team crediteuren',
    reflectionRhythmWeeks: 8,
  },
  gates: [
    { daysAgo: 700, decision: 'go', publicValue: [3, 'Sneller betalen helpt kleine leveranciers.'], useValue: [4, 'Crediteuren wil weten waar het vastloopt.'], technicalApproach: [4, 'Tijdstempels zijn beschikbaar.'], cost: [4, 'Eenmalige inhuur Datavonk.'], reason: 'Eerste analyse met Datavonk.' },
    { daysAgo: 610, decision: 'go', publicValue: [4, 'Knelpunt gevonden: goedkeuring bij budgethouders.'], useValue: [5, 'Nieuwe werkafspraken zijn snel ingevoerd.'], technicalApproach: [4, 'Concernaudit kan de analyse zelf herhalen.'], cost: [5, 'Geen verdere inhuur nodig.'], reason: 'Werkafspraken invoeren en de analyse overdragen aan de concernaudit.' },
  ],
  closing: {
    daysAgo: 540,
    outcome: 'achieved',
    valueKinds: ['internal_organisation'],
    valueSize: 'large',
    resultDecision: 'adopted',
    resultArgument: '92% van de facturen wordt binnen 30 dagen betaald. De concernaudit gebruikt process mining in de jaarlijkse controle.',
    followThrough: [
      { carried: 'pilot_method', destination: 'Jaarlijkse controle van de concernaudit', carriedBy: 'De auditor die de eerste analyse samen met Datavonk deed', direction: 'vertical', reach: 'inside' },
      { carried: 'innovation', destination: 'Epe en Voorst, met hetzelfde financiële systeem', carriedBy: 'Gezamenlijke analyse op hun eigen gegevens', direction: 'horizontal', reach: 'outside' },
    ],
  },
  lessons: [
    { daysAgo: 545, title: 'Laat de externe partij het werk overdragen, niet alleen opleveren', body: 'Datavonk deed de eerste analyse samen met een eigen auditor. Daardoor kon de concernaudit de herhaalmeting zelf doen en was er geen nieuwe opdracht nodig. Neem die overdracht op in de opdracht.', cluster: 'external_parties', phase: 'implementation', outcome: 'worked', published: true },
  ],
};

export const taalmodel: DemoLearning = {
  pilot: 'taalmodel-kcc-den-haag',
  team: [
    { user: 'esther-kok', role: 'lead', tags: ['enthusiastic', 'internal', 'connector'] },
    { user: 'hamid-karimi', role: 'core', tags: ['innovating', 'critical'] },
    { user: 'dewi-sastro', role: 'supporter', tags: ['external', 'critical'] },
  ],
  intake: {
    daysAgo: 320,
    learningGoals: 'Bespaart een conceptantwoord van een taalmodel KCC-medewerkers tijd, zonder dat de kwaliteit achteruitgaat? Onder welke voorwaarden is het verantwoord?',
    scalingGoals: null,
    whyAndForWhom: 'Voor inwoners die sneller een juist antwoord willen, en voor KCC-medewerkers die nu veel tijd kwijt zijn aan zoeken.',
    monitoring: 'Tijd per e-mail, aandeel concepten dat zonder grote aanpassing bruikbaar is, en een beoordeling van een steekproef door senior medewerkers.',
    userProblem: 'Ik stuur een vraag per mail en krijg na een week een antwoord dat niet over mijn situatie gaat.',
    decisionMaker: 'De directeur dienstverlening',
    resultOwners: 'Het KCC',
    reflectionRhythmWeeks: 6,
  },
  theories: [
    { daysAgo: 310, input: 'De kennisbank van het KCC, geanonimiseerde e-mails, een klein team met een privacyjurist.', activities: 'Voorwaarden beschrijven, daarna testen met geanonimiseerde e-mails.', output: 'Een advies over inzet en voorwaarden.', outcome: 'Een verantwoord besluit over wel of geen taalmodel in het KCC.', impact: 'Snellere en betere antwoorden voor inwoners.', activitiesAssumption: 'Het model gebruikt alleen de eigen kennisbank.', outputAssumption: 'Medewerkers controleren elk concept echt, ook als het goed lijkt.' },
  ],
  gates: [
    { daysAgo: 90, decision: 'go_back', publicValue: [4, 'Kan wachttijden flink verkorten.'], useValue: [3, 'Medewerkers zijn nieuwsgierig maar ook wantrouwig.'], technicalApproach: [2, 'Nog niet duidelijk waar het model draait en wie bij de gegevens kan.'], cost: [3, 'Licentiekosten onbekend.'], reason: 'Eerst de voorwaarden en risico’s beschrijven, daarna pas testen.' },
  ],
  sessions: [
    { daysAgo: 30, lessonsLearned: 'De Rijksdienst voor Digitale Dienstverlening had dezelfde vragen al uitgezocht; dat scheelde weken.', lessonsShared: 'Met Leidschendam-Voorburg.', implications: 'We hergebruiken hun voorwaarden en vullen alleen aan wat voor gemeenten anders is.', whomToInvolve: 'De ondernemingsraad, over de gevolgen voor het werk.', actions: [ { ref: 'or', description: 'Gesprek met de ondernemingsraad plannen', owner: 'Esther Kok', dueAfterDays: 21 } ] },
  ],
  barriers: { barriers: ['risk_avoidance', 'resistance'], helpful: [['risk_avoidance', 'frame_as_experiment'], ['resistance', 'define_workfloor_problem']], risks: ['stakeholder_harm', 'technocratic_dominance', 'security'] },
};
