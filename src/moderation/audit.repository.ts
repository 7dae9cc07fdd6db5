// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';

type Executor = Database | Transaction<DB>;

export interface AuditRow {
  id: number;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason: string | null;
  details: string | null;
  createdAt: string;
}

export interface AuditFilter {
  action?: string;
  subjectType?: string;
  subjectId?: string;
  actorUserId?: string;
}

/** The audit log: append-only writes and a newest-first, paginated read. */
export function auditRepository(db: Database) {
  return {
    async insert(
      values: { actorUserId: string | null; action: string; subjectType: string; subjectId: string; reason: string | null; details: string | null; createdAt: string },
      trx?: Executor,
    ): Promise<void> {
      await (trx ?? db).insertInto('auditLog').values(values).execute();
    },

    async list(filter: AuditFilter, page: { limit: number; offset: number }): Promise<{ rows: AuditRow[]; total: number }> {
      let query = db.selectFrom('auditLog');
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.subjectType) query = query.where('subjectType', '=', filter.subjectType);
      if (filter.subjectId) query = query.where('subjectId', '=', filter.subjectId);
      if (filter.actorUserId) query = query.where('actorUserId', '=', filter.actorUserId);
      const [rows, count] = await Promise.all([
        query
          .select(['id', 'actorUserId', 'action', 'subjectType', 'subjectId', 'reason', 'details', 'createdAt'])
          .orderBy('createdAt', 'desc')
          .orderBy('id', 'desc')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.total) };
    },

    /** The actions that occur in the log, for the filter on the audit page. */
    async actions(): Promise<string[]> {
      const rows = await db.selectFrom('auditLog').select('action').distinct().orderBy('action').execute();
      return rows.map((row) => row.action);
    },
  };
}
