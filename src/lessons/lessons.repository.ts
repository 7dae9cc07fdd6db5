// SPDX-License-Identifier: EUPL-1.2
import type { Insertable, Selectable, Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { listedCondition } from '../pilots/pilots.service.js';
import type { LearningLogEntriesTable, LessonsTable } from './lessons.tables.js';

export type LessonExecutor = Database | Transaction<DB>;
export type LessonRow = Selectable<LessonsTable>;
export type LogEntryRow = Selectable<LearningLogEntriesTable>;

/**
 * Filters on published lessons; every text group is an OR of terms, all groups must match (AND).
 * `listedAt`: only lessons of pilots listed at that moment (the pilots module's listing rule).
 */
export interface LessonFilter {
  listedAt: string;
  termGroups?: readonly (readonly string[])[];
  clusters?: readonly string[];
  phases?: readonly string[];
  outcome?: string;
  themes?: readonly string[];
}

/** Queries for the learning log and lessons. */
export function lessonsRepository(db: Database) {
  /**
   * Published lessons of listed pilots. The pilot check is a correlated EXISTS, so each lesson probes its own
   * pilot by primary key rather than the query collecting every listed pilot (100,000 of them) first.
   */
  function filtered(executor: LessonExecutor, filter: LessonFilter) {
    let query = executor
      .selectFrom('lessons')
      .where('lessons.publishedAt', 'is not', null)
      .where((eb) =>
        eb.exists(eb.selectFrom('pilots').select('pilots.id').whereRef('pilots.id', '=', 'lessons.pilotId').where((inner) => listedCondition(inner, filter.listedAt))),
      );
    for (const group of filter.termGroups ?? []) {
      query = query.where('lessons.id', 'in', executor.selectFrom('lessonTerms').select('lessonTerms.lessonId').where('lessonTerms.term', 'in', [...group]));
    }
    if (filter.clusters?.length) query = query.where('lessons.cluster', 'in', [...filter.clusters]);
    if (filter.phases?.length) query = query.where('lessons.phase', 'in', [...filter.phases]);
    if (filter.outcome) query = query.where('lessons.outcome', '=', filter.outcome);
    if (filter.themes?.length) {
      query = query.where('lessons.id', 'in', executor.selectFrom('lessonThemes').select('lessonThemes.lessonId').where('lessonThemes.theme', 'in', [...filter.themes]));
    }
    return query;
  }

  return {
    async insertLogEntry(row: Insertable<LearningLogEntriesTable>, trx?: LessonExecutor): Promise<void> {
      await (trx ?? db).insertInto('learningLogEntries').values(row).execute();
    },

    /** The newest entries of a pilot's log first. */
    async logEntries(pilotId: number, limit: number, trx?: LessonExecutor): Promise<LogEntryRow[]> {
      return (trx ?? db).selectFrom('learningLogEntries').selectAll().where('pilotId', '=', pilotId).orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    /** Inserts a lesson with its search terms and themes; returns its id. */
    async insertLesson(row: Insertable<LessonsTable>, terms: readonly string[], themes: readonly string[], trx: Transaction<DB>): Promise<number> {
      const executor = trx;
      const inserted = await executor.insertInto('lessons').values(row).returning('id').executeTakeFirstOrThrow();
      const lessonId = Number(inserted.id);
      if (terms.length) await executor.insertInto('lessonTerms').values(terms.map((term) => ({ lessonId, term }))).execute();
      if (themes.length) await executor.insertInto('lessonThemes').values(themes.map((theme) => ({ lessonId, theme }))).execute();
      return lessonId;
    },

    async findLesson(lessonId: number, trx?: LessonExecutor): Promise<LessonRow | undefined> {
      return (trx ?? db).selectFrom('lessons').selectAll().where('id', '=', lessonId).executeTakeFirst();
    },

    /** Publishes a draft (and refreshes its themes from the pilot). */
    async publishLesson(lessonId: number, publishedAt: string, themes: readonly string[], trx: Transaction<DB>): Promise<void> {
      const executor = trx;
      await executor.updateTable('lessons').set({ publishedAt }).where('id', '=', lessonId).execute();
      await executor.deleteFrom('lessonThemes').where('lessonId', '=', lessonId).execute();
      if (themes.length) await executor.insertInto('lessonThemes').values(themes.map((theme) => ({ lessonId, theme }))).execute();
    },

    /** A pilot's lessons, newest first; drafts only when asked (for its team). */
    async lessonsOfPilot(pilotId: number, includeDrafts: boolean, limit: number, trx?: LessonExecutor): Promise<LessonRow[]> {
      let query = (trx ?? db).selectFrom('lessons').selectAll().where('pilotId', '=', pilotId);
      if (!includeDrafts) query = query.where('publishedAt', 'is not', null);
      return query.orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    /** One page of published lessons matching the filter, newest first, and the total. */
    async searchPublished(filter: LessonFilter, page: { limit: number; offset: number }, trx?: LessonExecutor): Promise<{ rows: LessonRow[]; total: number }> {
      const executor = trx ?? db;
      const [rows, count] = await Promise.all([
        filtered(executor, filter).selectAll('lessons').orderBy('publishedAt', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
        filtered(executor, filter).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst(),
      ]);
      return { rows, total: Number(count?.total ?? 0) };
    },
  };
}
