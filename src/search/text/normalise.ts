// SPDX-License-Identifier: EUPL-1.2
/**
 * Normalisation and tokenisation of Dutch text.
 *
 * Everything downstream (stemming, compounds, concepts, the database indexes) relies on tokens being lowercase
 * letters and digits only, with at most an inner hyphen: FTS5's unicode61 tokenizer and PostgreSQL's parser both
 * split on any other character, so anything else would make the two databases disagree.
 */

// Typographic apostrophes and accents typed instead of an apostrophe ("auto’s", "auto`s").
const APOSTROPHES = /[\u2018\u2019\u201B\u0060\u00B4\u2032\u02BC]/g;
// Unicode hyphens that mean the same as "-" inside a word ("e‑auto" with a non-breaking hyphen).
const HYPHENS = /[\u2010\u2011\u2012\u2043\uFE63\uFF0D]/g;
// Soft hyphens and zero-width characters hide inside words pasted from Word or PDFs: drop them so the word joins.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const MARKS = /\p{M}+/gu;
// Letters that NFKD does not decompose into a base letter plus a mark.
const SPECIAL = /[ßæœøłđðþı]/g;
const SPECIAL_MAP: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};
const NON_ASCII = /[^\x00-\x7F]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const APOSTROPHE = 39;
const HYPHEN = 45;
// Contractions that are function words; joined they would become real words ("zo'n" → "zon", sun).
const CLITICS: ReadonlySet<string> = new Set(["zo'n", "m'n", "z'n", "d'r", "da's", "'t", "'n", "'s", "h'm", "'m"]);

/**
 * Lowercases, folds diacritics and unifies apostrophes/hyphens, without splitting into tokens yet.
 * Exposed so callers can fold text the same way (for example to compare labels).
 */
export function foldText(text: string): string {
  let folded = text;
  // Pure ASCII text (most of it) skips the Unicode passes, which are the costly part.
  if (NON_ASCII.test(folded)) {
    folded = folded
      .normalize('NFKD')
      .replace(MARKS, '')
      .replace(INVISIBLE, '')
      .replace(APOSTROPHES, "'")
      .replace(HYPHENS, '-');
  }
  folded = folded.toLowerCase();
  if (NON_ASCII.test(folded)) folded = folded.replace(SPECIAL, (ch) => SPECIAL_MAP[ch] ?? ch);
  return folded;
}

// Classification of non-ASCII code units, memoised: a Unicode-property regex per character is the slow part.
const wideWordChar = new Map<number, boolean>();

/** Letters and digits are word characters; surrogate halves (emoji and rare scripts) separate words. */
function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wideWordChar.get(code);
  if (known === undefined) {
    known = code < 0xd800 || code > 0xdfff ? LETTER_OR_DIGIT.test(String.fromCharCode(code)) : false;
    wideWordChar.set(code, known);
  }
  return known;
}

/** Turns one raw token into its normalised form, or null when it carries no content (a contraction). */
function cleanToken(token: string): string | null {
  if (!token.includes("'")) return token;
  if (CLITICS.has(token)) return null;
  // "'s" is the plural/genitive ending after vowels and abbreviations ("auto's", "pdf's", "Jan's").
  const base = token.endsWith("'s") ? token.slice(0, -2) : token;
  const joined = base.replace(/'/g, '');
  return joined.length > 0 ? joined : null;
}

/**
 * Splits text into normalised tokens: lowercase, no diacritics, letters/digits with inner hyphens kept
 * ("E-auto’s!" → ["e-auto"]). Single letters and stopwords are kept here; the analysers drop them.
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  const out: string[] = [];
  const n = folded.length;
  let i = 0;
  // A hand-written scanner rather than matchAll: it runs over every imported text and allocates no match objects.
  // A word is letters/digits, optionally joined by single inner apostrophes or hyphens ("e-auto's", "zo'n").
  while (i < n) {
    if (!isWordChar(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let joiner = false;
    while (i < n) {
      const code = folded.charCodeAt(i);
      if (isWordChar(code)) i++;
      else if ((code === APOSTROPHE || code === HYPHEN) && i + 1 < n && isWordChar(folded.charCodeAt(i + 1))) {
        joiner = true;
        i++;
      } else break;
    }
    const raw = folded.slice(start, i);
    const token = joiner ? cleanToken(raw) : raw;
    if (token !== null) out.push(token);
  }
  return out;
}

/**
 * Normalises text for matching: lowercase, diacritics folded (é→e, ë→e), typographic apostrophes and hyphens
 * unified, the plural/genitive "'s" removed ("e-auto's" → "e-auto"), all other punctuation replaced by single
 * spaces. Inner hyphens stay so callers can still see compounds like "e-auto"; the analysers expand them.
 */
export function normalise(text: string): string {
  return tokenize(text).join(' ');
}
