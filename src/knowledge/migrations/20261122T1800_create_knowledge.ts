// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

/**
 * The knowledge portal's own tables: expert profiles (one per member, with themes and free tags in side tables
 * so the list filters through an index), stories of advanced pilots, and a log of messages sent through the
 * platform (who wrote to whom and when, never the text), which also counts messages for the per-sender limit.
 */
export const createKnowledge: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await db.schema
      .createTable('expert_profiles')
      .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
      .addColumn('bio', 'text', (c) => c.notNull())
      .addColumn('offers_coaching', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('offers_support', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('expert_profiles_updated_idx').on('expert_profiles').columns(['updated_at', 'user_id']).execute();
    for (const [table, column] of [
      ['expert_profile_themes', 'theme'],
      ['expert_profile_tags', 'tag'],
    ] as const) {
      await db.schema
        .createTable(table)
        .addColumn('user_id', 'text', (c) => c.notNull().references('expert_profiles.user_id').onDelete('cascade'))
        .addColumn(column, 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint(`${table}_pk`, [column, 'user_id'])
        .execute();
      await db.schema.createIndex(`${table}_user_idx`).on(table).column('user_id').execute();
    }

    await withIntegerId(db.schema.createTable('stories'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('title', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('reusable', 'text', (c) => c.notNull())
      .addColumn('author_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('published_at', 'text', (c) => c.notNull())
      .addColumn('unpublished_at', 'text')
      .addColumn('unpublished_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('stories_pilot_idx').on('stories').columns(['pilot_id', 'published_at']).execute();
    await db.schema.createIndex('stories_published_idx').on('stories').columns(['unpublished_at', 'published_at', 'id']).execute();

    await withIntegerId(db.schema.createTable('contact_messages'), kind)
      .addColumn('sender_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('recipient_kind', 'text', (c) => c.notNull())
      .addColumn('pilot_id', 'integer', (c) => c.references('pilots.id').onDelete('set null'))
      .addColumn('recipient_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('contact_messages_sender_idx').on('contact_messages').columns(['sender_user_id', 'created_at']).execute();
  },
};
