// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch stemming: the Snowball algorithm (package `snowball-stemmers`) plus a few repairs for places where
 * Snowball gives singular and plural different stems, which would make "fiets" miss "fietsen".
 */
import { createRequire } from 'node:module';
import { WordCache } from './cache.js';
import { frontBase, isBaseWord, isLexiconWord } from './lexicon/index.js';

interface SnowballStemmer {
  stem(word: string): string;
}
interface SnowballFactory {
  newStemmer(language: string): SnowballStemmer;
}

// The package is CommonJS without type declarations; createRequire keeps the typing local and explicit.
const require = createRequire(import.meta.url);
const snowball = (require('snowball-stemmers') as SnowballFactory).newStemmer('dutch');

/**
 * The Snowball port costs about 20 µs per call, so every distinct word is stemmed once and remembered; bounded so
 * a long import cannot grow memory without limit.
 */
const cache = new WordCache<string>(200_000);

const HAS_DIGIT = /\d/;
const DOUBLED_END = /(bb|ff|gg|ll|mm|nn|pp|rr|ss)$/;
const ROOT_S_END = /[^aeioujy]s$/;
const VOWEL_S_END = /[aeiouy]s$/;
const DOUBLE_VOWEL_END = /(aa|ee|oo|uu)([^aeiouy])$/;

/**
 * Words Snowball conflates although Dutch keeps them apart: "ouderen" (the elderly) and "ouders" (parents) both
 * stem to "ouder", which would merge two concepts of the social domain.
 */
const OVERRIDES: Readonly<Record<string, string>> = {
  ouderen: 'ouderen',
  oudere: 'ouderen',
};

/**
 * True when the final "s" of `word` belongs to the root (fiets, mens, kans, deelfiets) rather than being a
 * plural. Snowball strips it from the singular but keeps it in the plural ("fietsen" → "fiets").
 */
function hasRootS(word: string): boolean {
  if (isBaseWord(word)) return true;
  // Compounds ending in such a word: require a lexicon front part so that plurals like "examens" (exa+mens)
  // are not mistaken for one.
  for (let cut = 3; cut <= word.length - 4; cut++) {
    if (isBaseWord(word.slice(cut)) && frontBase(word.slice(0, cut)) !== undefined) return true;
  }
  return false;
}

function computeStem(word: string): string {
  // Short words and codes ("wmo", "5g", "co2") are kept as written: stemming them only creates collisions.
  if (word.length <= 3 || HAS_DIGIT.test(word)) return word;
  const override = OVERRIDES[word];
  if (override !== undefined) return override;
  // Plural -s after a vowel is not removed by Snowball ("gemeentes", "autos" typed without apostrophe).
  if (VOWEL_S_END.test(word) && !isLexiconWord(word) && isLexiconWord(word.slice(0, -1))) {
    return computeStem(word.slice(0, -1));
  }
  let stemmed = snowball.stem(word);
  if (stemmed.length < word.length && stemmed.length >= 3) {
    // Snowball leaves the voiced consonant of the plural: huizen → huiz, brieven → briev. Dutch roots end in
    // s/f there (huis, brief), and so do the singular stems.
    const last = stemmed.charAt(stemmed.length - 1);
    if (last === 'z') stemmed = `${stemmed.slice(0, -1)}s`;
    else if (last === 'v') stemmed = `${stemmed.slice(0, -1)}f`;
    // And the doubled consonant after a short vowel: grondstoffen → grondstoff, zonne → zonn.
    else if (DOUBLED_END.test(stemmed)) stemmed = stemmed.slice(0, -1);
  }
  if (stemmed === word.slice(0, -1) && ROOT_S_END.test(word)) {
    if (hasRootS(word)) return word;
    // Plural -s after -en ("gegevens", "examens"): Snowball removes only the s, while the singular loses its
    // -en, so stem the singular instead to make both meet.
    if (word.endsWith('ens') && word.length > 5) return computeStem(stemmed);
  }
  // Snowball undoubles the vowel only when it removed an ending ("palen" → "pal" but "sociaal" stays): closed
  // syllables are written with a double vowel, open ones with a single one, so undoubling always makes
  // "sociaal"/"sociale" and "school"/"scholen" meet.
  return stemmed.replace(DOUBLE_VOWEL_END, (_match, vowels: string, consonant: string) => vowels.charAt(0) + consonant);
}

/**
 * Stems one normalised Dutch word (lowercase, no diacritics): Snowball's Dutch algorithm with repairs so that
 * singular and plural meet ("laadpaal"/"laadpalen" → "laadpal", "fiets"/"fietsen" → "fiets",
 * "huis"/"huizen" → "huis"). Words of three letters or fewer and words with digits are returned unchanged.
 * Results are cached.
 */
export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = computeStem(word);
  cache.set(word, result);
  return result;
}
