// SPDX-License-Identifier: EUPL-1.2
import { sql, type SelectQueryBuilder, type Transaction } from 'kysely';
import { nowIso } from '../db/columns.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import type { Role } from './accounts.tables.js';

type Executor = Database | Transaction<DB>;

/** A member with their employer, as one row of users ⟕ organisations. */
interface UserWithOrganisationRow {
  id: string;
  name: string;
  email: string;
  emailVerified: boolean | number;
  role: Role;
  jobTitle: string | null;
  locale: string | null;
  createdAt: Date | string;
  organisationId: number | null;
  organisationName: string | null;
  organisationSlug: string | null;
  organisationType: OrganisationType | null;
}

export interface AccountUser extends CurrentUser {
  readonly jobTitle: string | null;
  readonly locale: string | null;
  readonly createdAt: string;
}

/** Both databases: booleans come back as 0/1 (SQLite) or true/false (PostgreSQL), dates as text or Date. */
export const asDate = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

export function toAccountUser(row: UserWithOrganisationRow): AccountUser {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    emailVerified: Boolean(row.emailVerified),
    role: row.role,
    jobTitle: row.jobTitle,
    locale: row.locale,
    createdAt: asDate(row.createdAt).toISOString(),
    organisation:
      row.organisationId !== null && row.organisationName !== null && row.organisationSlug !== null && row.organisationType !== null
        ? { id: row.organisationId, name: row.organisationName, slug: row.organisationSlug, type: row.organisationType }
        : null,
  };
}

/**
 * The user columns plus their employer. The accounts module reads the organisations table here (and only here)
 * so that resolving who is signed in stays one indexed query instead of a call per request into another module.
 */
const userColumns = [
  'users.id',
  'users.name',
  'users.email',
  'users.emailVerified',
  'users.role',
  'users.jobTitle',
  'users.locale',
  'users.createdAt',
  'organisations.id as organisationId',
  'organisations.name as organisationName',
  'organisations.slug as organisationSlug',
  'organisations.type as organisationType',
] as const;

export interface UserListFilter {
  /** Part of a name or e-mail address. */
  q?: string;
}

function withOrganisation<O>(query: SelectQueryBuilder<DB, 'users', O>) {
  return query.leftJoin('organisations', 'organisations.id', 'users.organisationId').select(userColumns);
}

/** Case-insensitive "contains" on name or e-mail; `%`, `_` and `\\` typed by the admin match literally (both dialects). */
function matchesSearch(q: string) {
  const pattern = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`(lower(${sql.ref('users.name')}) like ${pattern} escape '\\' or lower(${sql.ref('users.email')}) like ${pattern} escape '\\')`;
}

/** Users, their sessions and profiles. better-auth writes most rows; these are the reads and the few writes it does not do. */
export function accountsRepository(db: Database) {
  return {
    /** The member behind a session token, with the session's expiry: one query over the unique token index. */
    async findSessionUser(token: string, trx?: Executor): Promise<{ user: AccountUser; expiresAt: Date } | undefined> {
      const row = await (trx ?? db)
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.userId')
        .leftJoin('organisations', 'organisations.id', 'users.organisationId')
        .select([...userColumns, 'sessions.expiresAt as sessionExpiresAt'])
        .where('sessions.token', '=', token)
        .executeTakeFirst();
      if (!row) return undefined;
      const { sessionExpiresAt, ...user } = row;
      return { user: toAccountUser(user), expiresAt: asDate(sessionExpiresAt) };
    },

    async findUserById(id: string, trx?: Executor): Promise<AccountUser | undefined> {
      const row = await withOrganisation((trx ?? db).selectFrom('users')).where('users.id', '=', id).executeTakeFirst();
      return row ? toAccountUser(row) : undefined;
    },

    async findUserByEmail(email: string, trx?: Executor): Promise<AccountUser | undefined> {
      const row = await withOrganisation((trx ?? db).selectFrom('users'))
        .where('users.email', '=', email.trim().toLowerCase())
        .executeTakeFirst();
      return row ? toAccountUser(row) : undefined;
    },

    /** Contact details of several members, with the language they chose (null: none chosen, e-mails go out in Dutch). */
    async usersByIds(ids: readonly string[]): Promise<{ id: string; name: string; email: string; organisationId: number | null; locale: string | null }[]> {
      if (ids.length === 0) return [];
      return db.selectFrom('users').select(['id', 'name', 'email', 'organisationId', 'locale']).where('id', 'in', [...ids]).execute();
    },

    async updateProfile(id: string, values: { name: string; jobTitle: string | null; organisationId: number; locale: string }, trx?: Executor): Promise<void> {
      await (trx ?? db)
        .updateTable('users')
        .set({ ...values, updatedAt: nowIso() })
        .where('id', '=', id)
        .execute();
    },

    async updateRole(id: string, role: Role, trx?: Executor): Promise<void> {
      await (trx ?? db).updateTable('users').set({ role, updatedAt: nowIso() }).where('id', '=', id).execute();
    },

    /** One page of users by name, with the total for pagination. */
    async listUsers(filter: UserListFilter, page: { limit: number; offset: number }): Promise<{ rows: AccountUser[]; total: number }> {
      const q = filter.q?.trim();
      const base = db.selectFrom('users').$if(Boolean(q), (query) => query.where(matchesSearch(q!)));
      const [rows, count] = await Promise.all([
        withOrganisation(base).orderBy('users.name').orderBy('users.id').limit(page.limit).offset(page.offset).execute(),
        base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { rows: rows.map(toAccountUser), total: Number(count.total) };
    },

    /** Removes sessions and verification tokens that can no longer be used. */
    async pruneExpired(now: Date): Promise<void> {
      // better-auth stores dates as ISO text on SQLite and timestamptz on PostgreSQL; an ISO string compares right on both.
      const cutoff = now.toISOString();
      await db.deleteFrom('sessions').where('expiresAt', '<', cutoff).execute();
      await db.deleteFrom('verifications').where('expiresAt', '<', cutoff).execute();
    },
  };
}

export type AccountsRepository = ReturnType<typeof accountsRepository>;
