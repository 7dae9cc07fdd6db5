// SPDX-License-Identifier: EUPL-1.2
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { nowIso } from '../db/columns.js';
import type { ReflectionTables } from './reflection.tables.js';

/** The schema as this module sees it; its tables are added here so src/db/schema.ts need not know them yet. */
export type ReflectionDb = Kysely<DB & ReflectionTables>;
export type Executor = ReflectionDb | Transaction<DB & ReflectionTables>;

/** Bound parameters per IN list, well under both databases' limits. */
const chunkSize = 500;

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < items.length; index += chunkSize) result.push(items.slice(index, index + chunkSize));
  return result;
}

export interface SessionRow {
  id: number;
  pilotId: number;
  heldOn: string;
  lessonsLearned: string;
  lessonsShared: string | null;
  implications: string | null;
  whomToInvolve: string | null;
  notes: string | null;
  createdAt: string;
}

export interface ActionRow {
  id: number;
  sessionId: number;
  description: string;
  owner: string;
  dueOn: string | null;
  doneInSessionId: number | null;
  doneAt: string | null;
}

export interface NewSession {
  pilotId: number;
  heldOn: string;
  lessonsLearned: string;
  lessonsShared: string | null;
  implications: string | null;
  whomToInvolve: string | null;
  notes: string | null;
  createdByUserId: string | null;
}

export interface ScheduleRow {
  pilotId: number;
  nextDueOn: string;
  dueNoticeFor: string | null;
  overdueNoticeFor: string | null;
}

/** Sessions, actions and the reminder schedule. */
export function reflectionRepository(database: Database) {
  const db = database.withTables<ReflectionTables>();
  return {
    transaction: <T>(work: (trx: Transaction<DB & ReflectionTables>) => Promise<T>) => db.transaction().execute(work),

    async insertSession(values: NewSession, trx?: Executor): Promise<number> {
      const row = await (trx ?? db).insertInto('reflectionSessions').values({ ...values, createdAt: nowIso() }).returning('id').executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async insertActions(pilotId: number, sessionId: number, actions: readonly { description: string; owner: string; dueOn: string | null }[], trx?: Executor): Promise<void> {
      if (actions.length === 0) return;
      const createdAt = nowIso();
      await (trx ?? db).insertInto('reflectionActions').values(actions.map((action) => ({ ...action, pilotId, sessionId, createdAt }))).execute();
    },

    /** Marks open actions of this pilot done in the given session; ids of other pilots are ignored. */
    async completeActions(pilotId: number, actionIds: readonly number[], sessionId: number, trx?: Executor): Promise<void> {
      if (actionIds.length === 0) return;
      await (trx ?? db)
        .updateTable('reflectionActions')
        .set({ doneInSessionId: sessionId, doneAt: nowIso() })
        .where('pilotId', '=', pilotId)
        .where('id', 'in', [...actionIds])
        .where('doneAt', 'is', null)
        .execute();
    },

    /** Newest first. */
    async sessions(pilotId: number, page: { limit: number; offset: number }): Promise<SessionRow[]> {
      return db
        .selectFrom('reflectionSessions')
        .select(['id', 'pilotId', 'heldOn', 'lessonsLearned', 'lessonsShared', 'implications', 'whomToInvolve', 'notes', 'createdAt'])
        .where('pilotId', '=', pilotId)
        .orderBy('heldOn', 'desc')
        .orderBy('id', 'desc')
        .limit(page.limit)
        .offset(page.offset)
        .execute();
    },

    async countSessions(pilotId: number): Promise<number> {
      const row = await db.selectFrom('reflectionSessions').select((eb) => eb.fn.countAll<number>().as('count')).where('pilotId', '=', pilotId).executeTakeFirst();
      return Number(row?.count ?? 0);
    },

    /** Actions made in, or completed in, the given sessions. */
    async actionsOfSessions(sessionIds: readonly number[]): Promise<ActionRow[]> {
      const rows: ActionRow[] = [];
      for (const ids of chunks(sessionIds)) {
        rows.push(
          ...(await db
            .selectFrom('reflectionActions')
            .select(['id', 'sessionId', 'description', 'owner', 'dueOn', 'doneInSessionId', 'doneAt'])
            .where((eb) => eb.or([eb('sessionId', 'in', ids), eb('doneInSessionId', 'in', ids)]))
            .orderBy('id')
            .execute()),
        );
      }
      return rows;
    },

    async openActions(pilotId: number): Promise<ActionRow[]> {
      return db
        .selectFrom('reflectionActions')
        .select(['id', 'sessionId', 'description', 'owner', 'dueOn', 'doneInSessionId', 'doneAt'])
        .where('pilotId', '=', pilotId)
        .where('doneAt', 'is', null)
        .orderBy('id')
        .execute();
    },

    /** The latest session date per pilot. */
    async lastSessionDates(pilotIds: readonly number[]): Promise<Map<number, string>> {
      const result = new Map<number, string>();
      for (const ids of chunks(pilotIds)) {
        const rows = await db
          .selectFrom('reflectionSessions')
          .select((eb) => ['pilotId', eb.fn.max('heldOn').as('lastHeldOn')])
          .where('pilotId', 'in', ids)
          .groupBy('pilotId')
          .execute();
        for (const row of rows) if (row.lastHeldOn) result.set(Number(row.pilotId), String(row.lastHeldOn));
      }
      return result;
    },

    async schedule(pilotId: number): Promise<ScheduleRow | undefined> {
      return db.selectFrom('reflectionSchedules').select(['pilotId', 'nextDueOn', 'dueNoticeFor', 'overdueNoticeFor']).where('pilotId', '=', pilotId).executeTakeFirst();
    },

    /** Sets the next due date; reminders are keyed by due date, so a new date gets fresh reminders. */
    async setNextDue(pilotId: number, nextDueOn: string, trx?: Executor): Promise<void> {
      const updatedAt = nowIso();
      await (trx ?? db)
        .insertInto('reflectionSchedules')
        .values({ pilotId, nextDueOn, updatedAt })
        .onConflict((conflict) => conflict.column('pilotId').doUpdateSet({ nextDueOn, updatedAt }))
        .execute();
    },

    /** Creates a schedule only when the pilot has none. */
    async insertScheduleIfMissing(pilotId: number, nextDueOn: string): Promise<void> {
      await db
        .insertInto('reflectionSchedules')
        .values({ pilotId, nextDueOn, updatedAt: nowIso() })
        .onConflict((conflict) => conflict.column('pilotId').doNothing())
        .execute();
    },

    /** Pilots among these whose next session date lies before `today`. */
    async overdueSchedules(pilotIds: readonly number[], today: string): Promise<ScheduleRow[]> {
      const rows: ScheduleRow[] = [];
      for (const ids of chunks(pilotIds)) {
        rows.push(
          ...(await db
            .selectFrom('reflectionSchedules')
            .select(['pilotId', 'nextDueOn', 'dueNoticeFor', 'overdueNoticeFor'])
            .where('pilotId', 'in', ids)
            .where('nextDueOn', '<', today)
            .execute()),
        );
      }
      return rows;
    },

    /** Schedules due between `from` and `upTo` whose "due" reminder has not gone out for that date. */
    async pendingDueNotices(from: string, upTo: string, limit: number): Promise<ScheduleRow[]> {
      return db
        .selectFrom('reflectionSchedules')
        .select(['pilotId', 'nextDueOn', 'dueNoticeFor', 'overdueNoticeFor'])
        .where('nextDueOn', '>=', from)
        .where('nextDueOn', '<=', upTo)
        .where((eb) => eb.or([eb('dueNoticeFor', 'is', null), eb('dueNoticeFor', '<>', eb.ref('nextDueOn'))]))
        .orderBy('nextDueOn')
        .limit(limit)
        .execute();
    },

    async pendingOverdueNotices(before: string, limit: number): Promise<ScheduleRow[]> {
      return db
        .selectFrom('reflectionSchedules')
        .select(['pilotId', 'nextDueOn', 'dueNoticeFor', 'overdueNoticeFor'])
        .where('nextDueOn', '<', before)
        .where((eb) => eb.or([eb('overdueNoticeFor', 'is', null), eb('overdueNoticeFor', '<>', eb.ref('nextDueOn'))]))
        .orderBy('nextDueOn')
        .limit(limit)
        .execute();
    },

    /**
     * Claims one reminder for one due date: only the instance whose UPDATE changes the row may send it.
     * Returns false when another instance was first or the due date moved meanwhile.
     */
    async claimNotice(column: 'dueNoticeFor' | 'overdueNoticeFor', pilotId: number, dueOn: string): Promise<boolean> {
      const result = await db
        .updateTable('reflectionSchedules')
        .set({ [column]: dueOn })
        .where('pilotId', '=', pilotId)
        .where('nextDueOn', '=', dueOn)
        .where((eb) => eb.or([eb(column, 'is', null), eb(column, '<>', dueOn)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Gives a claim back after a failed send, so a later run retries. */
    async releaseNotice(column: 'dueNoticeFor' | 'overdueNoticeFor', pilotId: number, previous: string | null): Promise<void> {
      await db.updateTable('reflectionSchedules').set({ [column]: previous }).where('pilotId', '=', pilotId).execute();
    },
  };
}

export type ReflectionRepository = ReturnType<typeof reflectionRepository>;
