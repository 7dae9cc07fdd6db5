// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import { toTsQuery } from '../search/text/index.js';
import type { TextSearchAdapter } from './pilots-search.repository.js';

/**
 * PostgreSQL: `pilots.search_vector` is a stored tsvector generated with the 'simple' configuration from the
 * analysed terms, indexed with GIN. The query string is already analysed, so it goes to to_tsquery('simple')
 * as is. ts_rank_cd grows with relevance; it is negated so that, as on SQLite, lower ranks come first.
 */
export const postgresTextSearch: TextSearchAdapter = {
  render: (groups) => toTsQuery(groups),
  restrict: (query, match) => query.where(sql<boolean>`pilots.search_vector @@ to_tsquery('simple', ${match})`),
  rank: (match) => sql<number>`-ts_rank_cd(pilots.search_vector, to_tsquery('simple', ${match}))`,
};
