// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

/** Reflection sessions, their actions, the reminder schedule, and the barriers/strategies/risks checklists. */
export const createReflectionTables: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await withIntegerId(db.schema.createTable('reflection_sessions'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('held_on', 'text', (c) => c.notNull())
      .addColumn('lessons_learned', 'text', (c) => c.notNull())
      .addColumn('lessons_shared', 'text')
      .addColumn('implications', 'text')
      .addColumn('whom_to_involve', 'text')
      .addColumn('notes', 'text')
      .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reflection_sessions_pilot_idx').on('reflection_sessions').columns(['pilot_id', 'held_on']).execute();

    await withIntegerId(db.schema.createTable('reflection_actions'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('session_id', 'integer', (c) => c.notNull().references('reflection_sessions.id').onDelete('cascade'))
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('due_on', 'text')
      .addColumn('done_in_session_id', 'integer', (c) => c.references('reflection_sessions.id').onDelete('set null'))
      .addColumn('done_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reflection_actions_pilot_idx').on('reflection_actions').columns(['pilot_id', 'session_id']).execute();

    await db.schema
      .createTable('reflection_schedules')
      .addColumn('pilot_id', 'integer', (c) => c.primaryKey().references('pilots.id').onDelete('cascade'))
      .addColumn('next_due_on', 'text', (c) => c.notNull())
      .addColumn('due_notice_for', 'text')
      .addColumn('overdue_notice_for', 'text')
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('reflection_schedules_due_idx').on('reflection_schedules').column('next_due_on').execute();

    await db.schema
      .createTable('pilot_barriers')
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('barrier', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pilot_barriers_pk', ['pilot_id', 'barrier'])
      .execute();
    await db.schema
      .createTable('pilot_barrier_strategies')
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('barrier', 'text', (c) => c.notNull())
      .addColumn('strategy', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pilot_barrier_strategies_pk', ['pilot_id', 'barrier', 'strategy'])
      .execute();
    // Ranking reads every pilot's marks for one barrier.
    await db.schema.createIndex('pilot_barrier_strategies_barrier_idx').on('pilot_barrier_strategies').columns(['barrier', 'strategy', 'pilot_id']).execute();
    await db.schema
      .createTable('pilot_risks')
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('risk', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pilot_risks_pk', ['pilot_id', 'risk'])
      .execute();
  },
};
