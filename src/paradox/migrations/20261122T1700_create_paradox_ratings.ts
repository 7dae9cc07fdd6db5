// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';
import { dimensions } from '../paradox.dimensions.js';

export const createParadoxRatings: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await withIntegerId(db.schema.createTable('paradox_rounds'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('number', 'integer', (c) => c.notNull())
      .addColumn('opened_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addUniqueConstraint('paradox_rounds_pilot_number_uq', ['pilot_id', 'number'])
      .execute();
    let ratings = db.schema
      .createTable('paradox_ratings')
      .addColumn('round_id', 'integer', (c) => c.notNull().references('paradox_rounds.id').onDelete('cascade'))
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'));
    for (const dimension of dimensions) {
      ratings = ratings.addColumn(dimension, 'integer', (c) => c.notNull().check(sql`${sql.ref(dimension)} between 1 and 5`));
    }
    await ratings
      .addColumn('show_name', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('paradox_ratings_pk', ['round_id', 'user_id'])
      .execute();
    await db.schema.createIndex('paradox_ratings_pilot_idx').on('paradox_ratings').columns(['pilot_id', 'round_id']).execute();
  },
};

