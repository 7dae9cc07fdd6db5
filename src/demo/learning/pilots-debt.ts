// SPDX-License-Identifier: EUPL-1.2
/** Learning demo content for the debt-relief pilots (social domain). */
import type { DemoLearning } from './types.js';

export const vroegsignalering: DemoLearning = {
  pilot: 'vroegsignalering-schulden-rotterdam',
  team: [
    { user: 'ingrid-van-der-meer', role: 'lead', tags: ['enthusiastic', 'internal', 'connector'] },
    { user: 'mohamed-el-amrani', role: 'core', tags: ['innovating', 'critical'] },
    { user: 'wim-verhagen', role: 'client', clientKind: 'decision_maker', tags: ['consolidating', 'ambassador'] },
    { user: 'karin-smit', role: 'line_manager', tags: ['consolidating', 'internal', 'critical'] },
    { user: 'jolanda-kuipers', role: 'shell', tags: ['external', 'integrator'] },
    { user: 'lotte-vermeulen', role: 'coach', tags: [] },
    { user: 'ellen-brink', role: 'supporter', tags: ['external'] },
  ],
  showNames: ['ingrid-van-der-meer', 'mohamed-el-amrani'],
  intake: {
    daysAgo: 715,
    learningGoals: 'Welke manier van benaderen (brief, telefoon of huisbezoek) leidt bij welke groep inwoners tot echt contact? Hoeveel tijd kost een signaal gemiddeld, van melding tot eerste gesprek?',
    scalingGoals: 'Een werkwijze en gespreksleidraad die andere gemeenten zonder eigen maatwerksoftware kunnen overnemen, met een voorbeeld-DPIA.',
    whyAndForWhom: 'Voor inwoners met een beginnende achterstand, die nu vaak pas in beeld komen als er incassokosten bij zijn gekomen. Ook voor de wijkteams, die nu zelf uitzoeken hoe ze signalen oppakken.',
    monitoring: 'Per ronde van vier maanden: aantal signalen, percentage met contact, doorlooptijd en doorverwijzing naar schuldhulp. De data-analist maakt een maandoverzicht per wijkteam.',
    userProblem: 'Ik krijg een brief van de gemeente over mijn huurachterstand, maar ik weet niet wat ze van me willen en durf niet te bellen.',
    decisionMaker: 'Wim Verhagen, afdelingsmanager schulddienstverlening',
    resultOwners: 'De teamleiders van de wijkteams; Karin Smit neemt de werkwijze als eerste over in Noord.',
    reflectionRhythmWeeks: 8,
  },
  theories: [
    {
      daysAgo: 710,
      input: 'Dagelijkse signalen van verhuurders, energie- en waterbedrijven en zorgverzekeraars; twee consulenten per wijkteam.',
      activities: 'Signalen elke ochtend verdelen, binnen tien werkdagen bellen of langsgaan, uitkomst kort vastleggen.',
      output: 'Meer gesprekken met inwoners in een vroeg stadium.',
      outcome: 'Inwoners regelen een betalingsregeling of gaan naar schuldhulp voordat de schuld oploopt.',
      impact: 'Minder problematische schulden en minder huisuitzettingen in Rotterdam.',
      activitiesAssumption: 'Consulenten hebben tijd om binnen tien dagen te reageren.',
      outputAssumption: 'Een gesprek leidt vanzelf tot actie van de inwoner.',
    },
    {
      daysAgo: 400,
      input: 'Dagelijkse signalen van vijf soorten schuldeisers; consulenten uit de wijkteams; gespreksleidraad en voorbeeld-DPIA.',
      activities: 'Signalen verdelen, binnen tien werkdagen contact, bij geen gehoor een tweede poging samen met de corporatie, uitkomst vastleggen.',
      output: 'Contact bij ongeveer 60% van de signalen; een gedeelde werkwijze voor twintig gemeenten.',
      outcome: 'Meer betalingsregelingen en eerdere aanmeldingen bij schuldhulp; wijkteams werken volgens dezelfde route.',
      impact: 'Minder problematische schulden, ook in de gemeenten die de werkwijze overnemen.',
      activitiesAssumption: 'De wijkteams krijgen er formatie voor en de route staat in het werkplan.',
      outputAssumption: 'Alleen een gesprek is niet genoeg: een concrete vervolgafspraak binnen een week maakt het verschil.',
      outcomeAssumption: 'Gemeenten nemen de werkwijze over als de privacyvragen vooraf zijn beantwoord.',
    },
  ],
  gates: [
    { daysAgo: 700, decision: 'go', publicValue: [4, 'Vroeg contact voorkomt hoge kosten voor inwoners en gemeente.'], useValue: [3, 'Wijkteams willen het, maar moeten het nog leren.'], technicalApproach: [3, 'Verdelen kan met het bestaande registratiesysteem.'], cost: [4, 'Past binnen het budget vroegsignalering.'], reason: 'Start met een kopgroep van vijf gemeenten en rondes van vier maanden.' },
    { daysAgo: 560, decision: 'go', publicValue: [4, 'Contactpercentage steeg in de kopgroep van 35% naar 52%.'], useValue: [4, 'Consulenten vinden de ochtendverdeling prettig.'], technicalApproach: [4, 'Werkt zonder maatwerksoftware.'], cost: [3, 'Huisbezoeken kosten meer tijd dan verwacht.'], reason: 'De werkwijze werkt; we brengen hem onder in de reguliere wijkteams.' },
    { daysAgo: 420, decision: 'go_back', publicValue: [4, 'Blijft hoog.'], useValue: [3, 'Twee wijkteams halen de tien dagen niet.'], technicalApproach: [4, 'Geen problemen.'], cost: [2, 'Zonder extra formatie lukt het niet in alle wijken.'], reason: 'Eerst formatie en eigenaarschap bij de wijkteams regelen voordat andere gemeenten instappen.' },
    { daysAgo: 300, decision: 'go', publicValue: [5, 'Contact bij 61% van de signalen; minder incassokosten.'], useValue: [4, 'Alle wijkteams werken ermee.'], technicalApproach: [4, 'Voorbeeld-DPIA en leidraad zijn klaar om te delen.'], cost: [4, 'Structureel begroot vanaf volgend jaar.'], reason: 'Opschalen: twintig gemeenten werken volgens dezelfde route.' },
  ],
  sessions: [
    { daysAgo: 330, lessonsLearned: 'Huisbezoeken zonder afspraak werken beter dan een tweede brief. Bij jonge huurders werkt een appje het best.', lessonsShared: 'Gedeeld in het landelijke netwerk vroegsignalering en met de kopgroep.', implications: 'De gespreksleidraad krijgt een apart deel voor jongeren.', whomToInvolve: 'De teamleiders van de wijkteams in Zuid, die nog achterblijven.', notes: 'Karin vraagt om een vaste ochtend per week voor de verdeling.', actions: [ { ref: 'leidraad', description: 'Gespreksleidraad aanvullen met een deel voor jongeren', owner: 'Jolanda Kuipers', dueAfterDays: 30 }, { ref: 'zuid', description: 'Gesprek plannen met teamleiders Zuid over formatie', owner: 'Ingrid van der Meer', dueAfterDays: 21 } ] },
    { daysAgo: 210, lessonsLearned: 'Nieuwe gemeenten willen vooral de DPIA en de leidraad, niet onze cijfers.', lessonsShared: 'Webinar voor twaalf nieuwe gemeenten; de leidraad staat op het platform.', implications: 'We maken een startpakket in plaats van losse documenten.', whomToInvolve: 'Privacyfunctionarissen van de nieuwe gemeenten.', done: ['leidraad', 'zuid'], actions: [ { ref: 'startpakket', description: 'Startpakket voor nieuwe gemeenten samenstellen', owner: 'Mohamed el Amrani', dueAfterDays: 45 }, { ref: 'cijfers', description: 'Maandoverzicht per gemeente automatiseren', owner: 'Mohamed el Amrani', dueAfterDays: 90 } ] },
    { daysAgo: 100, lessonsLearned: 'De samenwerking met corporaties is het sterkst waar een vaste contactpersoon is.', lessonsShared: 'Besproken in het regio-overleg met Woonstichting Thuisbasis.', implications: 'Elk wijkteam krijgt een vaste contactpersoon bij de grote corporaties.', whomToInvolve: 'Woonstichting Thuisbasis en de zorgverzekeraars.', done: ['startpakket'], actions: [ { ref: 'corporaties', description: 'Lijst met vaste contactpersonen bij corporaties bijhouden', owner: 'Karin Smit', dueAfterDays: 60 } ] },
    { daysAgo: 30, lessonsLearned: 'Het maandoverzicht laat zien dat zorgpremie-signalen het minst vaak tot contact leiden.', lessonsShared: 'Voorgelegd aan de landelijke werkgroep.', implications: 'We testen een andere eerste brief voor zorgpremie-achterstanden.', whomToInvolve: 'De zorgverzekeraars en Stichting Geldzorgen de Baas.', notes: 'Eindmeting voorbereiden; Wim wil in het voorjaar een besluit over structurele financiering.', actions: [ { ref: 'brief', description: 'Nieuwe brief voor zorgpremie-achterstanden laten testen met inwoners', owner: 'Ingrid van der Meer', dueAfterDays: 40 } ] },
  ],
  barriers: { barriers: ['time', 'risk_avoidance', 'finance'], helpful: [['time', 'define_workfloor_problem'], ['risk_avoidance', 'contain_risk'], ['finance', 'management_support_after']], risks: ['stakeholder_harm'] },
  paradox: [
    { daysAgo: 600, ratings: { 'ingrid-van-der-meer': [2, 2, 2, 2, 1, 2, 2], 'mohamed-el-amrani': [1, 2, 1, 2, 1, 1, 2], 'karin-smit': [3, 2, 3, 3, 2, 2, 3], 'jolanda-kuipers': [2, 3, 2, 2, 1, 2, 2] } },
    { daysAgo: 380, ratings: { 'ingrid-van-der-meer': [3, 3, 3, 3, 2, 3, 3], 'mohamed-el-amrani': [3, 3, 2, 3, 2, 2, 3], 'karin-smit': [4, 3, 4, 3, 2, 2, 4], 'jolanda-kuipers': [3, 4, 3, 3, 2, 3, 3] } },
    { daysAgo: 120, ratings: { 'ingrid-van-der-meer': [4, 4, 4, 4, 3, 4, 4], 'mohamed-el-amrani': [4, 4, 4, 3, 3, 3, 4], 'karin-smit': [4, 4, 5, 4, 2, 4, 4], 'jolanda-kuipers': [4, 5, 4, 4, 4, 4, 3] } },
  ],
  log: [
    { daysAgo: 520, expected: 'Dat een tweede brief de meeste extra reacties zou opleveren.', happened: 'Een tweede brief leverde nauwelijks reacties op; een huisbezoek wel.', why: 'Mensen met geldzorgen openen post van instanties vaak niet.', nextTime: 'Direct na de eerste brief langsgaan of bellen.' },
  ],
  lessons: [
    { daysAgo: 500, title: 'Verdeel signalen elke ochtend, niet één keer per week', body: 'Toen we signalen wekelijks verdeelden, lag een signaal gemiddeld negen dagen stil voordat iemand ernaar keek. Met een vaste ochtendverdeling halen de wijkteams de termijn van tien werkdagen bijna altijd.', cluster: 'process', phase: 'development', outcome: 'worked', published: true },
    { daysAgo: 150, title: 'Een vaste contactpersoon bij de corporatie maakt het verschil', body: 'In wijken waar het wijkteam één vaste contactpersoon bij de corporatie heeft, lukt het vaker om samen aan te bellen en een regeling te treffen. Zonder vaste contactpersoon verdwijnen signalen tussen twee loketten.', cluster: 'collaboration', phase: 'scaling', outcome: 'worked', published: true },
  ],
  adoptions: [
    { daysAgo: 260, user: 'jolanda-kuipers', adopterPilot: 'geldzorgen-huisbezoek-emmen', note: 'Emmen werkt met dezelfde ochtendverdeling en gespreksleidraad, aangevuld met huisbezoeken door vrijwilligers.' },
    { daysAgo: 180, user: 'marleen-postma', note: 'Groningen heeft de route en de voorbeeld-DPIA overgenomen voor de vroegsignalering in drie wijken.' },
    { daysAgo: 90, user: 'jeroen-van-beek', note: 'Dordrecht gebruikt het startpakket en de brief voor jongeren.' },
  ],
  coachNotes: [
    { daysAgo: 410, coach: 'lotte-vermeulen', body: 'Goed dat jullie bij de gate eerst de formatie regelen. Spreek met Wim af wanneer hij daarover terugkoppelt.' },
    { daysAgo: 110, coach: 'lotte-vermeulen', body: 'Op middelen lopen de scores ver uiteen. Neem dat mee in de volgende reflectie: wie betaalt na juni?' },
  ],
};
