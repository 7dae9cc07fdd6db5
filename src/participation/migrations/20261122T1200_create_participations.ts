// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

export const createParticipations: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await withIntegerId(db.schema.createTable('participations'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisations.id').onDelete('cascade'))
      .addColumn('joined_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('participations_pilot_organisation_uq', ['pilot_id', 'organisation_id'])
      .execute();
    await db.schema.createIndex('participations_organisation_idx').on('participations').columns(['organisation_id', 'pilot_id']).execute();
    await db.schema
      .createTable('follows')
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('follows_pk', ['pilot_id', 'user_id'])
      .execute();
    await db.schema.createIndex('follows_user_idx').on('follows').column('user_id').execute();
    await db.schema.createIndex('follows_organisation_idx').on('follows').columns(['organisation_id', 'pilot_id']).execute();
    await withIntegerId(db.schema.createTable('pilot_connections'), kind)
      .addColumn('pilot_a_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('pilot_b_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('note', 'text')
      .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('pilot_connections_pair_uq', ['pilot_a_id', 'pilot_b_id'])
      .execute();
    await db.schema.createIndex('pilot_connections_b_idx').on('pilot_connections').column('pilot_b_id').execute();
  },
};
