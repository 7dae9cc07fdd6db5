// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch compound splitting against the shipped lexicon. Dutch writes compounds as one word ("snellaadpalen"), so
 * without splitting a search for "laadpaal" could never find them.
 */
import { WordCache } from './cache.js';
import { foldText } from './normalise.js';
import { MIN_PART_LENGTH, frontBase, isAtomic, isHeadForm } from './lexicon/index.js';

/** Below this length a word cannot consist of two parts of MIN_PART_LENGTH. */
const MIN_COMPOUND_LENGTH = MIN_PART_LENGTH * 2;
/** Longer "words" are codes, URLs glued together or garbage: splitting them costs time and finds nothing. */
const MAX_COMPOUND_LENGTH = 40;
const LETTERS_ONLY = /^[a-z]+$/;

const cache = new WordCache<readonly string[]>(100_000);

/**
 * Derivational suffixes that happen to equal a lexicon word or an inflection of one ("-rijk", "-ster", "-dom").
 * As a last part they would cut "belangrijk" or "eigendom" in two.
 */
const NOT_A_HEAD: ReadonlySet<string> = new Set([
  'heid', 'heden', 'schap', 'schappen', 'rijk', 'rijke', 'baar', 'bare', 'lijk', 'lijke', 'loos', 'loze', 'zaam',
  'zame', 'achtig', 'ster', 'sters', 'dom', 'ling', 'lingen', 'isme', 'iteit',
]);

/** The last part may be inflected (plural, -e); the head of a Dutch compound carries the inflection. */
function isHead(segment: string): boolean {
  return isHeadForm(segment) && !NOT_A_HEAD.has(segment);
}

interface Split {
  readonly parts: readonly string[];
  /** Sum of squared raw segment lengths: higher means fewer tiny pieces among splits with equal part count. */
  readonly score: number;
}

function better(candidate: Split, current: Split | undefined): boolean {
  if (current === undefined) return true;
  if (candidate.parts.length !== current.parts.length) return candidate.parts.length < current.parts.length;
  // On a tie the later candidate has the longer front part; Dutch compounds nest to the left
  // ("aardgasvrij" is aardgas + vrij, not aard + gasvrij).
  return candidate.score >= current.score;
}

/**
 * Dynamic programming from the end of the word: best[i] is the preferred split of word.slice(i). Every front
 * part must be a lexicon word in its compound form (with -s-, -e-, -en- link), the last part a lexicon word or an
 * inflection of one. Criteria are additive, so the optimum over suffixes is the global optimum.
 */
function bestSplit(word: string): readonly string[] | null {
  const n = word.length;
  const best: (Split | undefined)[] = new Array<Split | undefined>(n + 1).fill(undefined);
  for (let i = n - MIN_PART_LENGTH; i >= 0; i--) {
    let choice: Split | undefined;
    // The whole suffix as one head part; never for i === 0, which would be the unsplit word.
    if (i > 0) {
      const segment = word.slice(i);
      if (isHead(segment)) choice = { parts: [segment], score: segment.length ** 2 };
    }
    for (let j = i + MIN_PART_LENGTH; j <= n - MIN_PART_LENGTH; j++) {
      const rest = best[j];
      if (rest === undefined) continue;
      const base = frontBase(word.slice(i, j));
      if (base === undefined) continue;
      const candidate: Split = { parts: [base, ...rest.parts], score: (j - i) ** 2 + rest.score };
      if (better(candidate, choice)) choice = candidate;
    }
    best[i] = choice;
  }
  const result = best[0];
  return result !== undefined && result.parts.length > 1 ? result.parts : null;
}

/** In the fallback, the unknown front and the known head need this many letters: short ones are affixes. */
const MIN_UNKNOWN_FRONT = 4;
const MIN_KNOWN_HEAD = 5;

/**
 * Fallback when no full split exists because the front is not in the lexicon ("invalideparkeerplaatsen",
 * "ov-fiets" without hyphen): the longest known head word after an unknown front. Dutch compounds carry their
 * meaning in the head, so the head alone already links the word to others about the same thing; the unknown
 * front stays a part of its own.
 */
function headSplit(word: string): readonly string[] | null {
  for (let cut = MIN_UNKNOWN_FRONT; cut <= word.length - MIN_KNOWN_HEAD; cut++) {
    const head = word.slice(cut);
    if (isHead(head)) return [word.slice(0, cut), head];
  }
  return null;
}

function splitWord(word: string): readonly string[] {
  if (word.length < MIN_COMPOUND_LENGTH || word.length > MAX_COMPOUND_LENGTH) return [word];
  if (!LETTERS_ONLY.test(word) || isAtomic(word)) return [word];
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  const result = bestSplit(word) ?? headSplit(word) ?? [word];
  cache.set(word, result);
  return result;
}

/**
 * Splits a Dutch compound into its parts using the shipped lexicon, preferring the split with the fewest, then
 * the longest parts; parts are never shorter than three letters. Front parts come back as their base word with
 * the linking morpheme removed; the last part keeps its inflection (stem it to compare):
 * "snellaadpalen" → ["snel", "laadpalen"], "bijstandsuitkering" → ["bijstand", "uitkering"],
 * "zonnepanelen" → ["zon", "panelen"]. A word that cannot be split comes back alone (["gemeente"]).
 * Hyphenated input is split at the hyphens first ("wmo-consulent" → ["wmo", "consulent"]); a piece shorter than
 * three letters stays attached to its neighbour ("e-auto" → ["eauto"]).
 * Input is folded (lowercase, no diacritics) first.
 */
export function splitCompound(word: string): string[] {
  const folded = foldText(word).trim();
  if (!folded.includes('-')) return [...splitWord(folded)];
  // A hyphen piece too short to be a part is a prefix of its neighbour: "e-auto" is one word, "eauto".
  const pieces: string[] = [];
  let pending = '';
  for (const piece of folded.split('-')) {
    if (piece.length === 0) continue;
    if (pending.length + piece.length < MIN_PART_LENGTH) pending += piece;
    else {
      pieces.push(pending + piece);
      pending = '';
    }
  }
  if (pending.length > 0) {
    const last = pieces.pop();
    pieces.push(last === undefined ? pending : last + pending);
  }
  return pieces.flatMap((piece) => [...splitWord(piece)]);
}

/** Same as splitCompound for an already normalised, hyphen-free word, without copying (hot path). */
export function splitNormalisedWord(word: string): readonly string[] {
  return splitWord(word);
}
