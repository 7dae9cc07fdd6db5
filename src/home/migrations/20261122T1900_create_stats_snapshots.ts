// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * The national numbers are kept as a snapshot with the "data version" they were computed at (ADR 0012).
 *
 * Triggers bump `stats_version.version` whenever a fact behind the numbers changes: a pilot is added, removed,
 * published, hidden, changes phase, gains or loses municipalities, or a theme, participation or adoption row
 * comes or goes. The home page reuses the snapshot while the version is unchanged, so a join shows at once and
 * an idle platform never recounts 100,000 pilots per visit. On PostgreSQL the triggers run once per statement
 * (a bulk import bumps once), and the version row lock orders writers, so a reader that sees a new version
 * also sees the data behind it.
 */
const watched: readonly { table: string; columns?: readonly string[] }[] = [
  { table: 'pilots', columns: ['state', 'hidden_at', 'phase', 'municipality_count', 'municipality_deadline', 'initiator_organisation_id'] },
  { table: 'pilot_themes' },
  { table: 'participations' },
  { table: 'pilot_adoptions' },
];

export const createStatsSnapshots: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    await db.schema.createTable('stats_version').addColumn('id', 'integer', (col) => col.primaryKey()).addColumn('version', 'bigint', (col) => col.notNull()).execute();
    await db.insertInto('stats_version').values({ id: 1, version: 0 }).execute();
    await db.schema
      .createTable('stats_snapshots')
      .addColumn('name', 'text', (col) => col.primaryKey())
      .addColumn('version', 'bigint', (col) => col.notNull())
      .addColumn('computed_at', 'text', (col) => col.notNull())
      .addColumn('payload', 'text', (col) => col.notNull())
      .execute();

    if (kind === 'postgres') {
      await sql`create function stats_bump_version() returns trigger language plpgsql as $$
        begin update stats_version set version = version + 1 where id = 1; return null; end $$`.execute(db);
      for (const { table, columns } of watched) {
        const events = columns ? `insert or delete or update of ${columns.join(', ')}` : 'insert or delete';
        await sql
          .raw(`create trigger ${table}_stats_version after ${events} on ${table} for each statement execute function stats_bump_version()`)
          .execute(db);
      }
      return;
    }
    const bump = 'update stats_version set version = version + 1 where id = 1;';
    for (const { table, columns } of watched) {
      await sql.raw(`create trigger ${table}_stats_version_insert after insert on ${table} begin ${bump} end`).execute(db);
      await sql.raw(`create trigger ${table}_stats_version_delete after delete on ${table} begin ${bump} end`).execute(db);
      if (columns) await sql.raw(`create trigger ${table}_stats_version_update after update of ${columns.join(', ')} on ${table} begin ${bump} end`).execute(db);
    }
  },
};
