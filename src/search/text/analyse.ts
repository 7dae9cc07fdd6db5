// SPDX-License-Identifier: EUPL-1.2
/**
 * Word- and document-level analysis shared by indexing, querying and similarity. Each distinct token is analysed
 * once and cached (stem, compound parts, concepts, query alternatives); a document is then a walk over cached
 * results plus a phrase-trie walk for multi-word surface forms.
 */
import { WordCache } from './cache.js';
import { conceptByToken } from './concepts/index.js';
import { splitNormalisedWord } from './compound.js';
import { conceptsOfStem, phrasesAt, unitOf } from './matcher.js';
import { tokenize } from './normalise.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';

/** What a term stands for: the whole word, a compound/hyphen part of it, or a thesaurus concept. */
export type TermKind = 'word' | 'part' | 'concept';

/** One analysed term with a human-readable label (a surface form, or the concept's label). */
export interface Term {
  readonly text: string;
  readonly kind: TermKind;
  readonly label: string;
  /** For parts: the stem of the whole word they were cut from, so explanations can fold them back. */
  readonly of?: string;
}

/** Cached analysis of one token. */
export interface WordInfo {
  /** Stem of the whole token; the unit used for phrase matching. */
  readonly unit: string;
  /** Index terms of this token, without duplicates: stem, part stems, concept tokens. */
  readonly terms: readonly Term[];
  /** Query alternatives for this token: AND over the groups, OR within a group. */
  readonly groups: readonly (readonly string[])[];
}

const wordCache = new WordCache<WordInfo | null>(200_000);
const conceptTerms = new Map<string, Term>();

/** The shared Term object of a concept token, so documents do not allocate one per occurrence. */
export function conceptTerm(token: string): Term {
  let term = conceptTerms.get(token);
  if (term === undefined) {
    term = { text: token, kind: 'concept', label: conceptByToken(token)?.label ?? token };
    conceptTerms.set(token, term);
  }
  return term;
}

function uniqueList(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function analyseToken(token: string): WordInfo | null {
  const unit = unitOf(token);
  if (unit === null) return null;
  const terms: Term[] = [];
  const seen = new Set<string>();
  const add = (term: Term): void => {
    if (seen.has(term.text)) return;
    seen.add(term.text);
    terms.push(term);
  };
  add({ text: unit, kind: 'word', label: token });
  const wholeConcepts = conceptsOfStem(unit);
  for (const concept of wholeConcepts) add(conceptTerm(concept));
  // Concepts of the parts only count when the whole word has none: the whole is more specific
  // ("participatiewet" is about welfare, not about citizen participation).
  const useParts = wholeConcepts.length === 0;
  const alternatives: string[][] = [];
  let complete = true;
  const addPart = (part: string, queryable: boolean): void => {
    const partStem = stem(part);
    add({ text: partStem, kind: 'part', label: part, of: unit });
    const partConcepts = useParts ? conceptsOfStem(partStem) : [];
    for (const concept of partConcepts) add(conceptTerm(concept));
    if (queryable) alternatives.push([partStem, ...partConcepts]);
  };
  if (token.includes('-')) {
    for (const segment of token.split('-')) {
      // "e-auto": the "e" is not a term, so the query must not shrink to "auto"; the joined stem still matches.
      if (segment.length < 2 || isStopword(segment)) {
        complete = false;
        continue;
      }
      addPart(segment, true);
      const pieces = splitNormalisedWord(segment);
      if (pieces.length > 1) for (const piece of pieces) addPart(piece, false);
    }
  } else {
    const pieces = splitNormalisedWord(token);
    if (pieces.length > 1) for (const piece of pieces) addPart(piece, true);
  }
  const base = [unit, ...wholeConcepts];
  // word = whole OR (part1 AND part2 …), distributed into (whole OR part1) AND (whole OR part2) …, which is the
  // only shape an AND-of-ORs query can express.
  const groups =
    complete && alternatives.length > 1
      ? alternatives.map((alternative) => uniqueList([...base, ...alternative]))
      : [uniqueList(base)];
  return { unit, terms, groups };
}

/** The cached analysis of one normalised token, or null for stopwords and non-words. */
export function analyseWord(token: string): WordInfo | null {
  const hit = wordCache.get(token);
  if (hit !== undefined) return hit;
  const info = analyseToken(token);
  wordCache.set(token, info);
  return info;
}

/** Analyses every content word of a text, in order. */
export function analyseWords(text: string): WordInfo[] {
  const infos: WordInfo[] = [];
  for (const token of tokenize(text)) {
    const info = analyseWord(token);
    if (info !== null) infos.push(info);
  }
  return infos;
}

function spanHasTerm(infos: readonly WordInfo[], from: number, to: number, text: string): boolean {
  for (let i = from; i <= to; i++) {
    const info = infos[i];
    if (info !== undefined && info.terms.some((term) => term.text === text)) return true;
  }
  return false;
}

/** Walks a document's terms in order: per word its terms, then concepts of multi-word phrases starting there. */
function walk(text: string, emit: (term: Term) => void): void {
  const infos = analyseWords(text);
  const units = infos.map((info) => info.unit);
  for (let i = 0; i < infos.length; i++) {
    const info = infos[i];
    if (info === undefined) continue;
    for (const term of info.terms) emit(term);
    for (const { end, concepts } of phrasesAt(units, i)) {
      for (const concept of concepts) if (!spanHasTerm(infos, i, end, concept)) emit(conceptTerm(concept));
    }
  }
}

/** All terms of a text with their kind and label, in document order (duplicates across words kept). */
export function analyseText(text: string): Term[] {
  const terms: Term[] = [];
  walk(text, (term) => terms.push(term));
  return terms;
}

/**
 * The terms to store in the search index for a document: the stem of every non-stopword word, the stems of its
 * compound and hyphen parts, and concept tokens for thesaurus matches (single words, compound parts and
 * multi-word phrases). Deterministic and in document order. Duplicates are kept ACROSS words, so term frequency
 * reaches the ranking (bm25, ts_rank); within one word each term appears once, so a compound does not count its
 * own concept twice. Join with spaces for the `search_terms` column (see indexText).
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  walk(text, (term) => terms.push(term.text));
  return terms;
}

/** indexTerms joined by single spaces: the value for the databases' `search_terms` column. */
export function indexText(text: string): string {
  return indexTerms(text).join(' ');
}

/** Ids of the thesaurus concepts found in a text (distinct, in order of first occurrence), e.g. for tags. */
export function conceptsInText(text: string): string[] {
  const ids = new Set<string>();
  walk(text, (term) => {
    if (term.kind === 'concept') {
      const id = conceptByToken(term.text)?.id;
      if (id !== undefined) ids.add(id);
    }
  });
  return [...ids];
}
