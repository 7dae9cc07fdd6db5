// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId, withTimestamps } from '../../db/columns.js';

export const createOrganisations: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await withTimestamps(
      withIntegerId(db.schema.createTable('organisations'), kind)
        .addColumn('slug', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_key', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('cbs_code', 'text', (c) => c.unique())
        .addColumn('province', 'text')
        .addColumn('province_code', 'text')
        .addColumn('website', 'text')
        .addColumn('description', 'text'),
    ).execute();
    await db.schema.createIndex('organisations_name_key_idx').on('organisations').column('name_key').execute();
    await db.schema.createIndex('organisations_type_idx').on('organisations').columns(['type', 'province_code']).execute();
  },
};
