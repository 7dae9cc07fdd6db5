// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * Two partial indexes that make the exact total of all listed pilots (the unfiltered /pilots list) cheap; see
 * pilots-listed-count.repository.ts, whose queries repeat these predicates word for word (both databases use a
 * partial index only when the query's WHERE implies the index's).
 * - pilots_settled_idx: published, visible pilots that are listed whatever the time (a municipality takes part,
 *   or no deadline applies). Only ids: counting it reads a few hundred pages instead of every listing fact.
 * - pilots_waiting_idx: published, visible pilots still waiting for a municipality, by deadline: the few whose
 *   deadline is still ahead are counted at the moment of the request, so the total drops when a deadline passes.
 */
export const addListedCountIndexes: ModuleMigration = {
  async up(db: Kysely<any>) {
    await sql`create index pilots_settled_idx on pilots (id) where state = 'published' and hidden_at is null and (municipality_count > 0 or municipality_deadline is null)`.execute(db);
    await sql`create index pilots_waiting_idx on pilots (municipality_deadline) where state = 'published' and hidden_at is null and municipality_count <= 0`.execute(db);
  },
};
