// SPDX-License-Identifier: EUPL-1.2
/**
 * The compound lexicon: hand-written base words per domain plus every single-word surface form of the thesaurus,
 * precompiled once into Sets/Maps so the splitter does only hash lookups per candidate substring.
 */
import { CONCEPT_DEFS } from '../concepts/index.js';
import { MEASURED_ADDITIONS } from './additions.js';
import { tokenize } from '../normalise.js';
import { isStopword } from '../stopwords.js';
import { GENERAL_ADJECTIVES, GENERAL_NOUNS, GENERAL_VERBS } from './general.js';
import { GOVERNANCE_WORDS } from './governance.js';
import { ATOMIC_WORDS, SPECIAL_FRONT_FORMS, VERB_STEMS } from './modifiers.js';
import {
  NATURE_AND_WEATHER, PEOPLE_AND_ROLES, PLACES_AND_BUILDINGS, THINGS_AND_MATERIALS, TIME_AND_ABSTRACT,
} from './everyday.js';
import { ENERGY_WORDS, HOUSING_WORDS, MOBILITY_WORDS } from './mobility-energy.js';
import { SAFETY_WORDS, SERVICE_WORDS } from './safety-service.js';
import { SOCIAL_WORDS } from './social.js';
import { SPACE_WORDS } from './space.js';

/** Shortest fragment the splitter may produce; shorter ones ("op", "in") are prefixes, not words. */
export const MIN_PART_LENGTH = 3;

const HAND_LISTS: readonly string[] = [
  GENERAL_NOUNS, GENERAL_ADJECTIVES, GENERAL_VERBS, SOCIAL_WORDS, SPACE_WORDS, MOBILITY_WORDS, ENERGY_WORDS,
  HOUSING_WORDS, SAFETY_WORDS, SERVICE_WORDS, GOVERNANCE_WORDS, PLACES_AND_BUILDINGS, PEOPLE_AND_ROLES,
  TIME_AND_ABSTRACT, THINGS_AND_MATERIALS, NATURE_AND_WEATHER, MEASURED_ADDITIONS,
];

const LETTERS_ONLY = /^[a-z]+$/;
const SHORT_VOWEL_END = /[^aeiou][aeiou][bdfgklmnprst]$/;

/** Words usable as a compound part: letters only, long enough, not a function word. */
function usable(word: string): boolean {
  return word.length >= MIN_PART_LENGTH && LETTERS_ONLY.test(word) && !isStopword(word);
}

function wordsOf(list: string): string[] {
  return tokenize(list).filter(usable);
}

interface Lexicon {
  /** Hand-written base words only (surface forms of concepts may be plurals, so they stay out of this set). */
  readonly hand: ReadonlySet<string>;
  /** Every word the splitter may use as a part. */
  readonly words: ReadonlySet<string>;
  /** Form a word takes at the front of a compound (with linking -s-/-e-/-en-) → its base word. */
  readonly front: ReadonlyMap<string, string>;
  /** Every word and its regular inflections: the forms a compound's last part can take. */
  readonly heads: ReadonlySet<string>;
  readonly atomic: ReadonlySet<string>;
}

let built: Lexicon | null = null;

function addFrontForms(front: Map<string, string>, word: string): void {
  const forms = [word, `${word}s`, `${word}e`, `${word}en`];
  // Short vowels double the consonant before a linking vowel: zon → zonne-, pan → pannen-.
  if (SHORT_VOWEL_END.test(word)) {
    const doubled = word + word.charAt(word.length - 1);
    forms.push(`${doubled}e`, `${doubled}en`);
  }
  for (const form of forms) if (!front.has(form)) front.set(form, word);
}

const LONG_VOWEL_CLOSED = /^(.*[^aeiou])(aa|ee|oo|uu)([^aeiouy])$/;

/**
 * Regular Dutch inflections of a noun or adjective, generated instead of stemming every candidate segment (the
 * Snowball port costs ~20 µs per call, far too slow to run on every suffix of every new word): plural -en/-s,
 * adjectival -e, diminutive -je/-tje, with the spelling changes that go with them: consonant doubling after a
 * short vowel (bus → bussen), vowel undoubling in an open syllable (paal → palen), f → v and s → z
 * (brief → brieven, huis → huizen), -heid → -heden, -um → -a.
 */
function inflections(word: string): string[] {
  const forms = [word, `${word}s`, `${word}e`, `${word}en`, `${word}je`, `${word}tje`, `${word}jes`, `${word}tjes`];
  const last = word.charAt(word.length - 1);
  if (SHORT_VOWEL_END.test(word)) forms.push(`${word}${last}en`, `${word}${last}e`);
  const voiced = (stemPart: string): string[] => {
    const end = stemPart.charAt(stemPart.length - 1);
    if (end === 'f') return [stemPart, `${stemPart.slice(0, -1)}v`];
    if (end === 's') return [stemPart, `${stemPart.slice(0, -1)}z`];
    return [stemPart];
  };
  const open = LONG_VOWEL_CLOSED.exec(word);
  const bases = open === null ? voiced(word) : [...voiced(word), ...voiced(`${open[1] ?? ''}${(open[2] ?? '').charAt(0)}${open[3] ?? ''}`)];
  for (const base of bases) forms.push(`${base}en`, `${base}e`);
  if (word.endsWith('heid')) forms.push(`${word.slice(0, -4)}heden`);
  if (word.endsWith('um')) forms.push(`${word.slice(0, -2)}a`);
  return forms;
}

function build(): Lexicon {
  const hand = new Set<string>();
  for (const list of HAND_LISTS) for (const word of wordsOf(list)) hand.add(word);
  const words = new Set<string>(hand);
  for (const def of CONCEPT_DEFS) {
    for (const term of def.terms) {
      const tokens = tokenize(term);
      const only = tokens[0];
      if (tokens.length === 1 && only !== undefined && usable(only)) words.add(only);
    }
  }
  // Exact words first, so a word that is itself in the lexicon ("ouderen") is not read as another word plus a
  // linking morpheme ("ouder" + "en").
  const front = new Map<string, string>();
  for (const word of words) front.set(word, word);
  for (const word of words) addFrontForms(front, word);
  for (const stemForm of wordsOf(VERB_STEMS)) if (!front.has(stemForm)) front.set(stemForm, stemForm);
  for (const [form, base] of Object.entries(SPECIAL_FRONT_FORMS)) front.set(form, base);
  const heads = new Set<string>();
  for (const word of words) for (const form of inflections(word)) heads.add(form);
  return { hand, words, front, heads, atomic: new Set(wordsOf(ATOMIC_WORDS)) };
}

function lexicon(): Lexicon {
  built ??= build();
  return built;
}

/** True when the word is in the compound lexicon (hand-written base words and thesaurus single words). */
export function isLexiconWord(word: string): boolean {
  return lexicon().words.has(word);
}

/** True when the word is one of the hand-written base forms (never a plural). */
export function isBaseWord(word: string): boolean {
  return lexicon().hand.has(word);
}

/** The base word behind a compound front part ("bijstands" → "bijstand", "zonne" → "zon"), or undefined. */
export function frontBase(part: string): string | undefined {
  return lexicon().front.get(part);
}

/** True when the segment is a lexicon word or one of its regular inflections ("palen" for "paal"). */
export function isHeadForm(segment: string): boolean {
  return lexicon().heads.has(segment);
}

/** True for lexicalised words that look like compounds but must stay whole ("wethouder"). */
export function isAtomic(word: string): boolean {
  return lexicon().atomic.has(word);
}

/** The hand-written base words only, for tests. */
export function baseWords(): ReadonlySet<string> {
  return lexicon().hand;
}

/** All lexicon words, for building derived tables (stems) and for tests. */
export function lexiconWords(): ReadonlySet<string> {
  return lexicon().words;
}

/** Sizes, for reports and tests. */
export function lexiconStats(): { handWords: number; words: number; frontForms: number; headForms: number } {
  const lex = lexicon();
  return { handWords: lex.hand.size, words: lex.words.size, frontForms: lex.front.size, headForms: lex.heads.size };
}
