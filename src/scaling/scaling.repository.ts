// SPDX-License-Identifier: EUPL-1.2
import type { ExpressionBuilder, Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { listedCondition } from '../pilots/pilots.service.js';
import type { ImpactAnalysisColumns, ScalingAnalysisVersionsTable, ScalingCandidatesTable, ScalingTables } from './scaling.tables.js';

type ScalingDb = Kysely<DB & ScalingTables>;
export type ScalingExecutor = Database | Transaction<DB>;
export type CandidateRow = Selectable<ScalingCandidatesTable>;
export type VersionRow = Selectable<ScalingAnalysisVersionsTable>;

/** This module's tables are not in the shared DB interface; `withTables` adds them for our queries only. */
const tables = (executor: ScalingExecutor): ScalingDb => executor.withTables<ScalingTables>() as unknown as ScalingDb;

/** Queries on scaling candidates and their analysis versions. */
export function scalingRepository(db: Database) {
  return {
    async find(pilotId: number, trx?: ScalingExecutor): Promise<CandidateRow | undefined> {
      return tables(trx ?? db).selectFrom('scalingCandidates').selectAll().where('pilotId', '=', pilotId).executeTakeFirst();
    },

    /** Marks a pilot (nothing happens when it already is a candidate). */
    async insertCandidate(pilotId: number, markedAt: string, markedByUserId: string, trx?: ScalingExecutor): Promise<void> {
      await tables(trx ?? db)
        .insertInto('scalingCandidates')
        .values({ pilotId, markedAt, markedByUserId, analysisVersion: 0 })
        .onConflict((conflict) => conflict.column('pilotId').doNothing())
        .execute();
    },

    async deleteCandidate(pilotId: number, trx?: ScalingExecutor): Promise<void> {
      await tables(trx ?? db).deleteFrom('scalingCandidates').where('pilotId', '=', pilotId).execute();
    },

    /** The highest version recorded for a pilot so far (0 when none). */
    async lastVersion(pilotId: number, trx?: ScalingExecutor): Promise<number> {
      const row = await tables(trx ?? db).selectFrom('scalingAnalysisVersions').select((eb) => eb.fn.max('version').as('version')).where('pilotId', '=', pilotId).executeTakeFirst();
      return Number(row?.version ?? 0);
    },

    /** Stores a new version and makes it the candidate's current analysis. */
    async recordVersion(pilotId: number, version: number, analysis: ImpactAnalysisColumns, at: string, byUserId: string, trx: ScalingExecutor): Promise<void> {
      const executor = tables(trx);
      await executor.insertInto('scalingAnalysisVersions').values({ pilotId, version, ...analysis, recordedAt: at, recordedByUserId: byUserId }).execute();
      await executor.updateTable('scalingCandidates').set({ ...analysis, analysisVersion: version, analysedAt: at, analysedByUserId: byUserId }).where('pilotId', '=', pilotId).execute();
    },

    /** All versions of a pilot's analysis, newest first. */
    async versions(pilotId: number, trx?: ScalingExecutor): Promise<VersionRow[]> {
      return tables(trx ?? db).selectFrom('scalingAnalysisVersions').selectAll().where('pilotId', '=', pilotId).orderBy('version', 'desc').execute();
    },

    /** Every candidate's pilot id, newest mark first. */
    async candidateIds(trx?: ScalingExecutor): Promise<number[]> {
      const rows = await tables(trx ?? db).selectFrom('scalingCandidates').select('pilotId').orderBy('markedAt', 'desc').orderBy('pilotId', 'desc').execute();
      return rows.map((row) => row.pilotId);
    },

    /** One page of candidates whose pilot is listed (the pilots module's rule), newest mark first, and the total. */
    async listedPage(nowIso: string, page: { limit: number; offset: number }, trx?: ScalingExecutor): Promise<{ rows: CandidateRow[]; total: number }> {
      const query = tables(trx ?? db)
        .selectFrom('scalingCandidates')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('pilots')
              .select('pilots.id')
              .whereRef('pilots.id', '=', 'scalingCandidates.pilotId')
              .where((pilots) => listedCondition(pilots as unknown as ExpressionBuilder<DB, 'pilots'>, nowIso)),
          ),
        );
      const [rows, count] = await Promise.all([
        query.selectAll().orderBy('markedAt', 'desc').orderBy('pilotId', 'desc').limit(page.limit).offset(page.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.count) };
    },
  };
}
