// SPDX-License-Identifier: EUPL-1.2
/** Shape of the shipped domain thesaurus. */

/** One concept: a thing municipalities talk about in many words. */
export interface ConceptDef {
  /** Stable id, `c_` + lowercase ascii/underscores, e.g. `c_laadpaal`. Stored in the index as a token (see conceptToken). */
  readonly id: string;
  /** Human-readable Dutch label shown in the UI ("shared: laadpaal, parkeren"). */
  readonly label: string;
  /** Surface forms: words, compounds, abbreviations and multi-word phrases, written as people write them. */
  readonly terms: readonly string[];
}

/** Shorthand used by the data files: the terms as one string, separated by "|". */
export function concept(id: string, label: string, terms: string): ConceptDef {
  return {
    id,
    label,
    terms: terms
      .split('|')
      .map((term) => term.trim())
      .filter((term) => term.length > 0),
  };
}
