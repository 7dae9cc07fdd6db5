// SPDX-License-Identifier: EUPL-1.2
/**
 * Matching text against the thesaurus. Surface forms are analysed once, exactly like document text (tokenise,
 * drop stopwords, stem), into "units"; single-unit forms go into a Map, multi-unit forms into a trie keyed by
 * unit. Matching a document is then one Map lookup per word plus a trie walk that almost always stops at once —
 * no regular expression per concept.
 */
import { CONCEPT_DEFS, conceptToken } from './concepts/index.js';
import { tokenize } from './normalise.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';

/** Tokens longer than this are not words (hashes, glued URLs); they are neither indexed nor matched. */
export const MAX_TOKEN_LENGTH = 48;

/**
 * The unit a token contributes to phrase matching: the stem of the token with hyphens removed
 * ("e-auto" → "eauto"), or null for stopwords, single characters and overlong tokens.
 */
export function unitOf(token: string): string | null {
  if (isStopword(token)) return null;
  const joined = token.includes('-') ? token.replace(/-/g, '') : token;
  if (joined.length < 2 || joined.length > MAX_TOKEN_LENGTH) return null;
  return stem(joined);
}

interface TrieNode {
  next: Map<string, TrieNode> | undefined;
  /** Concept tokens of the phrases ending at this node. */
  concepts: string[] | undefined;
}

interface Matcher {
  readonly single: ReadonlyMap<string, readonly string[]>;
  readonly phrases: ReadonlyMap<string, TrieNode>;
}

let built: Matcher | null = null;

function addUnique(list: string[] | undefined, value: string): string[] {
  if (list === undefined) return [value];
  if (!list.includes(value)) list.push(value);
  return list;
}

function build(): Matcher {
  const single = new Map<string, string[]>();
  const phrases = new Map<string, TrieNode>();
  for (const def of CONCEPT_DEFS) {
    const token = conceptToken(def.id);
    for (const term of def.terms) {
      const units = surfaceUnits(term);
      const [first, ...rest] = units;
      if (first === undefined) continue;
      if (rest.length === 0) {
        single.set(first, addUnique(single.get(first), token));
        continue;
      }
      let node = phrases.get(first);
      if (node === undefined) phrases.set(first, (node = { next: undefined, concepts: undefined }));
      for (const unit of rest) {
        node.next ??= new Map();
        let child: TrieNode | undefined = node.next.get(unit);
        if (child === undefined) node.next.set(unit, (child = { next: undefined, concepts: undefined }));
        node = child;
      }
      node.concepts = addUnique(node.concepts, token);
    }
  }
  return { single, phrases };
}

function matcher(): Matcher {
  built ??= build();
  return built;
}

/** The units of a thesaurus surface form, analysed exactly like document text. */
export function surfaceUnits(term: string): string[] {
  const units: string[] = [];
  for (const token of tokenize(term)) {
    const unit = unitOf(token);
    if (unit !== null) units.push(unit);
  }
  return units;
}

const NONE: readonly string[] = [];

/** Concept tokens whose single-word surface forms have this stem ("laadpal" → ["c0laadpaal"]). */
export function conceptsOfStem(stemmed: string): readonly string[] {
  return matcher().single.get(stemmed) ?? NONE;
}

/** A multi-word surface form found in a unit sequence: it ends at units[end]. */
export interface PhraseMatch {
  readonly end: number;
  readonly concepts: readonly string[];
}

const NO_MATCHES: readonly PhraseMatch[] = [];

/**
 * Every multi-word surface form that starts at units[start], shorter and longer ones alike. Allocates nothing
 * when no phrase starts there, which is almost always: this runs once per word of every document.
 */
export function phrasesAt(units: readonly string[], start: number): readonly PhraseMatch[] {
  const first = units[start];
  let node = first === undefined ? undefined : matcher().phrases.get(first);
  if (node === undefined) return NO_MATCHES;
  const found: PhraseMatch[] = [];
  let end = start;
  while (node !== undefined) {
    if (node.concepts !== undefined) found.push({ end, concepts: node.concepts });
    end++;
    const unit = units[end];
    if (unit === undefined || node.next === undefined) break;
    node = node.next.get(unit);
  }
  return found;
}

/** Numbers for reports: distinct single-word forms and multi-word phrase starts. */
export function matcherStats(): { singleForms: number; phraseStarts: number } {
  const m = matcher();
  return { singleForms: m.single.size, phraseStarts: m.phrases.size };
}
