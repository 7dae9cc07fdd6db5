// SPDX-License-Identifier: EUPL-1.2
/** Learning demo content for the sweeping routes (result achieved) and the charging-point model (scaling). */
import type { DemoLearning } from './types.js';

export const veegroutes: DemoLearning = {
  pilot: 'veegroutes-assen',
  team: [
    { user: 'harm-bos', role: 'lead', tags: ['internal', 'consolidating', 'integrator'] },
    { user: 'johan-mulder', role: 'client', clientKind: 'decision_maker', tags: ['consolidating'] },
    { user: 'lucas-meijer', role: 'shell', tags: ['external', 'innovating'] },
  ],
  intake: {
    daysAgo: 716,
    learningGoals: 'Wordt de stad schoner als we veegroutes plannen op meldingen, bladval en schouwresultaten in plaats van een vast rooster? Hoe houden we de planning wekelijks bij zonder extra mensen?',
    scalingGoals: 'Vastleggen in het werkplan van de buitendienst; Tynaarlo en Aa en Hunze willen het model overnemen.',
    whyAndForWhom: 'Voor bewoners die klagen over bladafval, en voor de chauffeurs die nu door schone straten rijden.',
    monitoring: 'Aantal meldingen over vegen per maand, schouwscores per wijk, gereden kilometers.',
    userProblem: 'De veegwagen komt elke week door onze schone straat, maar het blad op de stoep bij de school blijft liggen.',
    decisionMaker: 'Johan Mulder, afdelingshoofd stadsbeheer',
    resultOwners: 'De planner en de ploegleiders van de buitendienst',
    reflectionRhythmWeeks: 6,
  },
  theories: [
    { daysAgo: 714, input: 'Meldingen, bomenbestand, schouwresultaten; de planner en vier chauffeurs.', activities: 'Wekelijks routes bijstellen en samen met de chauffeurs evalueren.', output: 'Een weekplanning op basis van de vraag.', outcome: 'Minder klachten en minder gereden kilometers.', impact: 'Een schonere stad met dezelfde middelen.', activitiesAssumption: 'Chauffeurs werken mee als ze zelf de routes mee ontwerpen.' },
  ],
  gates: [
    { daysAgo: 700, decision: 'go', publicValue: [3, 'Schone straten zijn zichtbaar voor iedereen.'], useValue: [4, 'Chauffeurs willen minder zinloze kilometers.'], technicalApproach: [4, 'Meldingen en bomenbestand zijn er al.'], cost: [5, 'Geen extra kosten.'], reason: 'Proef met de eerste weekplanning.' },
    { daysAgo: 600, decision: 'go', publicValue: [4, 'Klachten over vegen 30% lager.'], useValue: [5, 'Chauffeurs en planner willen niet terug.'], technicalApproach: [4, 'Planning kost de planner twee uur per week.'], cost: [5, '12% minder kilometers.'], reason: 'Opnemen in het werkplan van de buitendienst.' },
  ],
  closing: {
    daysAgo: 560,
    outcome: 'achieved',
    valueKinds: ['public_space', 'internal_organisation'],
    valueSize: 'large',
    resultDecision: 'adopted',
    resultArgument: 'De werkwijze staat in het werkplan van de buitendienst. Klachten over vegen daalden met een derde, met dezelfde machines en mensen.',
    followThrough: [
      { carried: 'innovation', destination: 'Werkplan buitendienst Assen', carriedBy: 'De planner en de ploegleiders', direction: 'vertical', reach: 'inside' },
      { carried: 'experience', destination: 'Buitendiensten van Tynaarlo en Aa en Hunze', carriedBy: 'Werkbezoeken van hun planners aan Assen', direction: 'horizontal', reach: 'outside' },
    ],
  },
  sessions: [
    { daysAgo: 660, lessonsLearned: 'Chauffeurs weten precies waar het blad ligt; hun kennis is beter dan het bomenbestand.', lessonsShared: 'In het ploegoverleg.', implications: 'Chauffeurs melden zelf plekken via een app.', whomToInvolve: 'De ploegleiders.', actions: [ { ref: 'app', description: 'Meldapp voor chauffeurs instellen', owner: 'Harm Bos', dueAfterDays: 14 } ] },
    { daysAgo: 590, lessonsLearned: 'In de herfst moet de planning twee keer per week bijgesteld worden.', lessonsShared: 'Met Tynaarlo en Aa en Hunze.', implications: 'In het werkplan komt een herfstregime.', whomToInvolve: 'Johan, voor het werkplan.', done: ['app'] },
  ],
  lessons: [
    { daysAgo: 580, title: 'Laat chauffeurs de routes mee ontwerpen', body: 'De eerste planning van kantoor miste plekken die iedere chauffeur kende. Toen chauffeurs zelf plekken gingen melden en wekelijks meedachten, werd de planning beter en was er geen weerstand meer tegen het loslaten van het vaste rooster.', cluster: 'process', phase: 'implementation', outcome: 'worked', published: true },
  ],
  adoptions: [
    { daysAgo: 480, user: 'roel-kamphuis', note: 'Tynaarlo plant de veegroutes sinds dit voorjaar ook op meldingen en bladval, met het herfstregime uit Assen.' },
    { daysAgo: 400, user: 'ayse-kaya', adopterPilot: 'zwerfafval-winkelcentra-zaanstad', note: 'Zaanstad gebruikt de manier van plannen op meldingen voor de schoonmaakrondes rond winkelcentra.' },
  ],
};

export const laadpalen: DemoLearning = {
  pilot: 'laadpalen-voorspelde-vraag-amsterdam',
  team: [
    { user: 'daan-visser', role: 'lead', tags: ['innovating', 'enthusiastic', 'ambassador'] },
    { user: 'noor-bouzid', role: 'core', tags: ['internal', 'integrator'] },
    { user: 'marit-de-haan', role: 'line_manager', tags: ['consolidating', 'internal'] },
    { user: 'niels-van-os', role: 'shell', tags: ['external', 'critical'] },
    { user: 'sophie-van-gelder', role: 'supporter', tags: ['external', 'connector'] },
  ],
  intake: {
    daysAgo: 710,
    learningGoals: 'Hoe nauwkeurig voorspelt het model de vraag naar laadpunten per buurt? Kunnen andere gemeenten het met hun eigen gegevens draaien?',
    scalingGoals: 'Gezamenlijk beheer van het model met de deelnemende gemeenten, met gedeelde code en documentatie.',
    whyAndForWhom: 'Voor bewoners met een elektrische auto die nu maanden wachten op een laadpaal, en voor gemeenten die per paal een verkeersbesluit nemen.',
    monitoring: 'Wachttijd per aanvraag, bezetting van vooraf geplaatste palen, en elk halfjaar een vergelijking van voorspelling en werkelijk gebruik door Hogeschool Oostpoort.',
    userProblem: 'Ik heb een elektrische auto gekocht en wacht al vijf maanden op een laadpaal in mijn straat.',
    decisionMaker: 'De directeur verkeer en openbare ruimte',
    resultOwners: 'Marit de Haan, teamleider laadinfrastructuur, en de gebruikersgroep van gemeenten',
    reflectionRhythmWeeks: 12,
  },
  theories: [
    { daysAgo: 705, input: 'Gegevens over kentekens, laadsessies, parkeerdruk en nieuwbouw; een datateam.', activities: 'Model bouwen, palen vooraf in clusters plaatsen, code delen.', output: 'Voorspelling per buurt en clusterbesluiten.', outcome: 'Kortere wachttijd en minder verkeersbesluiten.', impact: 'Elektrisch rijden wordt makkelijker, ook zonder eigen oprit.', outputAssumption: 'Andere gemeenten hebben vergelijkbare gegevens.' },
  ],
  gates: [
    { daysAgo: 700, decision: 'go', publicValue: [4, 'Snellere overstap naar elektrisch rijden.'], useValue: [4, 'Bewoners en vergunningverlening hebben er baat bij.'], technicalApproach: [3, 'Model nog niet getoetst aan werkelijk gebruik.'], cost: [4, 'Binnen het programma laadinfrastructuur.'], reason: 'Model versie 1 in gebruik nemen in twee stadsdelen.' },
    { daysAgo: 600, decision: 'go', publicValue: [4, 'Wachttijd in de proefgebieden gehalveerd.'], useValue: [5, 'Vergunningverlening werkt met clusterbesluiten.'], technicalApproach: [4, 'Voorspelling binnen 15% van het werkelijke gebruik.'], cost: [4, 'Minder besluiten bespaart tijd.'], reason: 'Uitrollen over de hele stad.' },
    { daysAgo: 480, decision: 'go', publicValue: [5, 'Acht gemeenten willen het model gebruiken.'], useValue: [4, 'Gemeenten draaien het met eigen gegevens.'], technicalApproach: [4, 'Code en documentatie gedeeld.'], cost: [3, 'Beheer voor andere gemeenten moet nog belegd worden.'], reason: 'Opschalen naar andere gemeenten met een kwartaaloverleg.' },
  ],
  sessions: [
    { daysAgo: 300, lessonsLearned: 'Kleinere gemeenten hebben geen data-analist om het model te draaien.', lessonsShared: 'In het gebruikersoverleg.', implications: 'We bieden een eenvoudige versie met een invulsjabloon.', whomToInvolve: 'De provincie, als regionale ondersteuner.', actions: [ { ref: 'sjabloon', description: 'Invulsjabloon voor kleine gemeenten maken', owner: 'Noor Bouzid', dueAfterDays: 60 } ] },
    { daysAgo: 45, lessonsLearned: 'Netcapaciteit bepaalt steeds vaker waar een paal kan komen, niet de vraag.', lessonsShared: 'Met de netbeheerder en de provincie.', implications: 'Versie 2 van het model neemt netcapaciteit mee.', whomToInvolve: 'De netbeheerders.', done: ['sjabloon'], actions: [ { ref: 'beheer', description: 'Voorstel gezamenlijk beheer van het model', owner: 'Marit de Haan', dueAfterDays: 90 } ] },
  ],
  barriers: { barriers: ['ict', 'existing_institutions', 'lack_of_competition'], helpful: [['ict', 'copy_from_others'], ['existing_institutions', 'seize_window']], risks: ['power_shift'] },
  lessons: [
    { daysAgo: 350, title: 'Maak afspraken met de netbeheerder voordat je palen vooraf plant', body: 'Het model wees buurten aan waar de vraag groot is, maar waar de netbeheerder pas over twee jaar capaciteit heeft. Door de netbeheerder vanaf de planning aan tafel te hebben, voorkomen we clusters die niet aangesloten kunnen worden.', cluster: 'external_parties', phase: 'scaling', outcome: 'worked', published: true },
  ],
  adoptions: [
    { daysAgo: 420, user: 'ruud-smits', adopterPilot: 'slim-laden-eindhoven', note: 'Eindhoven gebruikt de voorspelling per buurt om te kiezen waar slim laden als eerste wordt getest.' },
    { daysAgo: 330, user: 'iris-lubbers', adopterPilot: 'oplaadpunten-deelautos-zwolle', note: 'Zwolle draait het model met eigen gegevens om plekken voor deelauto-laadpunten te kiezen.' },
    { daysAgo: 200, user: 'kevin-martina', note: 'Almere plaatst laadpalen in nieuwbouwwijken vooraf op basis van het model.' },
  ],
};
