// SPDX-License-Identifier: EUPL-1.2
/** Learning demo content for two care pilots: the calling circles (continued as regular work) and the Wmo model (on hold). */
import type { DemoLearning } from './types.js';

export const belcirkel: DemoLearning = {
  pilot: 'belcirkel-senioren',
  team: [
    { user: 'gerda-huisman', role: 'lead', tags: ['enthusiastic', 'connector', 'ambassador'] },
    { user: 'ria-scholten', role: 'client', clientKind: 'decision_maker', tags: ['consolidating', 'internal'] },
    { user: 'maud-lemmens', role: 'shell', tags: ['external', 'critical'] },
  ],
  intake: {
    daysAgo: 715,
    learningGoals: 'Voelen deelnemers zich veiliger en meer verbonden door dagelijks contact in een belcirkel? Hoeveel coördinatie is er nodig om een cirkel draaiende te houden?',
    scalingGoals: 'Structurele financiering door Apeldoorn, Deventer en Zutphen als onderdeel van het welzijnswerk.',
    whyAndForWhom: 'Voor alleenwonende senioren die bang zijn dat niemand het merkt als er iets met ze gebeurt.',
    monitoring: 'Aantal cirkels en deelnemers, uitval, keren dat de contactpersoon werd gebeld, en een korte vragenlijst bij start en na een jaar.',
    userProblem: 'Als ik val, ligt ik misschien dagen op de grond voordat iemand het merkt.',
    decisionMaker: 'Ria Scholten, namens de drie gemeenten',
    resultOwners: 'Het welzijnswerk van Apeldoorn en Deventer',
    reflectionRhythmWeeks: 10,
  },
  theories: [
    { daysAgo: 712, input: 'Vrijwillige coördinatoren, een telefoonlijst per cirkel, werving via huisartsen en kerken.', activities: 'Cirkels van zes tot acht senioren samenstellen en begeleiden.', output: 'Twaalf actieve belcirkels.', outcome: 'Deelnemers voelen zich veiliger en hebben dagelijks contact.', impact: 'Minder eenzaamheid en eerder hulp bij een val of ziekte.', activitiesAssumption: 'Er zijn genoeg vrijwilligers die een cirkel willen coördineren.' },
  ],
  gates: [
    { daysAgo: 700, decision: 'go', publicValue: [4, 'Goedkoop en dichtbij.'], useValue: [4, 'Ouderenadviseurs kennen veel mensen die willen meedoen.'], technicalApproach: [5, 'Alleen een telefoon nodig.'], cost: [5, 'Vrijwilligerswerk met een kleine vergoeding.'], reason: 'Werving starten in drie gemeenten.' },
    { daysAgo: 560, decision: 'go', publicValue: [4, 'Twaalf cirkels, drie keer snel hulp bij een val.'], useValue: [5, 'Deelnemers willen doorgaan.'], technicalApproach: [5, 'Geen problemen.'], cost: [4, 'Coördinatie kost een halve dag per week per gemeente.'], reason: 'Overdragen aan het welzijnswerk van de gemeenten.' },
  ],
  closing: {
    daysAgo: 520,
    outcome: 'continued',
    valueKinds: ['residents', 'learning'],
    valueSize: 'average',
    resultDecision: 'adopted',
    resultArgument: 'Apeldoorn en Deventer betalen de coördinatie uit het welzijnsbudget. Zutphen beslist volgend jaar, na een eigen proef.',
    followThrough: [
      { carried: 'innovation', destination: 'Het reguliere welzijnsaanbod van Apeldoorn en Deventer', carriedBy: 'De welzijnsorganisaties, met de vrijwillige coördinatoren', direction: 'horizontal', reach: 'outside' },
      { carried: 'pilot_method', destination: 'Handleiding voor nieuwe belcirkels', carriedBy: 'Stichting Welzijn Samen Oud', direction: 'vertical', reach: 'inside' },
    ],
  },
  sessions: [
    { daysAgo: 650, lessonsLearned: 'Cirkels met een coördinator uit de eigen buurt vallen minder snel uit.', lessonsShared: 'Gedeeld met de ouderenadviseurs.', implications: 'We werven coördinatoren per buurt.', whomToInvolve: 'Kerken en buurtverenigingen.', actions: [ { ref: 'werving', description: 'Wervingsflyer voor coördinatoren maken', owner: 'Gerda Huisman', dueAfterDays: 20 } ] },
    { daysAgo: 570, lessonsLearned: 'De contactpersoon werd drie keer gebeld; twee keer was er echt iets aan de hand.', lessonsShared: 'In de gemeenteraad van Apeldoorn gepresenteerd.', implications: 'Voor de overdracht moet de coördinatie betaald worden.', whomToInvolve: 'Ria, voor de begroting.', done: ['werving'] },
  ],
  lessons: [
    { daysAgo: 530, title: 'Een vrijwillige coördinator per cirkel houdt de cirkel in stand', body: 'Cirkels zonder vaste coördinator vielen binnen twee maanden uit als er iemand stopte. Met een coördinator uit de buurt werd een nieuw lid snel gevonden. Plan daarom vanaf het begin coördinatoren in, en een kleine vergoeding.', cluster: 'other', phase: 'implementation', outcome: 'worked', published: true },
  ],
  adoptions: [
    { daysAgo: 430, user: 'maud-lemmens', adopterPilot: 'eenzaamheid-ouderen-maastricht', note: 'Maastricht biedt belcirkels aan als activiteit waarnaar de contactpersonen welzijn kunnen doorverwijzen.' },
  ],
};

export const wmoVraag: DemoLearning = {
  pilot: 'wmo-vraag-voorspellen-den-haag',
  team: [
    { user: 'hamid-karimi', role: 'lead', tags: ['innovating', 'internal'] },
    { user: 'mila-de-groot', role: 'core', tags: ['external', 'innovating'] },
    { user: 'frank-mol', role: 'client', clientKind: 'delegate', tags: ['consolidating', 'critical'] },
    { user: 'mohamed-el-amrani', role: 'shell', tags: ['external', 'connector'] },
    { user: 'dewi-sastro', role: 'supporter', tags: ['critical'] },
  ],
  intake: {
    daysAgo: 700,
    learningGoals: 'Voorspelt een model met historische aanvragen, bevolkingsprognoses en woninggegevens de Wmo-vraag per wijk beter dan de landelijke cijfers die we nu gebruiken?',
    scalingGoals: 'Een openbaar beschreven model dat Rotterdam en Rijswijk met hun eigen gegevens kunnen draaien.',
    whyAndForWhom: 'Voor de afdeling Wmo en financiën, die de begroting en de inzet van consulenten per wijk beter willen onderbouwen.',
    monitoring: 'Voorspelling naast werkelijke aanvragen per kwartaal; oordeel van de Wmo-consulenten over de uitkomsten.',
    userProblem: 'In onze wijk wachten ouderen maanden op een hulpmiddel, omdat er te weinig consulenten zijn ingepland.',
    decisionMaker: 'Frank Mol, namens de directeur sociaal domein',
    resultOwners: 'Team beleidsinformatie en de afdeling Wmo',
    reflectionRhythmWeeks: 6,
  },
  theories: [
    { daysAgo: 695, input: 'Geanonimiseerde aanvraaggegevens van vijf jaar, bevolkingsprognoses, woningkenmerken; twee data-analisten en Datavonk.', activities: 'Model bouwen en toetsen met Wmo-consulenten.', output: 'Een voorspelling van het aantal aanvragen per wijk per jaar.', outcome: 'Begroting en formatie per wijk sluiten beter aan op de vraag.', impact: 'Kortere wachttijden voor inwoners.', inputAssumption: 'We mogen de gegevens voor dit doel gebruiken.', outputAssumption: 'Budgethouders vertrouwen een model meer dan hun eigen ervaring.' },
  ],
  gates: [
    { daysAgo: 680, decision: 'go', publicValue: [4, 'Betere inzet van schaarse consulenten.'], useValue: [3, 'Financiën is enthousiast, de Wmo-teams afwachtend.'], technicalApproach: [3, 'Gegevens zijn beschikbaar, de kwaliteit is onbekend.'], cost: [4, 'Binnen het budget datagedreven werken.'], reason: 'Eerste versie van het model bouwen, DPIA parallel starten.' },
    { daysAgo: 250, decision: 'hold', publicValue: [4, 'Blijft relevant.'], useValue: [3, 'Eerste versie was beter dan landelijke cijfers in vier van de vijf wijken.'], technicalApproach: [2, 'Pseudonimisering van de brongegevens is niet geregeld.'], cost: [3, 'Wachten kost weinig; doorgaan zonder besluit is een risico.'] },
  ],
  sessions: [
    { daysAgo: 500, lessonsLearned: 'De consulenten herkennen de uitkomsten, maar willen weten welke gegevens het model gebruikt.', lessonsShared: 'Gedeeld met de Wmo-teams in een lunchsessie.', implications: 'We maken een beschrijving van het model in gewone taal.', whomToInvolve: 'De functionaris gegevensbescherming, eerder dan gepland.', actions: [ { ref: 'modelkaart', description: 'Modelbeschrijving in gewone taal schrijven', owner: 'Mila de Groot', dueAfterDays: 30 }, { ref: 'fg', description: 'Overleg met de functionaris gegevensbescherming plannen', owner: 'Hamid Karimi', dueAfterDays: 14 } ] },
    { daysAgo: 300, lessonsLearned: 'De DPIA vraagt om een besluit over pseudonimisering dat wij niet kunnen nemen.', lessonsShared: 'Met Dewi besproken; Delft liep tegen hetzelfde aan.', implications: 'Het besluit ligt bij de directie, niet bij het team.', whomToInvolve: 'De directeur sociaal domein zelf, niet alleen via Frank.', done: ['modelkaart', 'fg'], actions: [ { ref: 'directie', description: 'Notitie voor de directie over pseudonimisering en bewaartermijnen', owner: 'Frank Mol', dueAfterDays: 60 } ] },
  ],
  barriers: { barriers: ['risk_avoidance', 'accountability', 'bureaucracy'], helpful: [['risk_avoidance', 'contain_risk'], ['bureaucracy', 'link_to_power']], risks: ['stakeholder_harm', 'technocratic_dominance', 'power_shift'] },
  log: [
    { daysAgo: 260, expected: 'Dat de DPIA binnen drie maanden klaar zou zijn.', happened: 'Na acht maanden ligt er nog geen besluit.', why: 'De vraag over pseudonimisering hoort bij de directie, en die zat niet aan tafel.', nextTime: 'De echte beslisser bij de start in het team, niet alleen een gedelegeerde.' },
  ],
  lessons: [
    { daysAgo: 245, title: 'Begin de privacytoets bij de start, met de echte beslisser', body: 'We startten de DPIA naast het bouwen van het model en dachten dat de gedelegeerde opdrachtgever de vragen kon beantwoorden. Het besluit over pseudonimisering moest toch naar de directie. Nu staat de pilot al maanden stil.', cluster: 'organisational_support', phase: 'development', outcome: 'did_not_work', published: true },
  ],
};
