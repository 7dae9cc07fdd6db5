// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

/** End evaluation (one per pilot), follow-through records and adoptions by other organisations. */
export const createClosingAndAdoptions: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await db.schema
      .createTable('pilot_closings')
      .addColumn('pilot_id', 'integer', (c) => c.primaryKey().references('pilots.id').onDelete('cascade'))
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('stop_reason', 'text')
      .addColumn('value_kinds', 'text', (c) => c.notNull())
      .addColumn('value_size', 'text', (c) => c.notNull())
      .addColumn('result_decision', 'text', (c) => c.notNull())
      .addColumn('result_argument', 'text', (c) => c.notNull())
      .addColumn('closed_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('closed_at', 'text', (c) => c.notNull())
      .execute();
    await withIntegerId(db.schema.createTable('follow_through_records'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('carried', 'text', (c) => c.notNull())
      .addColumn('destination', 'text', (c) => c.notNull())
      .addColumn('carried_by', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('reach', 'text', (c) => c.notNull())
      .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('follow_through_records_pilot_idx').on('follow_through_records').columns(['pilot_id', 'id']).execute();
    await withIntegerId(db.schema.createTable('pilot_adoptions'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('adopter_pilot_id', 'integer', (c) => c.references('pilots.id').onDelete('set null'))
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('pilot_adoptions_pilot_organisation_uq', ['pilot_id', 'organisation_id'])
      .execute();
    await db.schema.createIndex('pilot_adoptions_adopter_pilot_idx').on('pilot_adoptions').column('adopter_pilot_id').execute();
    await db.schema.createIndex('pilot_adoptions_organisation_idx').on('pilot_adoptions').column('organisation_id').execute();
  },
};
