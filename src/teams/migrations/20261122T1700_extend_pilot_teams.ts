// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import { withIntegerId } from '../../db/columns.js';
import type { ModuleMigration } from '../../db/migrator.js';

/** More team roles (role stays free text), client kind and composition tags; invitations and coach notes. */
export const extendPilotTeams: ModuleMigration = {
  async up(db: Kysely<any>, kind): Promise<void> {
    await db.schema.alterTable('pilot_team_members').addColumn('client_kind', 'text').execute();
    await db.schema.alterTable('pilot_team_members').addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]')).execute();
    // The coach overview and "which pilots lack a line manager" look members up by role.
    await db.schema.createIndex('pilot_team_members_role_idx').on('pilot_team_members').columns(['role', 'user_id']).execute();

    await withIntegerId(db.schema.createTable('pilot_invitations'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('email', 'text', (c) => c.notNull())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('client_kind', 'text')
      .addColumn('invited_by_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('accepted_at', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('pilot_invitations_pilot_idx').on('pilot_invitations').column('pilot_id').execute();

    await withIntegerId(db.schema.createTable('coach_notes'), kind)
      .addColumn('pilot_id', 'integer', (c) => c.notNull().references('pilots.id').onDelete('cascade'))
      .addColumn('author_user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('coach_notes_pilot_idx').on('coach_notes').columns(['pilot_id', 'created_at']).execute();
  },
};
