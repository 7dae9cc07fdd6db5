// SPDX-License-Identifier: EUPL-1.2
/**
 * Dutch text analysis for search and "similar pilots". Pure: no database, no I/O at call time. The databases
 * index the output (space-separated alphanumeric terms) with a plain tokenizer — FTS5 unicode61 on SQLite,
 * to_tsvector('simple', …) on PostgreSQL — so all linguistic work happens here and both behave the same.
 */
export { foldText, normalise, tokenize } from './normalise.js';
export { isStopword } from './stopwords.js';
export { stem } from './stem.js';
export { splitCompound } from './compound.js';
export { analyseText, conceptsInText, indexTerms, indexText, type Term, type TermKind } from './analyse.js';
export { queryTerms, type QueryOptions } from './query.js';
export { fts5MatchForQuery, toFts5Match, toTsQuery, tsQueryForQuery } from './render.js';
export {
  CONCEPT_DEFS as concepts,
  CONCEPT_TOKEN_PREFIX,
  conceptById,
  conceptByToken,
  conceptToken,
  isAspectToken,
  isConceptToken,
  ASPECT_CONCEPT_IDS,
  type ConceptDef,
} from './concepts/index.js';
export { lexiconStats } from './lexicon/index.js';
export {
  applyIdf,
  cosine,
  DEFAULT_FIELD_WEIGHTS,
  DEFAULT_KIND_WEIGHTS,
  documentFrequencies,
  explainOverlap,
  idfWeights,
  termVector,
  type IdfTable,
  type SharedTerm,
  type TermVector,
  type TermVectorInput,
  type TermVectorOptions,
} from './similarity.js';
