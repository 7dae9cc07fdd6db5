// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';
import { listedCondition } from '../pilots/pilots.service.js';
import type { SimilarityReason, SimilarPilot } from './matching.types.js';

/**
 * The stored "similar pilots" lists (ADR 0013). Triggers of the migration mark or delete lists when what they
 * were computed from changes; this repository reads them, claims stale ones and stores new results.
 */
export function similarListsRepository(db: Database) {
  /** Writes a list's entries after deleting the old ones (inside the caller's transaction). */
  async function writeItems(trx: Database, pilotId: number, entries: readonly SimilarPilot[]): Promise<void> {
    await trx.deleteFrom('similarPilotItems').where('pilotId', '=', pilotId).execute();
    if (entries.length === 0) return;
    await trx
      .insertInto('similarPilotItems')
      .values(entries.map((entry, rank) => ({ pilotId, rank, similarId: entry.id, score: entry.score, reasons: JSON.stringify(entry.reasons) })))
      .execute();
  }

  return {
    /**
     * The stored list of a pilot, best first, limited to pilots listed at `nowIso` (so a hidden pilot disappears
     * at once), with their current titles. One query on the list's primary key joined to pilots.
     */
    async read(pilotId: number, limit: number, nowIso: string): Promise<SimilarPilot[]> {
      const rows = await db
        .selectFrom('similarPilotItems')
        .innerJoin('pilots', 'pilots.id', 'similarPilotItems.similarId')
        .select(['similarPilotItems.similarId', 'pilots.title', 'similarPilotItems.score', 'similarPilotItems.reasons'])
        .where('similarPilotItems.pilotId', '=', pilotId)
        .where((eb) => listedCondition(eb, nowIso))
        .orderBy('similarPilotItems.rank')
        .limit(limit)
        .execute();
      return rows.map((row) => ({ id: row.similarId, title: row.title, score: Number(row.score), reasons: JSON.parse(row.reasons) as SimilarityReason[] }));
    },

    /** True when the pilot has a stored list (possibly empty, possibly stale). */
    async exists(pilotId: number): Promise<boolean> {
      const row = await db.selectFrom('similarPilotLists').select('pilotId').where('pilotId', '=', pilotId).executeTakeFirst();
      return row !== undefined;
    },

    /** Stores a first list unless another request stored one meanwhile. */
    async insertIfAbsent(pilotId: number, entries: readonly SimilarPilot[], computedAt: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('similarPilotLists')
          .values({ pilotId, computedAt, stale: 0, version: 0, claimedUntil: null })
          .onConflict((oc) => oc.column('pilotId').doNothing())
          .executeTakeFirst();
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) await writeItems(trx, pilotId, entries);
      });
    },

    /** Stores a list whatever its state (the full recompute of the CLI command). */
    async replace(pilotId: number, entries: readonly SimilarPilot[], computedAt: string): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('similarPilotLists')
          .values({ pilotId, computedAt, stale: 0, version: 0, claimedUntil: null })
          .onConflict((oc) => oc.column('pilotId').doUpdateSet({ computedAt, stale: 0, claimedUntil: null }))
          .execute();
        await writeItems(trx, pilotId, entries);
      });
    },

    /** Pilots whose list is stale or computed before `olderThan` and not claimed now; stale ones first. */
    async due(nowIso: string, olderThan: string, limit: number): Promise<number[]> {
      const stale = await db
        .selectFrom('similarPilotLists')
        .select('pilotId')
        .where('stale', '=', 1)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', nowIso)]))
        .orderBy('pilotId')
        .limit(limit)
        .execute();
      if (stale.length >= limit) return stale.map((row) => row.pilotId);
      const old = await db
        .selectFrom('similarPilotLists')
        .select('pilotId')
        .where('computedAt', '<', olderThan)
        .where('stale', '=', 0)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', nowIso)]))
        .orderBy('computedAt')
        .limit(limit - stale.length)
        .execute();
      return [...stale, ...old].map((row) => row.pilotId);
    },

    /**
     * Claims a due list until `until` with a conditional UPDATE, so of several instances exactly one recomputes
     * it. Returns the version the claim saw, or undefined when the list is no longer due or someone else holds it.
     */
    async claim(pilotId: number, nowIso: string, until: string, olderThan: string): Promise<number | undefined> {
      const row = await db
        .updateTable('similarPilotLists')
        .set({ claimedUntil: until })
        .where('pilotId', '=', pilotId)
        .where((eb) => eb.or([eb('claimedUntil', 'is', null), eb('claimedUntil', '<', nowIso)]))
        .where((eb) => eb.or([eb('stale', '=', 1), eb('computedAt', '<', olderThan)]))
        .returning('version')
        .executeTakeFirst();
      return row?.version;
    },

    /**
     * Stores a recomputed list if nothing changed since the claim (same version); otherwise gives the claim back
     * and the list stays stale for the next run. Returns whether it was stored.
     */
    async storeClaimed(pilotId: number, version: number, entries: readonly SimilarPilot[], computedAt: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('similarPilotLists')
          .set({ computedAt, stale: 0, claimedUntil: null })
          .where('pilotId', '=', pilotId)
          .where('version', '=', version)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) {
          await trx.updateTable('similarPilotLists').set({ claimedUntil: null }).where('pilotId', '=', pilotId).execute();
          return false;
        }
        await writeItems(trx, pilotId, entries);
        return true;
      });
    },

    /** Gives a claim back after a failed recompute. */
    async release(pilotId: number): Promise<void> {
      await db.updateTable('similarPilotLists').set({ claimedUntil: null }).where('pilotId', '=', pilotId).execute();
    },

    /** Up to `limit` ids of pilots listed at `nowIso` above `afterId`, in id order (for the full recompute). */
    async listedIdsAfter(afterId: number, limit: number, nowIso: string): Promise<number[]> {
      const rows = await db
        .selectFrom('pilots')
        .select('pilots.id')
        .where('pilots.id', '>', afterId)
        .where((eb) => listedCondition(eb, nowIso))
        .orderBy('pilots.id')
        .limit(limit)
        .execute();
      return rows.map((row) => row.id);
    },
  };
}
