// SPDX-License-Identifier: EUPL-1.2
import type { ExpressionBuilder, Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { listedCondition } from '../pilots/pilots.service.js';
import type { DocumentKind, DocumentTables, DocumentsTable } from './documents.tables.js';

type DocumentDb = Kysely<DB & DocumentTables>;
export type DocumentExecutor = Database | Transaction<DB>;
export type DocumentRow = Selectable<DocumentsTable>;

/** This module's table is not in the shared DB interface; `withTables` adds it for our queries only. */
const tables = (executor: DocumentExecutor): DocumentDb => executor.withTables<DocumentTables>() as unknown as DocumentDb;

/** Library filters; every document shown is in the library or belongs to a pilot everyone may see. */
export interface DocumentFilter {
  theme?: string;
  kind?: DocumentKind;
  pilotId?: number;
}

/** Queries on document metadata. */
export function documentsRepository(db: Database) {
  return {
    /** Inserts the row; returns its id. */
    async insert(row: Insertable<DocumentsTable>, trx?: DocumentExecutor): Promise<number> {
      const inserted = await tables(trx ?? db).insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow();
      return Number(inserted.id);
    },

    async find(id: number, trx?: DocumentExecutor): Promise<DocumentRow | undefined> {
      return tables(trx ?? db).selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async delete(id: number, trx?: DocumentExecutor): Promise<void> {
      await tables(trx ?? db).deleteFrom('documents').where('id', '=', id).execute();
    },

    /** A pilot's documents, newest first (the caller checked that the viewer may see the pilot). */
    async ofPilot(pilotId: number, limit: number, trx?: DocumentExecutor): Promise<DocumentRow[]> {
      return tables(trx ?? db).selectFrom('documents').selectAll().where('pilotId', '=', pilotId).orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    async countOfPilot(pilotId: number, trx?: DocumentExecutor): Promise<number> {
      const row = await tables(trx ?? db).selectFrom('documents').select((eb) => eb.fn.countAll<number>().as('count')).where('pilotId', '=', pilotId).executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /**
     * One page of the library: library documents and documents of listed pilots (the pilots listing rule, so a
     * hidden or draft pilot's files never show), newest first, and the total.
     */
    async searchVisible(filter: DocumentFilter, nowIso: string, page: { limit: number; offset: number }, trx?: DocumentExecutor): Promise<{ rows: DocumentRow[]; total: number }> {
      const executor = tables(trx ?? db);
      let query = executor.selectFrom('documents').where((eb) =>
        eb.or([
          eb('documents.pilotId', 'is', null),
          eb.exists(
            eb
              .selectFrom('pilots')
              .select('pilots.id')
              .whereRef('pilots.id', '=', 'documents.pilotId')
              // The pilots module owns the listing rule; its condition is written for a query on `pilots`.
              .where((pilots) => listedCondition(pilots as unknown as ExpressionBuilder<DB, 'pilots'>, nowIso)),
          ),
        ]),
      );
      if (filter.theme) query = query.where('documents.theme', '=', filter.theme);
      if (filter.kind) query = query.where('documents.kind', '=', filter.kind);
      if (filter.pilotId !== undefined) query = query.where('documents.pilotId', '=', filter.pilotId);
      const [rows, count] = await Promise.all([
        query.selectAll('documents').orderBy('documents.createdAt', 'desc').orderBy('documents.id', 'desc').limit(page.limit).offset(page.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.count) };
    },
  };
}
