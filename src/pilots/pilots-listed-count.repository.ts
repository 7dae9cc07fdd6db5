// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import type { DatabaseKind } from '../config.js';
import type { Database } from '../db/database.js';

/**
 * The exact number of listed pilots, without filters, as two counts that together are the listing rule
 * (listedCondition in pilots.repository.ts): published and visible, and either "settled" (a municipality takes
 * part, or no deadline applies: listed whatever the time) or "waiting" with the deadline still ahead of `now`.
 * The two never overlap (municipality_count > 0 or no deadline, against municipality_count <= 0 with one).
 *
 * Each reads its own partial index (migration 20261122T1930): the settled count walks an index of bare ids
 * instead of the wide listing index (about 6× faster at 100,000 pilots), the waiting count a few hundred
 * entries. The predicates must stay word for word those of the indexes, with literals rather than parameters,
 * or the planners cannot use them. SQLite's planner still prefers the wider listing index by its statistics,
 * hence the INDEXED BY (which fails loudly, rather than silently slowing down, should the index go).
 */
export function listedCountRepository(db: Database, kind: DatabaseKind) {
  const settledFrom = kind === 'sqlite' ? sql`pilots indexed by pilots_settled_idx` : sql`pilots`;
  return {
    async total(now: string): Promise<number> {
      const { rows } = await sql<{ total: number | string }>`
        select
          (select count(*) from ${settledFrom}
            where state = 'published' and hidden_at is null and (municipality_count > 0 or municipality_deadline is null))
          + (select count(*) from pilots
            where state = 'published' and hidden_at is null and municipality_count <= 0 and municipality_deadline > ${now})
          as total`.execute(db);
      return Number(rows[0]!.total);
    },
  };
}
