// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { whereListed } from '../pilots/pilots.repository.js';
import type { Executor } from './participation.repository.js';

export type OrganisationPilotKind = 'initiated' | 'joined' | 'followed';

/**
 * Which listed pilots an organisation initiated, joins or follows (through its members), newest first.
 *
 * These queries read the pilots table directly (read-only): paging and sorting an organisation's pilots by
 * publication date, limited to listed pilots, needs the pilot rows in the same indexed query. Asking the
 * pilots service for them afterwards would mean loading every id of a large municipality to page in memory.
 * The listing rule itself stays with the pilots module (`whereListed`, as the contracts provide).
 */
export function organisationPilotsRepository(db: Database) {
  return {
    async pilotIds(
      organisationId: number,
      kind: OrganisationPilotKind,
      page: { limit: number; offset: number },
      now: string,
      trx?: Executor,
    ): Promise<{ ids: number[]; total: number }> {
      let query = whereListed((trx ?? db).selectFrom('pilots'), now);
      if (kind === 'initiated') query = query.where('pilots.initiatorOrganisationId', '=', organisationId);
      else if (kind === 'joined') {
        query = query.where('pilots.id', 'in', (eb) =>
          eb.selectFrom('participations').select('participations.pilotId').where('participations.organisationId', '=', organisationId),
        );
      } else {
        // A semi-join, so a pilot followed by several members of the organisation appears once.
        query = query.where('pilots.id', 'in', (eb) =>
          eb.selectFrom('follows').select('follows.pilotId').where('follows.organisationId', '=', organisationId),
        );
      }
      // Page and total in one statement: a big municipality joins thousands of pilots, and each is probed in the
      // listing index once instead of twice. A page past the end has no rows to carry the total, so it counts.
      const rows = await query
        .select(['pilots.id', sql<number>`count(*) over ()`.as('total')])
        .orderBy('pilots.publishedAt', 'desc')
        .orderBy('pilots.id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
      if (rows.length > 0) return { ids: rows.map((row) => row.id), total: Number(rows[0]!.total) };
      if (page.offset === 0) return { ids: [], total: 0 };
      const count = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      return { ids: [], total: Number(count.total) };
    },
  };
}
