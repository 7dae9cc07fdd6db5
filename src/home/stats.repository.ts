// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import type { Database } from '../db/database.js';
import { listedCondition } from '../pilots/pilots.repository.js';
import type { Phase, Theme } from '../pilots/pilots.tables.js';

/**
 * The national numbers, counted live in SQL with the listing rule of the pilots module.
 *
 * These are read-only aggregates over the pilots, pilot_themes, participations and organisations tables: a
 * count over 100,000 pilots cannot go through services that return rows. Every query runs on covering indexes
 * (see docs/adr/0004-search.md, "Numbers on the home page"); stats.service.ts keeps the result as a snapshot
 * until the data changes (ADR 0012).
 */
export function statsRepository(db: Database) {
  return {
    async listedByPhase(now: string): Promise<{ phase: Phase; count: number }[]> {
      const rows = await db
        .selectFrom('pilots')
        .where((eb) => listedCondition(eb, now))
        .select(['pilots.phase', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('pilots.phase')
        .execute();
      return rows.map((row) => ({ phase: row.phase, count: Number(row.count) }));
    },

    /**
     * Listed pilots per theme, counted as "all theme rows minus those of unlisted pilots" in one statement.
     * Most pilots are listed, so this reads the theme index once plus the few unlisted pilots' themes, instead of
     * joining every theme row to its pilot: 30 ms instead of 200 ms at 100,000 pilots on SQLite (ADR 0004).
     * The cross join makes SQLite start from the pilots (filtered on the covering listing index), not the themes.
     */
    async listedByTheme(now: string): Promise<{ theme: Theme; count: number }[]> {
      const allThemes = db
        .selectFrom('pilotThemes')
        .select(['pilotThemes.theme', (eb) => eb.fn.countAll<number>().as('count')])
        .groupBy('pilotThemes.theme');
      const unlistedThemes = db
        .selectFrom('pilots')
        .crossJoin('pilotThemes')
        .whereRef('pilotThemes.pilotId', '=', 'pilots.id')
        .where((eb) => eb.not(listedCondition(eb, now)))
        .select(['pilotThemes.theme', sql<number>`-count(*)`.as('count')])
        .groupBy('pilotThemes.theme');
      const rows = await db
        .selectFrom(allThemes.unionAll(unlistedThemes).as('parts'))
        .select(['parts.theme', (eb) => eb.fn.sum<number>('parts.count').as('count')])
        .groupBy('parts.theme')
        .execute();
      return rows.map((row) => ({ theme: row.theme, count: Number(row.count) }));
    },

    /**
     * Municipalities that initiate or take part in at least one listed pilot. Asked per municipality (342 of them)
     * with EXISTS, each answered from the (organisation_id, pilot_id) and initiator indexes and stopping at the
     * first listed pilot, rather than collecting a million participations and counting the distinct ones.
     */
    async municipalitiesTakingPart(now: string): Promise<number> {
      const row = await db
        .selectFrom('organisations')
        .where('organisations.type', '=', 'municipality')
        .where((eb) =>
          eb.or([
            eb.exists(
              eb
                .selectFrom('pilots')
                .select('pilots.id')
                .whereRef('pilots.initiatorOrganisationId', '=', 'organisations.id')
                .where((inner) => listedCondition(inner, now)),
            ),
            eb.exists(
              eb
                .selectFrom('participations')
                .innerJoin('pilots', 'pilots.id', 'participations.pilotId')
                .select('pilots.id')
                .whereRef('participations.organisationId', '=', 'organisations.id')
                .where((inner) => listedCondition(inner, now)),
            ),
          ]),
        )
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
