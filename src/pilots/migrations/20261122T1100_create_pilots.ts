// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId, withTimestamps } from '../../db/columns.js';

export const createPilots: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await withTimestamps(
      withIntegerId(db.schema.createTable('pilots'), kind)
        .addColumn('slug', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull().defaultTo('draft'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('what', 'text', (c) => c.notNull())
        .addColumn('goal', 'text', (c) => c.notNull())
        .addColumn('deliverables', 'text', (c) => c.notNull())
        .addColumn('approach', 'text', (c) => c.notNull())
        .addColumn('milestones', 'text', (c) => c.notNull())
        .addColumn('phase', 'text', (c) => c.notNull().defaultTo('idea'))
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('running'))
        .addColumn('status_reason', 'text')
        .addColumn('purpose', 'text')
        .addColumn('innovation_object', 'text')
        .addColumn('degree', 'text')
        .addColumn('level', 'text')
        .addColumn('initiator_organisation_id', 'integer', (c) => c.notNull().references('organisations.id'))
        .addColumn('created_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('contact_name', 'text', (c) => c.notNull())
        .addColumn('contact_email', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text')
        .addColumn('planned_end_date', 'text')
        .addColumn('external_id', 'text', (c) => c.unique())
        .addColumn('published_at', 'text')
        .addColumn('municipality_deadline', 'text')
        .addColumn('deadline_notified_at', 'text')
        .addColumn('hidden_at', 'text')
        .addColumn('hidden_reason', 'text')
        .addColumn('hidden_by_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
        .addColumn('participant_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('municipality_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('follower_count', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('search_terms', 'text', (c) => c.notNull().defaultTo('')),
    ).execute();
    // Lists filter on state/hidden and sort by publication date or popularity.
    await db.schema.createIndex('pilots_listing_idx').on('pilots').columns(['state', 'published_at']).execute();
    await db.schema.createIndex('pilots_phase_idx').on('pilots').columns(['phase', 'published_at']).execute();
    await db.schema.createIndex('pilots_status_idx').on('pilots').columns(['status', 'published_at']).execute();
    await db.schema.createIndex('pilots_popularity_idx').on('pilots').columns(['participant_count', 'id']).execute();
    await db.schema.createIndex('pilots_initiator_idx').on('pilots').column('initiator_organisation_id').execute();
    await db.schema.createIndex('pilots_creator_idx').on('pilots').column('created_by_user_id').execute();
    await db.schema.createIndex('pilots_deadline_idx').on('pilots').column('municipality_deadline').execute();

    await db.schema
      .createTable('pilot_themes')
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('theme', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pilot_themes_pk', ['pilot_id', 'theme'])
      .execute();
    await db.schema.createIndex('pilot_themes_theme_idx').on('pilot_themes').columns(['theme', 'pilot_id']).execute();
    await db.schema
      .createTable('pilot_tags')
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('tag', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pilot_tags_pk', ['pilot_id', 'tag'])
      .execute();
    await db.schema.createIndex('pilot_tags_tag_idx').on('pilot_tags').columns(['tag', 'pilot_id']).execute();
    await withIntegerId(db.schema.createTable('pilot_links'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('url', 'text', (c) => c.notNull())
      .addColumn('position', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('pilot_links_pilot_idx').on('pilot_links').column('pilot_id').execute();
    await db.schema
      .createTable('pilot_team_members')
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('pilot_team_members_pk', ['pilot_id', 'user_id'])
      .execute();
    await db.schema.createIndex('pilot_team_members_user_idx').on('pilot_team_members').column('user_id').execute();

    // Full-text index over the analysed terms: FTS5 on SQLite, a generated tsvector with GIN on PostgreSQL.
    // The 'simple' configuration is deliberate: stemming and compounds are done by src/search/text on both.
    if (kind === 'postgres') {
      await sql`alter table pilots add column search_vector tsvector generated always as (to_tsvector('simple', search_terms)) stored`.execute(db);
      await sql`create index pilots_search_idx on pilots using gin (search_vector)`.execute(db);
    } else {
      await sql`create virtual table pilot_search using fts5(search_terms, content='pilots', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
      await sql`create trigger pilots_search_insert after insert on pilots begin
        insert into pilot_search(rowid, search_terms) values (new.id, new.search_terms); end`.execute(db);
      await sql`create trigger pilots_search_delete after delete on pilots begin
        insert into pilot_search(pilot_search, rowid, search_terms) values ('delete', old.id, old.search_terms); end`.execute(db);
      await sql`create trigger pilots_search_update after update of search_terms on pilots begin
        insert into pilot_search(pilot_search, rowid, search_terms) values ('delete', old.id, old.search_terms);
        insert into pilot_search(rowid, search_terms) values (new.id, new.search_terms); end`.execute(db);
    }
  },
};
