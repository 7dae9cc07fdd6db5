// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

/**
 * Document metadata. The bytes are in the document storage (docs/adr/0010-document-storage.md), named by
 * storage_key. Indexes serve the pilot section (pilot_id, created_at) and the library filters (theme, kind).
 */
export const createDocuments: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await withIntegerId(db.schema.createTable('documents'), kind)
      .addColumn('storage_key', 'text', (c) => c.notNull().unique())
      .addColumn('pilot_id', 'integer', (c) => c.references('pilots.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('description', 'text', (c) => c.notNull())
      .addColumn('theme', 'text')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('original_name', 'text', (c) => c.notNull())
      .addColumn('size_bytes', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('uploaded_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('documents_pilot_idx').on('documents').columns(['pilot_id', 'created_at']).execute();
    await db.schema.createIndex('documents_created_idx').on('documents').columns(['created_at', 'id']).execute();
    await db.schema.createIndex('documents_theme_idx').on('documents').columns(['theme', 'created_at']).execute();
    await db.schema.createIndex('documents_kind_idx').on('documents').columns(['kind', 'created_at']).execute();
  },
};
