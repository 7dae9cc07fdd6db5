// SPDX-License-Identifier: EUPL-1.2

/** Word lists the synthetic texts are composed from (written for this generator). */

/** How a pilot tackles its subject; completes a title or a sentence ("… met een voorspelmodel"). */
export const methods = [
  'met een voorspelmodel', 'met sensoren', 'met een datadashboard', 'met een chatbot', 'met ervaringsdeskundigen',
  'met buurtteams', 'met een inwonerspanel', 'via een app', 'met open data', 'met een digitale tweeling',
  'met een vast aanspreekpunt', 'met de woningcorporatie', 'met een regionale aanpak', 'met een gezamenlijk platform',
  'met huisbezoeken', 'met een keukentafelgesprek', 'met gedragsinzichten', 'met een proeftuin', 'met slimme planning',
  'met lokale ondernemers', 'met scholen', 'met vrijwilligers', 'met een leerkring van gemeenten', 'zonder aanvraag',
] as const;

/** Who a pilot is for. */
export const targetGroups = [
  'ouderen', 'jongeren', 'statushouders', 'mantelzorgers', 'ondernemers', 'huurders', 'gezinnen met jonge kinderen',
  'inwoners met een beperking', 'scholieren', 'werkzoekenden', 'laaggeletterde inwoners', 'dorpsbewoners',
  'bewoners van portiekflats', 'zzp\'ers', 'studenten', 'nieuwe inwoners', 'alleenstaande ouders', 'medewerkers',
] as const;

/** Where a pilot runs. */
export const places = [
  'de binnenstad', 'kleine kernen', 'naoorlogse wijken', 'het buitengebied', 'bedrijventerreinen', 'nieuwbouwwijken',
  'de regio', 'dorpen', 'aandachtswijken', 'het stationsgebied', 'de Oosterwijk', 'De Vlonder', 'het Zuiderpark',
  'de Hoge Akkers', 'Molenbroek', 'het Havenkwartier', 'de Linde', 'Kerkebuurt', 'het Beekdal', 'De Weiden',
] as const;

/** Words for the kind of undertaking, used in titles ("Proeftuin …"). */
export const undertakings = ['Proeftuin', 'Pilot', 'Experiment', 'Living lab', 'Leerkring', 'Aanpak', 'Samen werken aan', 'Slimmer werken aan'] as const;

/** What a pilot delivers. */
export const deliverables = [
  'een beschreven werkwijze die andere gemeenten kunnen overnemen', 'een open-sourceapplicatie met documentatie',
  'een handreiking met voorbeelden', 'een evaluatierapport met cijfers voor en na', 'een dashboard voor beleid en uitvoering',
  'een model-DPIA', 'een voorbeeldbestek voor de inkoop', 'een businesscase voor structurele inzet', 'een training voor medewerkers',
  'een gespreksleidraad', 'een set open datasets', 'een advies aan het college over opschaling', 'een checklist voor opschaling',
] as const;

/** Sentences about how the work is organised; {partner}, {n} and {group} are filled in. */
export const approachSentences = [
  'We beginnen in {n} wijken en breiden uit als de eerste resultaten goed zijn.',
  'Samen met {partner} ontwikkelen we de aanpak stap voor stap.',
  'We werken in sprints van {n} weken en toetsen elk resultaat met {group}.',
  'Een kerngroep doet het werk; een bredere schil van collega\'s denkt eens per kwartaal mee.',
  'Na elke fase houden we een reflectiesessie en leggen we de lessen vast.',
  'Andere gemeenten kijken mee en kunnen instappen zodra de werkwijze stabiel is.',
  'We meten vooraf een nulsituatie, zodat we het effect kunnen aantonen.',
  'Privacy is vanaf het begin meegenomen: we verwerken alleen de gegevens die nodig zijn.',
  'De opdrachtgever beslist bij elke poort of we doorgaan, bijsturen of stoppen.',
  '{partner} onderzoekt onafhankelijk wat het oplevert.',
] as const;

export const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'] as const;

export const milestoneEvents = [
  'start met de eerste deelnemers', 'eerste versie in gebruik', 'tussenevaluatie', 'uitbreiding naar meer wijken',
  'besluit over voortzetting', 'eindmeting', 'overdracht aan de lijnorganisatie', 'kennisdag voor andere gemeenten',
  'aanbesteding afgerond', 'tweede versie met verbeteringen',
] as const;

export const statusReasons = [
  'De oplossing paste niet bij het probleem.', 'Het probleem bleek minder urgent dan gedacht.', 'Er was geen budget voor een vervolg.',
  'Belangrijke teamleden zijn vertrokken.', 'De leverancier kon niet leveren wat was afgesproken.', 'We wachten op nieuwe wetgeving.',
  'Er is tijdelijk geen capaciteit in het team.',
] as const;
