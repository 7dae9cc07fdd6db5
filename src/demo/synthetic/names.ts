// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../../organisations/organisations.tables.js';

/** Name parts for synthetic people and organisations (invented; any likeness to a real body is chance). */
export const firstNames = [
  'Anna', 'Bas', 'Chantal', 'Daan', 'Eline', 'Fleur', 'Gijs', 'Hanna', 'Ilse', 'Jasper', 'Karin', 'Lars', 'Maaike', 'Nadia',
  'Olaf', 'Petra', 'Quinten', 'Rosa', 'Stijn', 'Tessa', 'Umut', 'Vera', 'Willem', 'Yara', 'Zoë', 'Ahmed', 'Bram', 'Carmen',
  'Dewi', 'Emre', 'Femke', 'Gerard', 'Hatice', 'Ivo', 'Joyce', 'Koen', 'Lieke', 'Mustafa', 'Noor', 'Orlando', 'Priscilla',
  'Rik', 'Samira', 'Thijs', 'Ursula', 'Vincent', 'Wendy', 'Xander', 'Youssef', 'Zeynep', 'Marloes', 'Sven', 'Annemiek', 'Ruben',
] as const;

export const lastNames = [
  'de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Janssen', 'Visser', 'Smit', 'Meijer', 'de Boer',
  'Mulder', 'de Groot', 'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Smits',
  'de Graaf', 'van der Meer', 'van der Linden', 'Kok', 'Jacobs', 'de Haan', 'Vermeulen', 'van den Heuvel', 'van der Veen',
  'van den Broek', 'de Bruijn', 'de Bruin', 'van der Heijden', 'Schouten', 'van Beek', 'Willems', 'van Vliet', 'Hoekstra',
  'Maas', 'Verhoeven', 'Koster', 'van Dam', 'Prins', 'Yilmaz', 'El Idrissi', 'Kaya', 'Ramdin', 'Nguyen', 'Wijaya', 'Pinas',
] as const;

export const jobTitles = [
  'Beleidsadviseur', 'Projectleider', 'Programmamanager', 'Data-analist', 'Teamleider', 'Innovatieadviseur', 'Informatieadviseur',
  'Consulent', 'Wijkregisseur', 'Strategisch adviseur', 'Productowner', 'Medewerker klantcontact',
] as const;

/** Name patterns per organisation type; {word} and {region} are filled in. */
export const organisationPatterns: Readonly<Record<Exclude<OrganisationType, 'municipality'>, readonly string[]>> = {
  partnership: ['Regio {region}', 'Samenwerkingsverband {region}', 'Werkorganisatie {region}', 'Servicecentrum {region}', 'GR {word} {region}'],
  government: ['Waterschap {region}', 'Omgevingsdienst {region}', 'Veiligheidsregio {region}', 'GGD {region}', 'Rijksdienst voor {word}'],
  company: ['{word}lab B.V.', '{word} Advies', '{word}works', 'Studio {word}', '{word} Data B.V.', 'Ingenieursbureau {word}'],
  knowledge_institute: ['Hogeschool {region}', 'Kenniscentrum {word}', 'Lectoraat {word}', 'Instituut voor {word}'],
  foundation: ['Stichting {word}', 'Stichting {word} {region}', 'Coöperatie {word}', 'Vereniging {word}'],
};

export const organisationWords = [
  'Buurtkracht', 'Samenspel', 'Stadslab', 'Wijkwijs', 'Groenrijk', 'Datahaven', 'Energiek', 'Zorgzaam', 'Meedoen', 'Thuisbasis',
  'Vitaal', 'Slimstad', 'Duurzaam Wonen', 'Verbinding', 'Openbaar Bestuur', 'Kompas', 'Brug', 'Lichtpunt', 'Stroomversnelling',
  'Vakmanschap', 'Krachtbron', 'Nieuwe Ruimte', 'Mobiliteit', 'Veilig Thuis', 'Leefomgeving', 'Digitale Overheid', 'Circulair',
] as const;

export const regions = [
  'Noord', 'Zuid', 'Oost', 'West', 'Rivierenland', 'Kempen', 'Achterhoek', 'Twente', 'Westland', 'Veluwe', 'Drechtsteden',
  'Noordoost', 'Zuidwest', 'Hollands Midden', 'De Peel', 'Waterland', 'Zaanstreek', 'Gooi', 'Delfland', 'Fryslân', 'Drenthe',
] as const;
