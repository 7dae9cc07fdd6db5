// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

/** One intake per pilot, and the theory of change as numbered versions (a new row per save, never updated). */
export const createIntakes: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await db.schema
      .createTable('pilot_intakes')
      .addColumn('pilot_id', 'integer', (c) => c.primaryKey().references('pilots.id').onDelete('cascade'))
      .addColumn('learning_goals', 'text', (c) => c.notNull())
      .addColumn('scaling_goals', 'text')
      .addColumn('why_and_for_whom', 'text', (c) => c.notNull())
      .addColumn('monitoring', 'text', (c) => c.notNull())
      .addColumn('user_problem', 'text', (c) => c.notNull())
      .addColumn('decision_maker', 'text', (c) => c.notNull())
      .addColumn('result_owners', 'text', (c) => c.notNull())
      .addColumn('reflection_rhythm_weeks', 'integer', (c) => c.notNull())
      .addColumn('updated_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await withIntegerId(db.schema.createTable('theory_of_change_versions'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('input', 'text', (c) => c.notNull())
      .addColumn('activities', 'text', (c) => c.notNull())
      .addColumn('output', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('impact', 'text', (c) => c.notNull())
      .addColumn('input_assumption', 'text')
      .addColumn('activities_assumption', 'text')
      .addColumn('output_assumption', 'text')
      .addColumn('outcome_assumption', 'text')
      .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('theory_of_change_versions_pilot_version_uq', ['pilot_id', 'version'])
      .execute();
  },
};
