// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import { toFts5Match } from '../search/text/index.js';
import type { PilotListQuery, TextSearchAdapter } from './pilots-search.repository.js';

/**
 * SQLite: the FTS5 table `pilot_search` (external content, rowid = pilots.id, kept by triggers) holds the analysed
 * terms. FTS5 reads the matching rowids from its index first, then each pilot is fetched by primary key.
 * bm25() is already "lower is better".
 */
export const sqliteTextSearch: TextSearchAdapter = {
  render: (groups) => toFts5Match(groups),
  restrict(query, match) {
    // The matches come from a derived table that SQLite must not flatten into the outer query (`limit -1`
    // prevents it): bm25() only works in the statement that reads the FTS5 table, and the list also counts the
    // matches with a window function in the same pass. The join adds no selectable columns, so the type stays.
    const hits = sql`(select rowid as id, bm25(pilot_search) as score from pilot_search where pilot_search match ${match} limit -1)`;
    return query.innerJoin(hits.as('hits'), (join) => join.on(sql<boolean>`hits.id = pilots.id`)) as unknown as PilotListQuery;
  },
  rank: () => sql<number>`hits.score`,
};
