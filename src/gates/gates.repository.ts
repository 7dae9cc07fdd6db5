// SPDX-License-Identifier: EUPL-1.2
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { GateDecisionsTable } from './gates.tables.js';

export type Executor = Database | Transaction<DB>;

/** Every query on gate decisions. Functions take an optional transaction. */
export function gatesRepository(db: Database) {
  return {
    transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    async insertDecision(values: Insertable<GateDecisionsTable>, trx?: Executor): Promise<number> {
      const row = await (trx ?? db).insertInto('gateDecisions').values(values).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    /** A pilot's decisions, newest first (ties broken by id so two decisions on one day keep their order). */
    async decisionsOf(pilotId: number, limit: number) {
      return db
        .selectFrom('gateDecisions')
        .selectAll()
        .where('pilotId', '=', pilotId)
        .orderBy('decidedAt', 'desc')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
    },

    /** The time of the latest decision per pilot, in one grouped query over the (pilot_id, decided_at) index. */
    async lastDecisionTimes(pilotIds: readonly number[]): Promise<Map<number, string>> {
      const times = new Map<number, string>();
      if (pilotIds.length === 0) return times;
      const rows = await db
        .selectFrom('gateDecisions')
        .select(['pilotId', (eb) => eb.fn.max('decidedAt').as('lastAt')])
        .where('pilotId', 'in', [...pilotIds])
        .groupBy('pilotId')
        .execute();
      for (const row of rows) times.set(row.pilotId, String(row.lastAt));
      return times;
    },
  };
}

export type GateDecisionRow = Awaited<ReturnType<ReturnType<typeof gatesRepository>['decisionsOf']>>[number];
