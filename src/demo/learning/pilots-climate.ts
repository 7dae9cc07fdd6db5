// SPDX-License-Identifier: EUPL-1.2
/** Learning demo content for the heat pilots: the sensor network (running) and cool walking routes (idea). */
import type { DemoLearning } from './types.js';

export const hittestress: DemoLearning = {
  pilot: 'hittestress-meetnet-den-haag',
  team: [
    { user: 'kees-de-graaf', role: 'lead', tags: ['enthusiastic', 'integrator', 'internal'] },
    { user: 'robin-tan', role: 'core', tags: ['external', 'critical'] },
    { user: 'lucas-meijer', role: 'core', tags: ['external', 'innovating'] },
    { user: 'mirjam-hofstede', role: 'client', clientKind: 'decision_maker', tags: ['ambassador'] },
    { user: 'bas-wolters', role: 'line_manager', tags: ['consolidating', 'internal'] },
    { user: 'marco-de-boer', role: 'shell', tags: ['external', 'connector'] },
    { user: 'lotte-vermeulen', role: 'coach', tags: [] },
  ],
  showNames: ['kees-de-graaf', 'robin-tan'],
  intake: {
    daysAgo: 714,
    learningGoals: 'Hoe groot is het verschil tussen de gemeten temperatuur op straat en de hittekaart? Wat kost het beheer van 120 sensoren per jaar?',
    scalingGoals: 'Een gezamenlijk meetprotocol met Rotterdam, Delft, Westland en Zoetermeer, en een advies over een blijvend meetnet.',
    whyAndForWhom: 'Voor bewoners van versteende wijken die in de zomer slecht slapen, en voor groenbeheer dat moet kiezen waar vergroening het meest oplevert.',
    monitoring: 'Elke zomer een analyse door Hogeschool De Delta; maandelijks overzicht van uitgevallen sensoren en onderhoudsuren.',
    userProblem: 'Op de kaart staat onze straat als gemiddeld, maar op mijn slaapkamer is het ’s nachts nog 29 graden.',
    decisionMaker: 'Mirjam Hofstede, directeur stadsbeheer',
    resultOwners: 'Bas Wolters, teamleider groenbeheer',
    reflectionRhythmWeeks: 6,
  },
  theories: [
    { daysAgo: 708, input: '120 sensoren, onderhoud door Sensorik, analyse door de hogeschool.', activities: 'Sensoren plaatsen in zes wijken, metingen vergelijken met de hittekaart.', output: 'Een kaart van de gevoelstemperatuur per straat.', outcome: 'Vergroeningsbudget gaat naar de heetste straten.', impact: 'Minder hittestress bij bewoners.', outputAssumption: 'Groenbeheer gebruikt de metingen bij het kiezen van projecten.' },
  ],
  gates: [
    { daysAgo: 695, decision: 'go', publicValue: [4, 'Hitte is een groeiend gezondheidsrisico.'], useValue: [3, 'Groenbeheer is geïnteresseerd maar heeft eerdere data niet gebruikt.'], technicalApproach: [4, 'Bewezen sensoren, protocol van de hogeschool.'], cost: [3, 'Aanschaf gedekt; beheer nog onzeker.'], reason: 'Sensoren plaatsen voor de eerste zomer.' },
    { daysAgo: 560, decision: 'go', publicValue: [5, 'Straten tot vier graden warmer dan de kaart aangaf.'], useValue: [4, 'Groenbeheer heeft twee projecten verplaatst.'], technicalApproach: [3, 'Zestien sensoren vielen uit; kalibratie kost meer tijd.'], cost: [3, 'Beheer kost twee keer zoveel als geraamd.'], reason: 'Uitbreiden naar vier gemeenten en het meetnet onderbrengen bij groenbeheer.' },
  ],
  sessions: [
    { daysAgo: 400, lessonsLearned: 'De metingen ’s nachts zeggen meer dan de maximumtemperatuur overdag.', lessonsShared: 'Gepresenteerd op het klimaatcongres van de provincie.', implications: 'Groenbeheer kijkt voortaan naar nachttemperaturen bij het kiezen van projecten.', whomToInvolve: 'De GGD, voor het advies aan bewoners.', actions: [ { ref: 'ggd', description: 'Gesprek met de GGD over hitteadvies per wijk', owner: 'Kees de Graaf', dueAfterDays: 30 } ] },
    { daysAgo: 230, lessonsLearned: 'Het onderhoud kost meer dan gedacht: batterijen gaan in de zon sneller leeg.', lessonsShared: 'Gedeeld met de vier andere gemeenten.', implications: 'In het advies over een blijvend meetnet rekenen we met echte onderhoudskosten.', whomToInvolve: 'Inkoop, voor een beheercontract.', done: ['ggd'], actions: [ { ref: 'kosten', description: 'Onderhoudskosten per sensor per jaar berekenen', owner: 'Lucas Meijer', dueAfterDays: 45 } ] },
    { daysAgo: 50, lessonsLearned: 'Na de tweede zomer zijn de verschillen tussen wijken stabiel; meer sensoren voegen weinig toe.', lessonsShared: 'Nog niet gedeeld.', implications: 'Een kleiner vast meetnet volstaat.', whomToInvolve: 'Mirjam, voor het besluit over het blijvende meetnet.', done: ['kosten'], actions: [ { ref: 'advies', description: 'Advies blijvend meetnet schrijven', owner: 'Robin Tan', dueAfterDays: 60 } ] },
  ],
  barriers: { barriers: ['ict', 'finance'], helpful: [['ict', 'copy_from_others'], ['finance', 'seize_window']], risks: ['waste', 'security'] },
  paradox: [
    { daysAgo: 640, ratings: { 'kees-de-graaf': [2, 2, 1, 2, 1, 2, 2], 'robin-tan': [1, 1, 1, 1, 1, 2, 2], 'lucas-meijer': [1, 2, 1, 2, 1, 1, 2], 'bas-wolters': [3, 2, 2, 2, 2, 1, 2] } },
    { daysAgo: 420, ratings: { 'kees-de-graaf': [3, 3, 2, 3, 2, 3, 3], 'robin-tan': [2, 3, 2, 3, 1, 2, 3], 'lucas-meijer': [2, 3, 2, 3, 2, 2, 3], 'bas-wolters': [3, 3, 3, 2, 2, 2, 3] } },
    { daysAgo: 180, ratings: { 'kees-de-graaf': [4, 4, 3, 4, 3, 3, 4], 'robin-tan': [3, 4, 3, 4, 2, 3, 3], 'lucas-meijer': [3, 4, 3, 4, 2, 3, 4], 'bas-wolters': [4, 4, 4, 3, 4, 3, 4] } },
  ],
  log: [
    { daysAgo: 380, expected: 'Dat de sensoren twee jaar zonder onderhoud zouden meten.', happened: 'Zestien van de 120 sensoren vielen in de eerste zomer uit.', why: 'Batterijen raakten oververhit op zonnige gevels.', nextTime: 'Sensoren aan de noordkant ophangen en de batterijen jaarlijks vervangen.' },
  ],
  lessons: [
    { daysAgo: 370, title: 'Reken met echte onderhoudskosten voor sensoren', body: 'De aanschaf van sensoren was gedekt, het onderhoud niet. Uitval door hitte en het ophalen en kalibreren kostten twee keer zoveel tijd als geraamd. Vraag bij de offerte naar ervaringscijfers van andere gemeenten.', cluster: 'data_technology', phase: 'implementation', outcome: 'did_not_work', published: true },
    { daysAgo: 200, title: 'Kijk naar de nachttemperatuur', body: 'De maximumtemperatuur overdag verschilt weinig tussen wijken. Het verschil zit in de nacht: in versteende straten koelt het tot vier graden minder af. Die cijfers overtuigden groenbeheer om projecten te verplaatsen.', cluster: 'goal_setting', phase: 'implementation', outcome: 'worked', published: true },
  ],
  coachNotes: [
    { daysAgo: 5, coach: 'lotte-vermeulen', body: 'De reflectie is over tijd. Plan hem vóór het besluit over het blijvende meetnet, dan kan Bas zijn punten inbrengen.' },
  ],
};

export const koeleRoutes: DemoLearning = {
  pilot: 'koele-routes-utrecht',
  team: [
    { user: 'thijs-hoekstra', role: 'lead', tags: ['innovating', 'internal', 'integrator'] },
    { user: 'priya-ramdin', role: 'core', tags: ['connector', 'enthusiastic'] },
    { user: 'hanneke-mulder', role: 'shell', tags: ['external', 'critical'] },
  ],
  intake: {
    daysAgo: 330,
    learningGoals: 'Willen ouderen en mensen met een chronische ziekte een kaart met koele routes gebruiken? Wat moet erop staan?',
    scalingGoals: null,
    whyAndForWhom: 'Voor inwoners die tijdens een hittegolf binnen blijven terwijl hun woning juist warm wordt.',
    monitoring: 'Verslagen van gesprekken; bij de proefkaart tellen hoeveel kaarten worden opgehaald en een korte enquête na de zomer.',
    userProblem: 'Bij hitte durf ik niet naar de supermarkt, want onderweg is er nergens schaduw of een bankje.',
    decisionMaker: 'Het afdelingshoofd openbare ruimte',
    resultOwners: 'Team klimaatadaptatie en de wijkbureaus',
    reflectionRhythmWeeks: 8,
  },
  theories: [
    { daysAgo: 320, input: 'De schaduwkaart van de gemeente en tijd van twee adviseurs.', activities: 'Een kaart maken met koele routes en plekken.', output: 'Een online kaart.', outcome: 'Ouderen gaan bij hitte vaker naar buiten.', impact: 'Minder gezondheidsklachten door hitte.', outputAssumption: 'Ouderen gebruiken een online kaart.' },
    { daysAgo: 120, input: 'De schaduwkaart, kennis van bewoners uit Kanaleneiland en Overvecht, de wijkbureaus.', activities: 'Routes samen met bewoners lopen; een papieren kaart per wijk maken, uitgedeeld door huisartsen en buurthuizen.', output: 'Een papieren proefkaart voor één wijk, met bankjes en watertappunten.', outcome: 'Ouderen gaan bij hitte vaker naar buiten en weten waar ze kunnen uitrusten.', impact: 'Minder gezondheidsklachten door hitte.', activitiesAssumption: 'Bewoners kennen de koele plekken beter dan de kaart.', outputAssumption: 'Een papieren kaart via de huisarts bereikt meer ouderen dan een website.' },
  ],
  sessions: [
    { daysAgo: 130, lessonsLearned: 'In de gesprekken vroeg bijna niemand om een website; wel om een kaart op papier en meer bankjes.', lessonsShared: 'Gedeeld met Amersfoort en Nieuwegein.', implications: 'We passen de redeneerlijn aan: eerst papier, en bankjes melden bij beheer.', whomToInvolve: 'De wijkbureaus en huisartsen in Overvecht.' },
    { daysAgo: 40, lessonsLearned: 'Bewoners wijzen koele plekken aan die niet op de schaduwkaart staan, zoals de binnentuin van de bibliotheek.', lessonsShared: 'Nog niet.', implications: 'De proefkaart wordt samen met bewoners gemaakt.', whomToInvolve: 'Bewonersorganisatie Overvecht.', actions: [ { ref: 'wandeling', description: 'Twee routewandelingen met bewoners organiseren', owner: 'Priya Ramdin', dueAfterDays: 30 } ] },
  ],
};
