// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * Stored "similar pilots" lists (ADR 0013): per pilot its top matches, so a pilot page reads one indexed query
 * instead of ranking ~100 candidates.
 *
 * similar_pilot_lists holds one row per pilot whose list is stored: when it was computed, whether it is stale, a
 * version that every change bumps (a recompute stores its result only if the version it read is still current)
 * and the claim of the job that recomputes it. similar_pilot_items holds the entries in rank order.
 *
 * Freshness is kept by triggers on the tables a list is computed from, so no other module has to call matching:
 * - a pilot's own text, title, purpose, initiator, themes, publication or a moderator's link changes: its own list
 *   is deleted (recomputed on the next read) and lists that contain it are marked stale;
 * - its participants change (the "shared organisations" reason), it is hidden or deleted: lists that contain it
 *   and its own list are marked stale (the read filters unlisted pilots at once; the job recomputes).
 * The frequent count updates on pilots fire nothing.
 */
export const createSimilarPilotLists: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await db.schema
      .createTable('similar_pilot_lists')
      .addColumn('pilot_id', 'integer', (c) => c.primaryKey().references('pilots.id').onDelete('cascade'))
      .addColumn('computed_at', 'text', (c) => c.notNull())
      .addColumn('stale', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('claimed_until', 'text')
      .execute();
    await db.schema.createIndex('similar_pilot_lists_stale').on('similar_pilot_lists').columns(['stale', 'pilot_id']).execute();
    await db.schema.createIndex('similar_pilot_lists_computed_at').on('similar_pilot_lists').column('computed_at').execute();
    await db.schema
      .createTable('similar_pilot_items')
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('rank', 'integer', (c) => c.notNull())
      .addColumn('similar_id', 'integer', (c) => c.notNull())
      .addColumn('score', kind === 'postgres' ? 'double precision' : 'real', (c) => c.notNull())
      .addColumn('reasons', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('similar_pilot_items_pk', ['pilot_id', 'rank'])
      .execute();
    await db.schema.createIndex('similar_pilot_items_similar_id').on('similar_pilot_items').column('similar_id').execute();
    if (kind === 'postgres') await createPostgresTriggers(db);
    else await createSqliteTriggers(db);
  },
};

/** SQL that marks stale the lists containing pilot `id` (an SQL expression such as new.id). */
const markContaining = (id: string) =>
  `update similar_pilot_lists set stale = 1, version = version + 1 where pilot_id in (select pilot_id from similar_pilot_items where similar_id = ${id});`;
const markOwn = (id: string) => `update similar_pilot_lists set stale = 1, version = version + 1 where pilot_id = ${id};`;
const dropOwn = (id: string) => `delete from similar_pilot_items where pilot_id = ${id}; delete from similar_pilot_lists where pilot_id = ${id};`;
const invalidate = (id: string) => `${dropOwn(id)} ${markContaining(id)}`;
const touch = (id: string) => `${markOwn(id)} ${markContaining(id)}`;

const contentChanged = `old.search_terms is not new.search_terms or old.title is not new.title or old.purpose is not new.purpose
  or old.initiator_organisation_id is not new.initiator_organisation_id or old.state is not new.state`;

async function createSqliteTriggers(db: Kysely<any>): Promise<void> {
  const statements = [
    `create trigger similar_lists_pilot_content after update of search_terms, title, purpose, initiator_organisation_id, state on pilots
      when ${contentChanged} begin ${invalidate('new.id')} end`,
    `create trigger similar_lists_pilot_hidden after update of hidden_at on pilots when old.hidden_at is not new.hidden_at begin ${touch('new.id')} end`,
    `create trigger similar_lists_pilot_delete after delete on pilots begin ${invalidate('old.id')} end`,
    `create trigger similar_lists_theme_insert after insert on pilot_themes begin ${invalidate('new.pilot_id')} end`,
    `create trigger similar_lists_theme_delete after delete on pilot_themes begin ${invalidate('old.pilot_id')} end`,
    `create trigger similar_lists_participation_insert after insert on participations begin ${touch('new.pilot_id')} end`,
    `create trigger similar_lists_participation_delete after delete on participations begin ${touch('old.pilot_id')} end`,
    `create trigger similar_lists_connection_insert after insert on pilot_connections begin ${invalidate('new.lower_pilot_id')} ${invalidate('new.higher_pilot_id')} end`,
    `create trigger similar_lists_connection_delete after delete on pilot_connections begin ${invalidate('old.lower_pilot_id')} ${invalidate('old.higher_pilot_id')} end`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}

async function createPostgresTriggers(db: Kysely<any>): Promise<void> {
  await sql.raw(`create function similar_lists_invalidate(p_id integer) returns void language sql as $$ ${invalidate('p_id')} $$`).execute(db);
  await sql.raw(`create function similar_lists_touch(p_id integer) returns void language sql as $$ ${touch('p_id')} $$`).execute(db);
  // Row triggers for pilots and moderators' links (changed one at a time): whether its own list must go.
  await sql
    .raw(
      `create function similar_lists_after_change() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'pilots' then
          if tg_op = 'DELETE' then perform similar_lists_invalidate(old.id);
          elsif tg_argv[0] = 'hidden' then perform similar_lists_touch(new.id);
          else perform similar_lists_invalidate(new.id);
          end if;
        elsif tg_op = 'DELETE' then
          perform similar_lists_invalidate(old.lower_pilot_id); perform similar_lists_invalidate(old.higher_pilot_id);
        else
          perform similar_lists_invalidate(new.lower_pilot_id); perform similar_lists_invalidate(new.higher_pilot_id);
        end if;
        return null;
      end $$`,
    )
    .execute(db);
  // Themes and participations are written in bulk (imports, 1,000,000 participations in the benchmark): one
  // statement-level trigger per statement over the changed rows, as term_stats does, not one call per row.
  await sql
    .raw(
      `create function similar_lists_after_statement() returns trigger language plpgsql as $$
      begin
        if tg_argv[0] = 'invalidate' then
          delete from similar_pilot_items where pilot_id in (select pilot_id from changed);
          delete from similar_pilot_lists where pilot_id in (select pilot_id from changed);
        else
          update similar_pilot_lists set stale = 1, version = version + 1 where pilot_id in (select pilot_id from changed);
        end if;
        update similar_pilot_lists set stale = 1, version = version + 1
          where pilot_id in (select i.pilot_id from similar_pilot_items i where i.similar_id in (select pilot_id from changed));
        return null;
      end $$`,
    )
    .execute(db);
  const contentChangedPg = contentChanged.replaceAll(' is not ', ' is distinct from ');
  const statements = [
    `create trigger similar_lists_pilot_content after update of search_terms, title, purpose, initiator_organisation_id, state on pilots
      for each row when (${contentChangedPg}) execute function similar_lists_after_change('content')`,
    `create trigger similar_lists_pilot_hidden after update of hidden_at on pilots
      for each row when (old.hidden_at is distinct from new.hidden_at) execute function similar_lists_after_change('hidden')`,
    `create trigger similar_lists_pilot_delete after delete on pilots for each row execute function similar_lists_after_change('delete')`,
    `create trigger similar_lists_theme_insert after insert on pilot_themes referencing new table as changed
      for each statement execute function similar_lists_after_statement('invalidate')`,
    `create trigger similar_lists_theme_delete after delete on pilot_themes referencing old table as changed
      for each statement execute function similar_lists_after_statement('invalidate')`,
    `create trigger similar_lists_participation_insert after insert on participations referencing new table as changed
      for each statement execute function similar_lists_after_statement('touch')`,
    `create trigger similar_lists_participation_delete after delete on participations referencing old table as changed
      for each statement execute function similar_lists_after_statement('touch')`,
    `create trigger similar_lists_connection_change after insert or delete on pilot_connections for each row execute function similar_lists_after_change()`,
  ];
  for (const statement of statements) await sql.raw(statement).execute(db);
}
