// SPDX-License-Identifier: EUPL-1.2
import type { CreateTableBuilder, Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

function analysisColumns<T extends string>(table: CreateTableBuilder<T, any>, required: boolean) {
  const text = (name: string) => (t: CreateTableBuilder<T, any>) => t.addColumn(name, 'text', (c) => (required ? c.notNull() : c));
  let result = table.addColumn('reach_municipalities', 'integer', (c) => (required ? c.notNull() : c));
  for (const name of ['reach', 'expected_value', 'costs', 'prerequisites', 'standards_fit', 'standards_explanation', 'recommendation', 'recommendation_argument']) {
    result = text(name)(result);
  }
  return result;
}

/**
 * Scaling candidates with their current impact analysis, and every version of that analysis (the history).
 * Versions stay when a pilot stops being a candidate, so a later analysis continues the numbering.
 */
export const createScaling: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await analysisColumns(
      db.schema
        .createTable('scaling_candidates')
        .addColumn('pilot_id', 'integer', (c) => c.primaryKey().references('pilots.id').onDelete('cascade'))
        .addColumn('marked_at', 'text', (c) => c.notNull())
        .addColumn('marked_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('analysis_version', 'integer', (c) => c.notNull().defaultTo(0)),
      false,
    )
      .addColumn('analysed_at', 'text')
      .addColumn('analysed_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .execute();
    await db.schema.createIndex('scaling_candidates_marked_idx').on('scaling_candidates').columns(['marked_at', 'pilot_id']).execute();
    await analysisColumns(
      withIntegerId(db.schema.createTable('scaling_analysis_versions'), kind)
        .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
        .addColumn('version', 'integer', (c) => c.notNull()),
      true,
    )
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .addColumn('recorded_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addUniqueConstraint('scaling_analysis_versions_pilot_version', ['pilot_id', 'version'])
      .execute();
  },
};
