// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import { toFts5Match } from '../search/text/index.js';
import type { CandidateSearch } from './candidates.repository.js';

/**
 * SQLite: FTS5 reads the posting lists of the terms (OR) and ranks the hits with bm25, which weighs rare terms up
 * by itself. Reading only the index, without joining pilots, keeps it at ~10 ms for 20,000 postings.
 */
export const sqliteCandidateSearch: CandidateSearch = {
  async candidates(db, terms, limit) {
    const match = toFts5Match([terms.map((entry) => entry.term)]);
    if (match === null) return [];
    const { rows } = await sql<{ id: number }>`
      select rowid as id from pilot_search where pilot_search match ${match} order by rank limit ${limit}`.execute(db);
    return rows.map((row) => Number(row.id));
  },
};
