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
    // The virtual table is not part of the typed schema; the join adds no selectable columns, so the type stays.
    return query
      .innerJoin(sql`pilot_search`.as('pilot_search'), (join) => join.on(sql<boolean>`pilot_search.rowid = pilots.id`))
      .where(sql<boolean>`pilot_search match ${match}`) as unknown as PilotListQuery;
  },
  rank: () => sql<number>`bm25(pilot_search)`,
};
