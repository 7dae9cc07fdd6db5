// SPDX-License-Identifier: EUPL-1.2
/** Learning demo content for the pilots against loneliness of older residents. */
import type { DemoLearning } from './types.js';

export const eenzaamheid: DemoLearning = {
  pilot: 'eenzaamheid-ouderen-maastricht',
  team: [
    { user: 'maud-lemmens', role: 'lead', tags: ['enthusiastic', 'connector', 'innovating'] },
    { user: 'gerda-huisman', role: 'core', tags: ['external', 'ambassador'] },
    { user: 'annemiek-coenen', role: 'client', clientKind: 'decision_maker', tags: ['consolidating'] },
    { user: 'ralf-janssen', role: 'line_manager', tags: ['internal', 'consolidating', 'critical'] },
    { user: 'stefan-claes', role: 'shell', tags: ['critical', 'integrator'] },
    { user: 'lotte-vermeulen', role: 'coach', tags: [] },
  ],
  showNames: ['maud-lemmens', 'gerda-huisman', 'ralf-janssen'],
  intake: {
    daysAgo: 712,
    learningGoals: 'Herkennen huisartsen, wijkverpleging en bibliotheek eenzaamheid vaker als ze dezelfde vier vragen gebruiken? Blijven ze verwijzen als ze binnen twee weken horen wat er met hun verwijzing is gebeurd?',
    scalingGoals: 'Als de route werkt in twee wijken: de hele stad en de vier gemeenten die meedoen, met dezelfde vragenlijst.',
    whyAndForWhom: 'Voor 75-plussers die eenzaam zijn maar niet bij het welzijnswerk komen, en voor de verwijzers die nu niet weten waar ze naartoe kunnen.',
    monitoring: 'Aantal verwijzingen per verwijzer, percentage met terugmelding binnen twee weken, en na drie maanden een kort gesprek met de oudere.',
    userProblem: 'Sinds mijn man is overleden zie ik soms dagen niemand. De huisarts vraagt hoe het gaat, maar verder gebeurt er niets.',
    decisionMaker: 'Annemiek Coenen, directeur sociaal domein',
    resultOwners: 'Ralf Janssen, teamleider wijkzorg en welzijn, en Stichting Welzijn Samen Oud',
    reflectionRhythmWeeks: 6,
  },
  theories: [
    { daysAgo: 705, input: 'Vier huisartsenpraktijken, twee bibliotheken, twee contactpersonen bij welzijn.', activities: 'Verwijzers trainen in de vier vragen; vaste doorverwijsroute met terugmelding.', output: 'Meer verwijzingen van eenzame ouderen.', outcome: 'Ouderen nemen deel aan een activiteit of krijgen een maatje.', impact: 'Minder eenzaamheid onder ouderen in Maastricht.', activitiesAssumption: 'Verwijzers hebben tijd voor vier extra vragen.', outputAssumption: 'Een verwijzing leidt tot een bezoek van de contactpersoon.' },
    { daysAgo: 380, input: 'Zes praktijken, wijkverpleging, twee bibliotheken, drie contactpersonen; vier andere gemeenten met een eigen wijk.', activities: 'Training, vaste route, terugmelding binnen twee weken en een jaarlijkse bijeenkomst voor verwijzers.', output: 'Verwijzingen uit drie soorten plekken, met terugmelding.', outcome: 'Ouderen houden contact; verwijzers blijven verwijzen omdat ze resultaat zien.', impact: 'Eenzaamheid wordt eerder gezien in heel Zuid-Limburg.', outputAssumption: 'Zonder terugmelding stoppen verwijzers na een paar maanden.', outcomeAssumption: 'Welzijn kan de extra vraag aan als de gemeente de contactpersonen structureel betaalt.' },
  ],
  gates: [
    { daysAgo: 690, decision: 'go', publicValue: [4, 'Eenzaamheid onder ouderen groeit.'], useValue: [4, 'Huisartsen vragen zelf om een route.'], technicalApproach: [4, 'Eenvoudig: vragenlijst en telefoonnummer.'], cost: [4, 'Twee contactpersonen uit het bestaande welzijnsbudget.'], reason: 'Start in twee wijken.' },
    { daysAgo: 540, decision: 'go', publicValue: [4, '112 ouderen bereikt in een half jaar.'], useValue: [5, 'Verwijzers zijn enthousiast over de terugmelding.'], technicalApproach: [4, 'Werkt zonder systeemkoppeling.'], cost: [3, 'Contactpersonen zijn vol; een derde is nodig.'], reason: 'Inbedden in het reguliere welzijnswerk en uitbreiden naar de vier andere gemeenten.' },
  ],
  sessions: [
    { daysAgo: 480, lessonsLearned: 'Bibliotheekmedewerkers verwijzen vaker dan we dachten; huisartsen minder, door tijdsdruk.', lessonsShared: 'Gedeeld in het overleg met de huisartsen.', implications: 'De praktijkondersteuner vraagt de vier vragen, niet de huisarts zelf.', whomToInvolve: 'De praktijkondersteuners ouderenzorg.', actions: [ { ref: 'poh', description: 'Korte training voor praktijkondersteuners organiseren', owner: 'Gerda Huisman', dueAfterDays: 30 } ] },
    { daysAgo: 300, lessonsLearned: 'In Heerlen werkt de route ook, maar de terugmelding loopt via een ander systeem en komt te laat.', lessonsShared: 'Besproken met de projectleiders van de vier gemeenten.', implications: 'Terugmelding per telefoon mag, als het maar binnen twee weken is.', whomToInvolve: 'De contactpersonen welzijn in Heerlen en Venlo.', done: ['poh'], actions: [ { ref: 'terugmelding', description: 'Afspraak over terugmelding per telefoon vastleggen', owner: 'Stefan Claes', dueAfterDays: 21 }, { ref: 'begroting', description: 'Voorstel structurele financiering contactpersonen voor de begroting', owner: 'Ralf Janssen', dueAfterDays: 90 } ] },
    { daysAgo: 140, lessonsLearned: 'Verwijzers die terugmelding krijgen, verwijzen twee keer zo vaak.', lessonsShared: 'Op het platform en in het regionale netwerk eenzaamheid.', implications: 'Terugmelding wordt een vaste stap in de route.', whomToInvolve: 'De wethouder, voor de uitbreiding naar de hele stad.', done: ['terugmelding'] },
    { daysAgo: 38, lessonsLearned: 'Een derde contactpersoon is nodig nu de wijkverpleging ook verwijst.', lessonsShared: 'Met Annemiek besproken.', implications: 'Het begrotingsvoorstel moet voor het voorjaar klaar zijn.', whomToInvolve: 'De afdeling financiën.', notes: 'Verschillen in de paradox-scores op eigenaarschap bespreken met Ralf.', actions: [ { ref: 'financien', description: 'Kostenoverzicht contactpersonen maken met financiën', owner: 'Maud Lemmens', dueAfterDays: 35 } ] },
  ],
  barriers: { barriers: ['time', 'finance', 'existing_institutions'], helpful: [['time', 'define_workfloor_problem'], ['finance', 'political_support'], ['existing_institutions', 'informal_networks']], risks: ['undermining_local'] },
  paradox: [
    { daysAgo: 620, ratings: { 'maud-lemmens': [2, 1, 2, 1, 2, 2, 2], 'gerda-huisman': [1, 2, 2, 2, 1, 1, 1], 'ralf-janssen': [3, 2, 2, 2, 2, 1, 3], 'stefan-claes': [2, 2, 1, 2, 2, 2, 2] } },
    { daysAgo: 400, ratings: { 'maud-lemmens': [3, 3, 3, 2, 2, 3, 3], 'gerda-huisman': [2, 3, 3, 3, 2, 2, 2], 'ralf-janssen': [4, 3, 3, 3, 3, 2, 3], 'stefan-claes': [3, 3, 2, 3, 2, 3, 3] } },
    { daysAgo: 150, ratings: { 'maud-lemmens': [4, 4, 4, 3, 3, 4, 4], 'gerda-huisman': [3, 4, 4, 4, 3, 4, 3], 'ralf-janssen': [4, 4, 4, 3, 4, 2, 4], 'stefan-claes': [4, 3, 3, 4, 3, 3, 4] } },
  ],
  log: [
    { daysAgo: 470, expected: 'Dat huisartsen de meeste verwijzingen zouden doen.', happened: 'De bibliotheek verwees meer dan de huisartsen.', why: 'Huisartsen hebben tien minuten per consult; in de bibliotheek is er tijd voor een praatje.', nextTime: 'Verwijzers kiezen op tijd en gelegenheid, niet op functie.' },
  ],
  lessons: [
    { daysAgo: 290, title: 'Laat verwijzers weten wat er met hun verwijzing gebeurde', body: 'Verwijzers die binnen twee weken horen dat de contactpersoon langs is geweest, blijven verwijzen. Zonder terugmelding zakte het aantal verwijzingen na drie maanden in. Een telefoontje is genoeg.', cluster: 'collaboration', phase: 'implementation', outcome: 'worked', published: true },
  ],
  coachNotes: [
    { daysAgo: 145, coach: 'lotte-vermeulen', body: 'Ralf scoort eigenaarschap duidelijk lager dan de rest. Vraag hem wat hij nodig heeft om de route over te nemen.' },
  ],
};

export const buurtmaaltijden: DemoLearning = {
  pilot: 'buurtmaaltijden-leeuwarden',
  team: [
    { user: 'sytske-de-jong', role: 'lead', tags: ['enthusiastic', 'internal'] },
    { user: 'pieter-de-vries', role: 'shell', tags: ['external', 'critical'] },
    { user: 'ellen-brink', role: 'coach', tags: [] },
  ],
  intake: {
    daysAgo: 200,
    learningGoals: 'Wie komt er nu niet naar de bestaande maaltijden, en waarom? Wat is er nodig om juist die ouderen persoonlijk uit te nodigen?',
    scalingGoals: null,
    whyAndForWhom: 'Voor alleenwonende ouderen die weinig contact hebben en niet uit zichzelf naar het buurthuis gaan.',
    monitoring: 'Verslagen van de gesprekken; aan het eind een schets met kosten, vrijwilligers en verwacht bereik.',
    userProblem: 'Ik zou best willen aanschuiven, maar ik ken daar niemand en ik kom er niet zonder auto.',
    decisionMaker: 'De wethouder zorg en welzijn, via het afdelingshoofd',
    resultOwners: 'De wijkteams en het welzijnswerk',
    reflectionRhythmWeeks: 8,
  },
  theories: [
    { daysAgo: 190, input: 'Tijd van de beleidsmedewerker, gesprekken met ouderen en vrijwilligers.', activities: 'Gesprekken voeren, meekijken bij maaltijden in Súdwest-Fryslân en Smallingerland.', output: 'Een schets voor een proef in twee wijken.', outcome: 'Een besluit over de proef.', impact: 'Minder alleenwonende ouderen in isolement.', outputAssumption: 'Persoonlijke uitnodiging en vervoer zijn de grootste drempels.' },
  ],
  sessions: [
    { daysAgo: 25, lessonsLearned: 'In de gesprekken noemen ouderen vervoer vaker dan we dachten; uitnodigen door een buur werkt beter dan door een professional.', lessonsShared: 'Gedeeld met de wijkteams.', implications: 'De schets krijgt een vervoersregeling met vrijwilligers.', whomToInvolve: 'De vrijwilligerscentrale.', actions: [ { ref: 'vervoer', description: 'Kosten van vrijwillig vervoer uitzoeken', owner: 'Sytske de Jong', dueAfterDays: 30 } ] },
  ],
};
