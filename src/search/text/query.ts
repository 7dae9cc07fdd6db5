// SPDX-License-Identifier: EUPL-1.2
/**
 * Turning a user's search text into term groups: AND over groups, OR within a group. Rendering the groups for a
 * database lives in render.ts.
 */
import { analyseWords } from './analyse.js';
import { isConceptToken } from './concepts/index.js';
import { phrasesAt } from './matcher.js';

/** Options for queryTerms. */
export interface QueryOptions {
  /** Add thesaurus concepts as alternatives (synonyms, abbreviations). Default true. */
  readonly concepts?: boolean;
  /** Content words considered; the rest of a long pasted text is ignored. Default 32. */
  readonly maxWords?: number;
}

const DEFAULT_MAX_WORDS = 32;

/** Drops groups implied by another one: A AND (A OR B) is just A. Keeps the first of equal groups. */
function removeImpliedGroups(groups: readonly string[][]): string[][] {
  const sets = groups.map((group) => new Set(group));
  return groups.filter((group, i) => {
    const own = sets[i];
    if (own === undefined) return false;
    return !sets.some((other, j) => {
      if (j === i || other.size > own.size) return false;
      if (other.size === own.size && j > i) return false;
      for (const term of other) if (!own.has(term)) return false;
      return true;
    });
  });
}

/**
 * Analyses a search query into groups of alternative terms, one group per content word (a compound or
 * hyphenated word gives one group per part, each also accepting the whole word's stem, so "laadpaal" matches
 * "laadpaal", "snellaadpalen" and "laden bij een paal"). Each group holds the word's stem, part stems and
 * concept tokens; a multi-word phrase of the thesaurus adds its concept to the groups of all its words.
 * Stopwords give no group, so a query of only stopwords returns [] (meaning: no text filter).
 */
export function queryTerms(text: string, options: QueryOptions = {}): string[][] {
  const expand = options.concepts ?? true;
  const infos = analyseWords(text).slice(0, Math.max(0, options.maxWords ?? DEFAULT_MAX_WORDS));
  const perWord: string[][][] = infos.map((info) =>
    info.groups.map((group) => (expand ? [...group] : group.filter((term) => !isConceptToken(term)))),
  );
  if (expand) {
    const units = infos.map((info) => info.unit);
    for (let i = 0; i < infos.length; i++) {
      for (const { end, concepts } of phrasesAt(units, i)) {
        for (let k = i; k <= end; k++) {
          for (const group of perWord[k] ?? []) {
            for (const concept of concepts) if (!group.includes(concept)) group.push(concept);
          }
        }
      }
    }
  }
  return removeImpliedGroups(perWord.flat().filter((group) => group.length > 0));
}
