// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { DatabaseKind } from '../config.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { Role } from './accounts.tables.js';

type Executor = Database | Transaction<DB>;

export interface BulkUser {
  /** better-auth style text id, unique. */
  id: string;
  name: string;
  email: string;
  organisationId: number | null;
  role: Role;
  jobTitle: string | null;
  emailVerified: boolean;
  /** ISO timestamp. */
  createdAt: string;
}

const chunkSize = 500;

/**
 * Batched member inserts for synthetic data and demo content. Hashing a password costs tens of
 * milliseconds (Argon2id), so thousands of members share one hash made by accountsService.createUser
 * for a first member; every member then signs in with that same password. Rows are written the way
 * better-auth writes them: ISO text dates and 0/1 booleans on SQLite, timestamptz and booleans on PostgreSQL.
 */
export function accountsBulk(db: Database, kind: DatabaseKind) {
  const bool = (value: boolean) => (kind === 'postgres' ? value : value ? 1 : 0);
  return {
    /** The stored password hash of a member who signs in with e-mail and password. */
    async credentialHash(userId: string, trx?: Executor): Promise<string | undefined> {
      const row = await (trx ?? db)
        .selectFrom('accounts')
        .select('password')
        .where('userId', '=', userId)
        .where('providerId', '=', 'credential')
        .executeTakeFirst();
      return row?.password ?? undefined;
    },

    /** The ids of the members with these e-mail addresses (lower-case), by address. */
    async idsByEmail(emails: readonly string[], trx?: Executor): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      for (let start = 0; start < emails.length; start += chunkSize) {
        const rows = await (trx ?? db)
          .selectFrom('users')
          .select(['id', 'email'])
          .where('email', 'in', emails.slice(start, start + chunkSize).map((email) => email.toLowerCase()))
          .execute();
        for (const row of rows) found.set(row.email, row.id);
      }
      return found;
    },

    /** Inserts members and their e-mail/password accounts, all with the given password hash. */
    async insertUsers(users: readonly BulkUser[], passwordHash: string, trx: Transaction<DB>): Promise<void> {
      for (let start = 0; start < users.length; start += chunkSize) {
        const chunk = users.slice(start, start + chunkSize);
        await trx
          .insertInto('users')
          .values(
            chunk.map((user) => ({
              id: user.id,
              name: user.name,
              email: user.email.toLowerCase(),
              emailVerified: bool(user.emailVerified),
              image: null,
              organisationId: user.organisationId,
              role: user.role,
              jobTitle: user.jobTitle,
              locale: null,
              createdAt: user.createdAt,
              updatedAt: user.createdAt,
            })),
          )
          .execute();
        await trx
          .insertInto('accounts')
          .values(
            chunk.map((user) => ({
              id: `${user.id}-credential`,
              accountId: user.id,
              providerId: 'credential',
              userId: user.id,
              accessToken: null,
              refreshToken: null,
              idToken: null,
              accessTokenExpiresAt: null,
              refreshTokenExpiresAt: null,
              scope: null,
              password: passwordHash,
              createdAt: user.createdAt,
              updatedAt: user.createdAt,
            })),
          )
          .execute();
      }
    },
  };
}
