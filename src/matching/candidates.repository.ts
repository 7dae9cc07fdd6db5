// SPDX-License-Identifier: EUPL-1.2
import type { DatabaseKind } from '../config.js';
import type { Database } from '../db/database.js';
import { postgresCandidateSearch } from './candidates.postgres.repository.js';
import { sqliteCandidateSearch } from './candidates.sqlite.repository.js';

/** A query term with its IDF weight: rarer terms count more in the candidate ranking. */
export interface WeightedTerm {
  readonly term: string;
  readonly weight: number;
}

/**
 * Candidate retrieval for "similar pilots": ids of pilots whose analysed text contains any of the terms, best
 * first. Only the full-text index is read (no join): the caller keeps listed pilots when it loads the documents,
 * which is why it asks for more candidates than it needs. One adapter per database.
 */
export interface CandidateSearch {
  candidates(db: Database, terms: readonly WeightedTerm[], limit: number): Promise<number[]>;
}

export function candidateSearch(kind: DatabaseKind): CandidateSearch {
  return kind === 'postgres' ? postgresCandidateSearch : sqliteCandidateSearch;
}
