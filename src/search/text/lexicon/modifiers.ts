// SPDX-License-Identifier: EUPL-1.2
/**
 * Compound building blocks that are not dictionary words on their own, and words that must never be split.
 */

/**
 * Verb stems as they appear at the front of compounds ("laadpaal", "parkeervergunning", "woonwijk").
 * Written out by hand because deriving them from infinitives needs stress information ("parkeren" → "parkeer"
 * but "verbeteren" → "verbeter") that a rule cannot see.
 */
export const VERB_STEMS = `
laad oplaad parkeer woon werk meld leer rij speel deel betaal bouw meet huur koop verkoop test wacht zoek
reis spaar bespaar lees reken loop wandel scheid inzamel stook koel verwarm ontmoet beweeg kook help stuur
scan bel vlieg tank stal reserveer bestel lever bezorg haal breng oefen train zwem slaap eet drink
schoonmaak pleeg spreek schrijf leef beheer verhuur leen denk maak bewaar zend ontvang kweek stroom zwerf
fiets sport veeg strooi maai snoei plant kies opvoed verpleeg verzorg begeleid ondersteun onderhoud
`;

/**
 * Front forms whose linking morpheme the generic rules (-s-, -e-, -en-) do not cover, mapped to the base word.
 * "kinder-" uses the rare -er- link; "stads-" is covered by the rules but common enough to pin down.
 */
export const SPECIAL_FRONT_FORMS: Readonly<Record<string, string>> = {
  kinder: 'kind',
  volkeren: 'volk',
  liede: 'lied',
  eieren: 'ei',
  stads: 'stad',
  rijks: 'rijk',
  gemeente: 'gemeente',
  levens: 'leven',
  zonne: 'zon',
};

/**
 * Dictionary words that look like compounds of two lexicon words but mean something else as a whole
 * ("wethouder" is an alderman, not a law holder). They are never split.
 */
export const ATOMIC_WORDS = `
wethouder landschap erfgoed standaard handleiding eigenaar eigendom gelegenheid gemeenschap werkelijkheid
boodschap boodschappen wetenschap vriendschap ouderschap burgerschap partnerschap ondernemerschap
lidmaatschap gezelschap belangrijk waardevol
`;
