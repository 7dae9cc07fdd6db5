// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { ReportReason, ReportStatus } from './moderation.tables.js';

type Executor = Database | Transaction<DB>;

export interface ReportRow {
  id: number;
  pilotId: number;
  reporterUserId: string | null;
  reason: ReportReason;
  text: string | null;
  createdAt: string;
}

/** One pilot in the queue: how many open reports it has and when the latest came in. */
export interface ReportedPilotRow {
  pilotId: number;
  openCount: number;
  latestAt: string;
}

/** Reports by members. Only this module writes them; the queue reads open ones grouped per pilot. */
export function reportsRepository(db: Database) {
  return {
    async insert(values: { pilotId: number; reporterUserId: string; reason: ReportReason; text: string | null; createdAt: string }, trx?: Executor): Promise<number> {
      const row = await (trx ?? db)
        .insertInto('reports')
        .values({ ...values, status: 'open' })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async hasOpenReport(pilotId: number, userId: string, trx?: Executor): Promise<boolean> {
      const row = await (trx ?? db)
        .selectFrom('reports')
        .select('id')
        .where('pilotId', '=', pilotId)
        .where('reporterUserId', '=', userId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Pilots with open reports, most recently reported first, one page at a time. */
    async reportedPilots(page: { limit: number; offset: number }): Promise<{ rows: ReportedPilotRow[]; total: number }> {
      const open = db.selectFrom('reports').where('status', '=', 'open');
      const [rows, count] = await Promise.all([
        open
          .select((eb) => ['pilotId', eb.fn.countAll<number>().as('openCount'), eb.fn.max('createdAt').as('latestAt')])
          .groupBy('pilotId')
          .orderBy('latestAt', 'desc')
          .orderBy('pilotId', 'desc')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        open.select((eb) => eb.fn.count<number>('pilotId').distinct().as('total')).executeTakeFirstOrThrow(),
      ]);
      return {
        rows: rows.map((row) => ({ pilotId: row.pilotId, openCount: Number(row.openCount), latestAt: String(row.latestAt) })),
        total: Number(count.total),
      };
    },

    /** The open reports of a set of pilots (one query for a whole queue page), oldest first. */
    async openReportsOf(pilotIds: readonly number[]): Promise<ReportRow[]> {
      if (pilotIds.length === 0) return [];
      return db
        .selectFrom('reports')
        .select(['id', 'pilotId', 'reporterUserId', 'reason', 'text', 'createdAt'])
        .where('status', '=', 'open')
        .where('pilotId', 'in', [...pilotIds])
        .orderBy('createdAt')
        .orderBy('id')
        .execute();
    },

    /** Closes every open report of a pilot; returns how many were closed. */
    async closeOpenReports(pilotId: number, status: Exclude<ReportStatus, 'open'>, byUserId: string, at: string, trx?: Executor): Promise<number> {
      const result = await (trx ?? db)
        .updateTable('reports')
        .set({ status, resolvedAt: at, resolvedByUserId: byUserId })
        .where('pilotId', '=', pilotId)
        .where('status', '=', 'open')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
  };
}

/** True for a unique-constraint violation on either database (SQLite's code or PostgreSQL's SQLSTATE 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}
