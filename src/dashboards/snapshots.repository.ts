// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';

/** The stored snapshot: payload JSON and when it was computed. */
export interface StoredSnapshot {
  payload: string;
  refreshedAt: string;
}

/**
 * Reads and writes dashboard snapshots. A refresh is claimed with a conditional UPDATE (only when nobody holds an
 * unexpired claim), the same pattern as the reminder jobs in src/pilots and src/reflection.
 */
export function snapshotsRepository(db: Database) {
  return {
    async read(name: string): Promise<StoredSnapshot | undefined> {
      const row = await db.selectFrom('dashboardSnapshots').select(['payload', 'refreshedAt']).where('name', '=', name).executeTakeFirst();
      return row && row.payload ? row : undefined;
    },

    /** Claims the refresh until `until`; true for exactly one caller while the claim lasts. */
    async claim(name: string, now: string, until: string): Promise<boolean> {
      await db
        .insertInto('dashboardSnapshots')
        .values({ name, payload: '', refreshedAt: '', claimedUntil: null })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const result = await db
        .updateTable('dashboardSnapshots')
        .set({ claimedUntil: until })
        .where('name', '=', name)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', now)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Stores the new payload and gives the claim back. */
    async store(name: string, payload: string, refreshedAt: string): Promise<void> {
      await db.updateTable('dashboardSnapshots').set({ payload, refreshedAt, claimedUntil: null }).where('name', '=', name).execute();
    },

    /** Gives a claim back after a failed refresh, so the next run tries again. */
    async release(name: string): Promise<void> {
      await db.updateTable('dashboardSnapshots').set({ claimedUntil: null }).where('name', '=', name).execute();
    },
  };
}
