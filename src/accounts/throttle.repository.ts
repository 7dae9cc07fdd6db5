// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import type { Database } from '../db/database.js';

/**
 * Counters in the rate_limits table (better-auth's schema: key, count, last_request in epoch ms), so every
 * instance sees the same counts. A counter starts again at 1 when `windowMs` has passed since its last hit.
 */
export function throttleRepository(db: Database) {
  return {
    /** Adds one hit atomically (a single upsert, safe under concurrent requests) and returns the new count. */
    async hit(key: string, windowMs: number, now: number): Promise<number> {
      const row = await db
        .insertInto('rateLimits')
        .values({ id: crypto.randomUUID(), key, count: 1, lastRequest: now })
        .onConflict((conflict) =>
          conflict.column('key').doUpdateSet((eb) => ({
            count: eb
              .case()
              .when('rateLimits.lastRequest', '<=', now - windowMs)
              .then(eb.lit(1))
              .else(eb('rateLimits.count', '+', eb.lit(1)))
              .end(),
            lastRequest: now,
          })),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** The count within the window, without adding a hit. */
    async count(key: string, windowMs: number, now: number): Promise<number> {
      const row = await db.selectFrom('rateLimits').select(['count', 'lastRequest']).where('key', '=', key).executeTakeFirst();
      if (!row || Number(row.lastRequest) <= now - windowMs) return 0;
      return Number(row.count);
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom('rateLimits').where('key', '=', key).execute();
    },

    /** Removes every counter whose key starts with `prefix` (keys are hex digests and rule names: no LIKE wildcards). */
    async clearPrefix(prefix: string): Promise<void> {
      await db.deleteFrom('rateLimits').where('key', 'like', `${prefix}%`).execute();
    },

    /** Removes counters idle for longer than any window. */
    async prune(before: number): Promise<void> {
      await db.deleteFrom('rateLimits').where('lastRequest', '<', before).execute();
    },
  };
}
