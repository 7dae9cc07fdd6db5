// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';
import './stats.tables.js';

export interface StatsSnapshot {
  readonly version: number;
  readonly computedAt: string;
  readonly payload: string;
}

/** The data version kept by triggers and the snapshots computed at a version (migration 20261122T1900). */
export function statsSnapshotRepository(db: Database) {
  return {
    /** The current data version and the stored snapshot, read together in one round trip. */
    async read(name: string): Promise<{ version: number; snapshot: StatsSnapshot | null }> {
      const row = await db
        .selectFrom('statsVersion')
        .leftJoin('statsSnapshots', (join) => join.on('statsSnapshots.name', '=', name))
        .where('statsVersion.id', '=', 1)
        .select(['statsVersion.version as currentVersion', 'statsSnapshots.version', 'statsSnapshots.computedAt', 'statsSnapshots.payload'])
        .executeTakeFirst();
      if (!row) return { version: 0, snapshot: null };
      const snapshot = row.payload === null || row.computedAt === null ? null : { version: Number(row.version), computedAt: row.computedAt, payload: row.payload };
      return { version: Number(row.currentVersion), snapshot };
    },

    /** Stores a snapshot; a computation that started earlier never replaces one that started later. */
    async save(name: string, snapshot: StatsSnapshot): Promise<void> {
      await db
        .insertInto('statsSnapshots')
        .values({ name, ...snapshot })
        .onConflict((conflict) => conflict.column('name').doUpdateSet({ ...snapshot }).where('statsSnapshots.computedAt', '<=', snapshot.computedAt))
        .execute();
    },
  };
}
