// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';
import { nowIso } from '../db/columns.js';
import type { ReflectionTables } from './reflection.tables.js';

export interface BarrierChecklist {
  barriers: string[];
  helpful: { barrier: string; strategy: string }[];
  risks: string[];
}

/** The barriers, helpful strategies and dark-side risks a pilot ticked. */
export function barriersRepository(database: Database) {
  const db = database.withTables<ReflectionTables>();
  return {
    async checklist(pilotId: number): Promise<BarrierChecklist> {
      const [barrierRows, helpfulRows, riskRows] = await Promise.all([
        db.selectFrom('pilotBarriers').select('barrier').where('pilotId', '=', pilotId).execute(),
        db.selectFrom('pilotBarrierStrategies').select(['barrier', 'strategy']).where('pilotId', '=', pilotId).execute(),
        db.selectFrom('pilotRisks').select('risk').where('pilotId', '=', pilotId).execute(),
      ]);
      return { barriers: barrierRows.map((row) => row.barrier), helpful: helpfulRows, risks: riskRows.map((row) => row.risk) };
    },

    /** Replaces the whole checklist in one transaction. */
    async replace(pilotId: number, checklist: BarrierChecklist): Promise<void> {
      const createdAt = nowIso();
      await db.transaction().execute(async (trx) => {
        await trx.deleteFrom('pilotBarrierStrategies').where('pilotId', '=', pilotId).execute();
        await trx.deleteFrom('pilotBarriers').where('pilotId', '=', pilotId).execute();
        await trx.deleteFrom('pilotRisks').where('pilotId', '=', pilotId).execute();
        if (checklist.barriers.length) await trx.insertInto('pilotBarriers').values(checklist.barriers.map((barrier) => ({ pilotId, barrier, createdAt }))).execute();
        if (checklist.helpful.length) await trx.insertInto('pilotBarrierStrategies').values(checklist.helpful.map((mark) => ({ ...mark, pilotId, createdAt }))).execute();
        if (checklist.risks.length) await trx.insertInto('pilotRisks').values(checklist.risks.map((risk) => ({ pilotId, risk, createdAt }))).execute();
      });
    },

    /** How many other pilots marked each strategy helpful, per barrier (only the barriers asked for). */
    async helpfulCounts(barriers: readonly string[], exceptPilotId: number): Promise<{ barrier: string; strategy: string; pilots: number }[]> {
      if (barriers.length === 0) return [];
      const rows = await db
        .selectFrom('pilotBarrierStrategies')
        .select((eb) => ['barrier', 'strategy', eb.fn.countAll<number>().as('pilots')])
        .where('barrier', 'in', [...barriers])
        .where('pilotId', '<>', exceptPilotId)
        .groupBy(['barrier', 'strategy'])
        .execute();
      return rows.map((row) => ({ barrier: row.barrier, strategy: row.strategy, pilots: Number(row.pilots) }));
    },

    async countBarriers(pilotId: number): Promise<{ barriers: number; risks: number }> {
      const [barrierRow, riskRow] = await Promise.all([
        db.selectFrom('pilotBarriers').select((eb) => eb.fn.countAll<number>().as('count')).where('pilotId', '=', pilotId).executeTakeFirst(),
        db.selectFrom('pilotRisks').select((eb) => eb.fn.countAll<number>().as('count')).where('pilotId', '=', pilotId).executeTakeFirst(),
      ]);
      return { barriers: Number(barrierRow?.count ?? 0), risks: Number(riskRow?.count ?? 0) };
    },
  };
}
