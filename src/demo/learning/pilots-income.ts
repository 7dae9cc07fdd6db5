// SPDX-License-Identifier: EUPL-1.2
/** Learning demo content for the income pilots: automatic remission (running) and the debt app (stopped). */
import type { DemoLearning } from './types.js';

export const kwijtschelding: DemoLearning = {
  pilot: 'kwijtschelding-automatisch-zuidwest',
  // Deliberately no receiving line manager: the team page and the coach overview warn about it.
  team: [
    { user: 'ahmed-ouali', role: 'lead', tags: ['innovating', 'internal', 'integrator'] },
    { user: 'leila-haddou', role: 'core', tags: ['external', 'connector'] },
    { user: 'gerard-van-loon', role: 'client', clientKind: 'decision_maker', tags: ['consolidating', 'critical'] },
    { user: 'lotte-vermeulen', role: 'coach', tags: [] },
  ],
  showNames: ['ahmed-ouali'],
  intake: {
    daysAgo: 670,
    learningGoals: 'Kunnen we met bestaande minimabestanden en de inkomenstoets van het LUBI betrouwbaar bepalen wie recht heeft op kwijtschelding? Welke toestemming is daarvoor juridisch nodig?',
    scalingGoals: 'Als het werkt: alle gemeenten die bij de belastingsamenwerking zijn aangesloten, vanaf het belastingjaar daarna.',
    whyAndForWhom: 'Voor huishoudens met een laag inkomen die nu geen kwijtschelding aanvragen en daardoor herinneringen en aanmaningen krijgen.',
    monitoring: 'Aantal automatische toekenningen, bezwaren, herinneringen aan minimahuishoudens en uren handwerk bij invordering, per gemeente.',
    userProblem: 'Elk jaar moet ik weer hetzelfde lange formulier invullen, terwijl de gemeente al weet dat ik bijstand heb.',
    decisionMaker: 'Gerard van Loon, directeur Belastingsamenwerking Zuidwest',
    resultOwners: 'Nog niet bepaald: het team invordering of het team heffing.',
    reflectionRhythmWeeks: 6,
  },
  theories: [
    {
      daysAgo: 660,
      input: 'Minimabestanden van zes gemeenten, de inkomenstoets van het LUBI, een juridisch advies.',
      activities: 'Bestanden koppelen aan de aanslagen, kwijtschelding vooraf toekennen, bezwaren bijhouden.',
      output: 'Aanslagen met kwijtschelding zonder aanvraag.',
      outcome: 'Minder niet-gebruik en minder invorderingskosten.',
      impact: 'Minder schulden bij de gemeente voor huishoudens met een laag inkomen.',
      inputAssumption: 'De minimabestanden zijn actueel genoeg.',
      outputAssumption: 'Huishoudens begrijpen dat ze niets hoeven te doen.',
    },
  ],
  gates: [
    { daysAgo: 650, decision: 'go', publicValue: [5, 'Raakt een groep die nu onnodig aanmaningen krijgt.'], useValue: [4, 'Gemeenten en de invordering willen het graag.'], technicalApproach: [3, 'Koppeling met het LUBI moet nog worden uitgezocht.'], cost: [4, 'Minder handwerk betaalt de ontwikkeling terug.'], reason: 'Uitwerken met zes gemeenten, eerst de juridische toets.' },
    { daysAgo: 330, decision: 'go_back', publicValue: [5, 'Onveranderd hoog.'], useValue: [4, 'Proefbestand laat zien dat 70% van de rechthebbenden wordt gevonden.'], technicalApproach: [2, 'Twee gemeenten leveren bestanden die een jaar oud zijn.'], cost: [3, 'Extra werk voor het opschonen van de bestanden.'], reason: 'Terug naar de technische aanpak: eerst afspraken over actuele bestanden, dan de eerste aanslagen.' },
  ],
  sessions: [
    { daysAgo: 300, lessonsLearned: 'De juridische toets kostte drie maanden meer dan gepland, vooral door verschillende opvattingen van de privacyfunctionarissen.', lessonsShared: 'Het juridisch advies is gedeeld met de zes gemeenten.', implications: 'We leggen vragen voortaan in één overleg aan alle privacyfunctionarissen voor.', whomToInvolve: 'De privacyfunctionarissen en de teams minimabeleid.', actions: [ { ref: 'bestanden', description: 'Afspraken maken over het maandelijks aanleveren van minimabestanden', owner: 'Leila Haddou', dueAfterDays: 45 } ] },
    { daysAgo: 200, lessonsLearned: 'Twee gemeenten kunnen maandelijks aanleveren, vier alleen per kwartaal.', lessonsShared: 'Besproken in het directeurenoverleg.', implications: 'We starten met de twee gemeenten die maandelijks aanleveren.', whomToInvolve: 'Gerard, voor een besluit over de volgorde.', done: ['bestanden'], actions: [ { ref: 'eigenaar', description: 'Bepalen welk team het proces na de pilot beheert', owner: 'Gerard van Loon', dueAfterDays: 60 } ] },
    { daysAgo: 110, lessonsLearned: 'De eerste aanslagen met automatische kwijtschelding gaven nauwelijks vragen bij de balie.', lessonsShared: 'Korte terugkoppeling aan de wethouders van de twee gemeenten.', implications: 'De brief bij de aanslag kan korter.', whomToInvolve: 'Klantcontact van de belastingsamenwerking.', notes: 'Eigenaarschap na de pilot is nog steeds niet belegd.' },
    { daysAgo: 20, lessonsLearned: 'Het aantal herinneringen aan minimahuishoudens daalde in de twee gemeenten met ruim de helft.', lessonsShared: 'Gedeeld op het platform en met het LUBI.', implications: 'De overige vier gemeenten willen instappen zodra hun bestanden actueel zijn.', whomToInvolve: 'De teamleiders heffing en invordering, om het beheer te beleggen.', actions: [ { ref: 'uitbreiding', description: 'Planning maken voor de vier andere gemeenten', owner: 'Ahmed Ouali', dueAfterDays: 30 } ] },
  ],
  barriers: { barriers: ['accountability', 'ict', 'existing_institutions'], helpful: [['accountability', 'contain_risk'], ['ict', 'small_steps']], risks: ['stakeholder_harm', 'security'] },
  paradox: [
    { daysAgo: 500, ratings: { 'ahmed-ouali': [2, 1, 2, 2, 2, 1, 2], 'leila-haddou': [1, 2, 1, 2, 1, 2, 2], 'gerard-van-loon': [3, 2, 2, 3, 3, 2, 3] } },
    { daysAgo: 280, ratings: { 'ahmed-ouali': [3, 2, 3, 2, 2, 2, 3], 'leila-haddou': [2, 3, 2, 3, 2, 2, 3], 'gerard-van-loon': [3, 2, 4, 3, 3, 2, 4] } },
    { daysAgo: 60, ratings: { 'ahmed-ouali': [3, 3, 4, 3, 3, 2, 3], 'leila-haddou': [3, 4, 3, 3, 2, 3, 3], 'gerard-van-loon': [4, 3, 4, 4, 4, 2, 4] } },
  ],
  lessons: [
    { daysAgo: 190, title: 'Begin met het bestand dat al actueel is', body: 'We wilden met alle zes gemeenten tegelijk starten, maar vier leveren hun minimabestanden alleen per kwartaal. Door te beginnen met de twee gemeenten die maandelijks aanleveren, konden we toch op tijd de eerste aanslagen versturen.', cluster: 'data_technology', phase: 'development', outcome: 'worked', published: true },
    { daysAgo: 40, title: 'Leg het eigenaarschap vóór de eerste aanslagen vast', body: 'Het proces werkt, maar nog steeds is niet besloten of heffing of invordering het na de pilot beheert. Daardoor blijven verbeteringen liggen. Regel dit bij de start.', cluster: 'organisational_support', phase: 'development', outcome: 'did_not_work', published: false },
  ],
  coachNotes: [
    { daysAgo: 180, coach: 'lotte-vermeulen', body: 'Er staat nog geen ontvangende lijnmanager in het team. Nodig een van de teamleiders uit, ook als die nog twijfelt.' },
  ],
};

export const schuldhulpApp: DemoLearning = {
  pilot: 'schuldhulp-app-jongeren',
  team: [
    { user: 'hendrik-oosterhuis', role: 'lead', tags: ['enthusiastic', 'innovating'] },
    { user: 'ilse-verbruggen', role: 'core', tags: ['external', 'critical'] },
    { user: 'grietje-wiersma', role: 'shell', tags: ['internal', 'connector'] },
  ],
  intake: {
    daysAgo: 718,
    learningGoals: 'Gebruiken jongeren met schulden een app om zelf overzicht te maken en een afspraak te plannen? Komen ze daardoor eerder bij de schulddienstverlening?',
    scalingGoals: null,
    whyAndForWhom: 'Voor jongeren van 18 tot 27 die zich nu pas melden als de schulden hoog zijn.',
    monitoring: 'Installaties, actieve gebruikers per maand, afspraken via de app en wachttijd tot het eerste gesprek.',
    userProblem: 'Ik weet niet precies hoeveel schuld ik heb en schaam me om hulp te vragen.',
    decisionMaker: 'Het managementteam van de werkorganisatie',
    resultOwners: 'Team schulddienstverlening',
    reflectionRhythmWeeks: 4,
  },
  theories: [
    { daysAgo: 716, input: 'Een prototype van studenten, budget voor zes maanden testen.', activities: 'App verspreiden via jongerenwerk, mbo en sociale media.', output: 'Jongeren maken zelf een overzicht en plannen een afspraak.', outcome: 'Eerder contact met de schulddienstverlening.', impact: 'Minder jongeren met hoge schulden.', activitiesAssumption: 'Jongeren zoeken hulp liever anoniem via hun telefoon.' },
  ],
  gates: [
    { daysAgo: 705, decision: 'go', publicValue: [4, 'Jongeren met schulden zijn een groeiende groep.'], useValue: [3, 'Nog niet getest bij jongeren zelf.'], technicalApproach: [4, 'Prototype is klaar.'], cost: [4, 'Beperkt: studenten bouwen mee.'], reason: 'Zes maanden testen met het prototype.' },
    { daysAgo: 650, decision: 'no_go', publicValue: [3, 'Het probleem blijft, maar de app lost het niet op.'], useValue: [1, '41 installaties en drie afspraken in zes maanden.'], technicalApproach: [3, 'De app werkte, maar werd niet gebruikt.'], cost: [2, 'Verder ontwikkelen kost meer dan het oplevert.'], reason: 'Jongeren willen iemand spreken die ze vertrouwen, geen app. Het geld gaat naar een geldspreekuur op het mbo.' },
  ],
  closing: {
    daysAgo: 645,
    outcome: 'stopped',
    valueKinds: ['learning'],
    valueSize: 'limited',
    resultDecision: 'not_yet_usable',
    resultArgument: 'De app zelf nemen we niet over. Wat we wel meenemen: jongeren bereik je via mensen die ze al kennen, zoals jongerenwerkers en mentoren.',
    followThrough: [
      { carried: 'knowledge', destination: 'Wekelijks geldspreekuur op twee mbo-scholen', carriedBy: 'Consulenten schulddienstverlening samen met het jongerenwerk', direction: 'horizontal', reach: 'inside' },
    ],
  },
  sessions: [
    { daysAgo: 690, lessonsLearned: 'Na drie maanden waren er 25 installaties. Jongeren zeggen dat ze de app wel handig vinden, maar hem niet gebruiken.', lessonsShared: 'Besproken met het jongerenwerk.', implications: 'We moeten weten waarom jongeren niet doorklikken naar een afspraak.', whomToInvolve: 'Jongerenwerkers en mentoren op het mbo.', actions: [ { ref: 'interviews', description: 'Tien jongeren interviewen over waarom ze geen afspraak maken', owner: 'Ilse Verbruggen', dueAfterDays: 28 } ] },
    { daysAgo: 660, lessonsLearned: 'Jongeren willen praten met iemand die ze kennen. De chatknop voelde als een loket.', lessonsShared: 'De interviews zijn gedeeld met de deelnemende gemeenten.', implications: 'We adviseren te stoppen met de app.', whomToInvolve: 'Het managementteam, voor het besluit.', done: ['interviews'] },
  ],
  log: [
    { daysAgo: 655, expected: 'Dat jongeren via de app sneller hulp zouden vragen.', happened: 'Drie afspraken in zes maanden.', why: 'We hebben de oplossing getest voordat we het probleem met jongeren zelf hadden besproken.', nextTime: 'Eerst met tien jongeren praten, dan pas iets bouwen.' },
  ],
  lessons: [
    { daysAgo: 640, title: 'Praat met de doelgroep voordat je een app bouwt', body: 'We gingen ervan uit dat jongeren anoniem hulp willen zoeken via hun telefoon. In gesprekken bleek dat ze juist iemand willen spreken die ze al vertrouwen. Een paar interviews vooraf had ons een half jaar bespaard.', cluster: 'goal_setting', phase: 'development', outcome: 'did_not_work', published: true },
  ],
};
