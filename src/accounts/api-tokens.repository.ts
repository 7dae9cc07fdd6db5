// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { toAccountUser, type AccountUser } from './accounts.repository.js';

type Executor = Database | Transaction<DB>;

export interface ApiTokenRow {
  id: number;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** Personal API tokens: only their SHA-256 is stored, so a database leak does not leak usable tokens. */
export function apiTokensRepository(db: Database) {
  return {
    async insert(values: { userId: string; name: string; tokenHash: string; createdAt: string }, trx?: Executor): Promise<number> {
      const row = await (trx ?? db).insertInto('apiTokens').values(values).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    /** The token's owner (with employer) by the token's hash, over the unique hash index. */
    async findByHash(tokenHash: string): Promise<{ tokenId: number; lastUsedAt: string | null; user: AccountUser } | undefined> {
      const row = await db
        .selectFrom('apiTokens')
        .innerJoin('users', 'users.id', 'apiTokens.userId')
        .leftJoin('organisations', 'organisations.id', 'users.organisationId')
        .select([
          'apiTokens.id as tokenId',
          'apiTokens.lastUsedAt',
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
        ])
        .where('apiTokens.tokenHash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      const { tokenId, lastUsedAt, ...user } = row;
      return { tokenId, lastUsedAt, user: toAccountUser(user) };
    },

    /** Records use, unless another request (on any instance) already did so after `notAfter`. */
    async touch(id: number, now: string, notAfter: string): Promise<void> {
      await db
        .updateTable('apiTokens')
        .set({ lastUsedAt: now })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('lastUsedAt', 'is', null), eb('lastUsedAt', '<', notAfter)]))
        .execute();
    },

    async listForUser(userId: string): Promise<ApiTokenRow[]> {
      return db
        .selectFrom('apiTokens')
        .select(['id', 'name', 'createdAt', 'lastUsedAt'])
        .where('userId', '=', userId)
        .orderBy('createdAt', 'desc')
        .orderBy('id', 'desc')
        .execute();
    },

    /** Deletes one of the member's tokens; false when it is not theirs or does not exist. */
    async deleteForUser(id: number, userId: string): Promise<boolean> {
      const result = await db.deleteFrom('apiTokens').where('id', '=', id).where('userId', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
