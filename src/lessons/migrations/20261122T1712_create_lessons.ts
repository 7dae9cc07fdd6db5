// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

/**
 * The learning log (after-action entries) and lessons. Lesson search uses a term table (lesson_id, term) filled
 * with the analysed terms of src/search/text: an indexed lookup that works the same on SQLite and PostgreSQL.
 * lesson_themes copies the pilot's themes when a lesson is published, so the list filters without a join.
 */
export const createLessons: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await withIntegerId(db.schema.createTable('learning_log_entries'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('expected', 'text', (c) => c.notNull())
      .addColumn('happened', 'text', (c) => c.notNull())
      .addColumn('why', 'text', (c) => c.notNull())
      .addColumn('next_time', 'text', (c) => c.notNull())
      .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('learning_log_entries_pilot_idx').on('learning_log_entries').columns(['pilot_id', 'created_at']).execute();
    await withIntegerId(db.schema.createTable('lessons'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('cluster', 'text', (c) => c.notNull())
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('published_at', 'text')
      .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('lessons_pilot_idx').on('lessons').columns(['pilot_id', 'created_at']).execute();
    await db.schema.createIndex('lessons_published_idx').on('lessons').columns(['published_at', 'id']).execute();
    await db.schema.createIndex('lessons_cluster_idx').on('lessons').columns(['cluster', 'published_at']).execute();
    await db.schema
      .createTable('lesson_terms')
      .addColumn('lesson_id', 'integer', (c) => c.notNull().references('lessons.id').onDelete('cascade'))
      .addColumn('term', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('lesson_terms_pk', ['term', 'lesson_id'])
      .execute();
    await db.schema.createIndex('lesson_terms_lesson_idx').on('lesson_terms').column('lesson_id').execute();
    await db.schema
      .createTable('lesson_themes')
      .addColumn('lesson_id', 'integer', (c) => c.notNull().references('lessons.id').onDelete('cascade'))
      .addColumn('theme', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('lesson_themes_pk', ['theme', 'lesson_id'])
      .execute();
    await db.schema.createIndex('lesson_themes_lesson_idx').on('lesson_themes').column('lesson_id').execute();
  },
};
