// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * One open report per member per pilot, enforced by the database as well as the service (two quick clicks
 * must not make two reports), and an index for the audit page's filter by action.
 * The moderators' list of hidden pilots gets a partial index on pilots.hidden_at: only hidden rows are in it,
 * so it stays tiny at 100,000 pilots. Partial indexes work the same on SQLite and PostgreSQL.
 */
export const addModerationConstraints: ModuleMigration = {
  async up(db: Kysely<any>) {
    await sql`create unique index reports_open_once_idx on reports (pilot_id, reporter_user_id) where status = 'open'`.execute(db);
    await sql`create index pilots_hidden_moderation_idx on pilots (hidden_at) where hidden_at is not null`.execute(db);
    await db.schema.createIndex('audit_log_action_idx').on('audit_log').columns(['action', 'created_at']).execute();
  },
};
