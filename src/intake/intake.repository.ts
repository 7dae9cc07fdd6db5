// SPDX-License-Identifier: EUPL-1.2
import type { Insertable, Selectable, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Database } from '../db/database.js';
import type { PilotIntakesTable, TheoryOfChangeVersionsTable } from './intake.tables.js';

export type IntakeExecutor = Database | Transaction<DB>;
export type IntakeRow = Selectable<PilotIntakesTable>;
export type TheoryOfChangeRow = Selectable<TheoryOfChangeVersionsTable>;

/** True for a unique-constraint violation on either database (SQLite's code or PostgreSQL's SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/** Queries for intakes and theory-of-change versions. */
export function intakeRepository(db: Database) {
  return {
    async findIntake(pilotId: number, trx?: IntakeExecutor): Promise<IntakeRow | undefined> {
      return (trx ?? db).selectFrom('pilotIntakes').selectAll().where('pilotId', '=', pilotId).executeTakeFirst();
    },

    /** Pilot ids among `pilotIds` that have an intake (one indexed lookup for the whole list). */
    async pilotIdsWithIntake(pilotIds: readonly number[], trx?: IntakeExecutor): Promise<number[]> {
      if (pilotIds.length === 0) return [];
      const rows = await (trx ?? db).selectFrom('pilotIntakes').select('pilotId').where('pilotId', 'in', [...pilotIds]).execute();
      return rows.map((row) => row.pilotId);
    },

    /** Inserts the intake or replaces its answers, keeping the first created_at. */
    async upsertIntake(row: Insertable<PilotIntakesTable>, trx?: IntakeExecutor): Promise<void> {
      const { pilotId, createdAt, ...answers } = row;
      await (trx ?? db)
        .insertInto('pilotIntakes')
        .values({ pilotId, createdAt, ...answers })
        .onConflict((conflict) => conflict.column('pilotId').doUpdateSet(answers))
        .execute();
    },

    async latestTheory(pilotId: number, trx?: IntakeExecutor): Promise<TheoryOfChangeRow | undefined> {
      return (trx ?? db)
        .selectFrom('theoryOfChangeVersions')
        .selectAll()
        .where('pilotId', '=', pilotId)
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    async theoryVersion(pilotId: number, version: number, trx?: IntakeExecutor): Promise<TheoryOfChangeRow | undefined> {
      return (trx ?? db).selectFrom('theoryOfChangeVersions').selectAll().where('pilotId', '=', pilotId).where('version', '=', version).executeTakeFirst();
    },

    /** Version numbers and save times, newest first (a pilot has a handful, so no paging). */
    async theoryVersions(pilotId: number, trx?: IntakeExecutor): Promise<{ version: number; createdAt: string; createdByUserId: string | null }[]> {
      return (trx ?? db)
        .selectFrom('theoryOfChangeVersions')
        .select(['version', 'createdAt', 'createdByUserId'])
        .where('pilotId', '=', pilotId)
        .orderBy('version', 'desc')
        .limit(100)
        .execute();
    },

    /**
     * Adds the next version. The unique (pilot_id, version) constraint refuses a concurrent duplicate with a unique
     * violation (see isUniqueViolation); the service then tries again in a fresh transaction.
     */
    async insertTheoryVersion(row: Omit<Insertable<TheoryOfChangeVersionsTable>, 'version'>, trx?: IntakeExecutor): Promise<number> {
      const executor = trx ?? db;
      const last = await executor
        .selectFrom('theoryOfChangeVersions')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('pilotId', '=', row.pilotId)
        .executeTakeFirst();
      const version = Number(last?.version ?? 0) + 1;
      await executor.insertInto('theoryOfChangeVersions').values({ ...row, version }).execute();
      return version;
    },
  };
}
