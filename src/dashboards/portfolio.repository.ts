// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';
import type { ClosingOutcome } from '../gates/gates.tables.js';
import { listedCondition } from '../pilots/pilots.repository.js';
import type { Phase } from '../pilots/pilots.tables.js';

/**
 * Read-only portfolio aggregates (ADR 0011): phase counts of one organisation's listed pilots, and the closing
 * outcome and adoption count of a page of pilots in two queries, where the gates services answer one pilot at a time.
 */
export function portfolioRepository(db: Database) {
  return {
    async phaseCounts(organisationId: number, kind: 'initiated' | 'joined', now: string): Promise<{ phase: Phase; count: number }[]> {
      let query = db.selectFrom('pilots').where((eb) => listedCondition(eb, now));
      query =
        kind === 'initiated'
          ? query.where('pilots.initiatorOrganisationId', '=', organisationId)
          : query.where('pilots.id', 'in', (eb) => eb.selectFrom('participations').select('participations.pilotId').where('participations.organisationId', '=', organisationId));
      const rows = await query.select(['pilots.phase', (eb) => eb.fn.countAll<number>().as('count')]).groupBy('pilots.phase').execute();
      return rows.map((row) => ({ phase: row.phase, count: Number(row.count) }));
    },

    async closingOutcomes(pilotIds: readonly number[]): Promise<Map<number, ClosingOutcome>> {
      if (pilotIds.length === 0) return new Map();
      const rows = await db.selectFrom('pilotClosings').select(['pilotId', 'outcome']).where('pilotId', 'in', [...pilotIds]).execute();
      return new Map(rows.map((row) => [row.pilotId, row.outcome]));
    },

    async adoptionCounts(pilotIds: readonly number[]): Promise<Map<number, number>> {
      if (pilotIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('pilotAdoptions')
        .select(['pilotId', (eb) => eb.fn.countAll<number>().as('count')])
        .where('pilotId', 'in', [...pilotIds])
        .groupBy('pilotId')
        .execute();
      return new Map(rows.map((row) => [row.pilotId, Number(row.count)]));
    },
  };
}
