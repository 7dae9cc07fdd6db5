// SPDX-License-Identifier: EUPL-1.2
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DB } from '../../db/schema.js';
import type { IntakeTables } from '../../intake/intake.tables.js';
import type { LessonTables } from '../../lessons/lessons.tables.js';

type DatesDb = Kysely<DB & IntakeTables & LessonTables>;
type Executor = DatesDb | Transaction<DB & IntakeTables & LessonTables>;

/**
 * Backdates rows the demo loader wrote through the intake, lessons and gates services. Those services stamp
 * "now" and (unlike gates, paradox, reflection and coach notes) take no date option; without these updates two
 * theory-of-change versions, a year of lessons and the learning log would all carry the minute of the first start.
 * Only the timestamps of rows just written for demo pilots are touched.
 */
export function learningDatesRepository(database: Database) {
  const db = database.withTables<IntakeTables & LessonTables>() as unknown as DatesDb;
  return {
    transaction: <T>(work: (trx: Executor) => Promise<T>): Promise<T> => db.transaction().execute(work),

    async intake(pilotId: number, at: string, trx: Executor): Promise<void> {
      await trx.updateTable('pilotIntakes').set({ createdAt: at, updatedAt: at }).where('pilotId', '=', pilotId).execute();
    },

    async theoryVersion(pilotId: number, version: number, at: string, trx: Executor): Promise<void> {
      await trx.updateTable('theoryOfChangeVersions').set({ createdAt: at }).where('pilotId', '=', pilotId).where('version', '=', version).execute();
    },

    async lesson(lessonId: number, at: string, published: boolean, trx: Executor): Promise<void> {
      await trx.updateTable('lessons').set({ createdAt: at, publishedAt: published ? at : null }).where('id', '=', lessonId).execute();
    },

    /** The pilot's log entries in the order they were written get these dates (the service returns no ids). */
    async logEntries(pilotId: number, dates: readonly string[], trx: Executor): Promise<void> {
      const rows = await trx.selectFrom('learningLogEntries').select('id').where('pilotId', '=', pilotId).orderBy('id').execute();
      for (const [index, row] of rows.entries()) {
        const at = dates[index];
        if (at) await trx.updateTable('learningLogEntries').set({ createdAt: at }).where('id', '=', row.id).execute();
      }
    },

    async followThrough(recordId: number, at: string, trx: Executor): Promise<void> {
      await trx.updateTable('followThroughRecords').set({ createdAt: at }).where('id', '=', recordId).execute();
    },
  };
}
