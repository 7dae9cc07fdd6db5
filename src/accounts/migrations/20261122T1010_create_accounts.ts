// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';
import { withIntegerId } from '../../db/columns.js';

/** Tables of better-auth's core schema (users, sessions, accounts, verifications, rate limits) plus API tokens. */
export const createAccounts: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    const date = kind === 'postgres' ? 'timestamptz' : 'date';
    const bool = kind === 'postgres' ? 'boolean' : 'integer';
    await db.schema
      .createTable('users')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('email', 'text', (c) => c.notNull().unique())
      .addColumn('email_verified', bool, (c) => c.notNull())
      .addColumn('image', 'text')
      .addColumn('organisation_id', 'integer', (c) => c.references('organisations.id').onDelete('set null'))
      .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
      .addColumn('job_title', 'text')
      .addColumn('locale', 'text')
      .addColumn('created_at', date, (c) => c.notNull())
      .addColumn('updated_at', date, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('users_organisation_idx').on('users').column('organisation_id').execute();
    await db.schema
      .createTable('sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token', 'text', (c) => c.notNull().unique())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('expires_at', date, (c) => c.notNull())
      .addColumn('ip_address', 'text')
      .addColumn('user_agent', 'text')
      .addColumn('created_at', date, (c) => c.notNull())
      .addColumn('updated_at', date, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();
    await db.schema
      .createTable('accounts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text', (c) => c.notNull())
      .addColumn('provider_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('access_token', 'text')
      .addColumn('refresh_token', 'text')
      .addColumn('id_token', 'text')
      .addColumn('access_token_expires_at', date)
      .addColumn('refresh_token_expires_at', date)
      .addColumn('scope', 'text')
      .addColumn('password', 'text')
      .addColumn('created_at', date, (c) => c.notNull())
      .addColumn('updated_at', date, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('accounts_user_idx').on('accounts').column('user_id').execute();
    await db.schema
      .createTable('verifications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('identifier', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('expires_at', date, (c) => c.notNull())
      .addColumn('created_at', date, (c) => c.notNull())
      .addColumn('updated_at', date, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('verifications_identifier_idx').on('verifications').column('identifier').execute();
    await db.schema
      .createTable('rate_limits')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('key', 'text', (c) => c.notNull().unique())
      .addColumn('count', 'integer', (c) => c.notNull())
      .addColumn('last_request', 'bigint', (c) => c.notNull())
      .execute();
    await withIntegerId(db.schema.createTable('api_tokens'), kind)
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_used_at', 'text')
      .execute();
  },
};
