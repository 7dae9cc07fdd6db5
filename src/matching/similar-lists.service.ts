// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import type { AppContext } from '../platform/module.js';
import { liveSimilarToPilot } from './matching.live.js';
import type { SimilarPilot } from './matching.types.js';
import { similarListsRepository } from './similar-lists.repository.js';

/** How stored lists are kept (ADR 0013). */
export const storedLists = {
  /** Entries stored per pilot: the API's maximum (the page shows 5); larger limits are computed live. */
  size: 20,
  /** Lists older than this are recomputed by the job, so new pilots enter older pilots' lists. */
  maxAgeHours: 24,
  /** Lists one job run (every 30 s) recomputes per instance: ~1 s of work at 100,000 pilots, 115,200 lists a day. */
  batch: 40,
  /** How long a claim holds before another instance may take the list over. */
  claimSeconds: 300,
} as const;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

/** Stored "similar pilots" lists: served on every pilot page and API call, recomputed when stale. */
export function similarListsService(context: AppContext) {
  const repository = similarListsRepository(context.db);
  return {
    /**
     * The pilot's similar pilots from its stored list, listed ones only, trimmed to `limit`. Without a stored list
     * (new pilot, changed text) it is computed now and stored. Larger limits than stored are computed live.
     * A stale list is served until the job recomputes it. [] for a pilot that does not exist.
     */
    async forPilot(pilotId: number, limit: number): Promise<SimilarPilot[]> {
      if (limit > storedLists.size) return (await liveSimilarToPilot(context, pilotId, limit)) ?? [];
      const stored = await repository.read(pilotId, limit, nowIso());
      if (stored.length > 0 || (await repository.exists(pilotId))) return stored;
      const computedAt = nowIso();
      const computed = await liveSimilarToPilot(context, pilotId, storedLists.size);
      if (computed === undefined) return [];
      await repository.insertIfAbsent(pilotId, computed, computedAt);
      return computed.slice(0, limit);
    },

    /**
     * One job run: recomputes up to `batch` stale or old lists, each claimed first, so instances running at the
     * same time never compute the same list. Returns how many lists were stored.
     */
    async refreshDue(options: { batch?: number; maxAgeHours?: number } = {}): Promise<number> {
      const olderThan = hoursAgo(options.maxAgeHours ?? storedLists.maxAgeHours);
      const due = await repository.due(nowIso(), olderThan, options.batch ?? storedLists.batch);
      let stored = 0;
      for (const pilotId of due) {
        const version = await repository.claim(pilotId, nowIso(), secondsFromNow(storedLists.claimSeconds), olderThan);
        if (version === undefined) continue;
        try {
          const computedAt = nowIso();
          const computed = (await liveSimilarToPilot(context, pilotId, storedLists.size)) ?? [];
          if (await repository.storeClaimed(pilotId, version, computed, computedAt)) stored += 1;
        } catch (error) {
          await repository.release(pilotId);
          throw error;
        }
        // Let waiting requests run between lists: on SQLite every query blocks the process.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return stored;
    },

    /**
     * Computes and stores the lists of every listed pilot above `afterId`, `batchSize` ids per read; calls
     * `progress` after each batch. Returns how many lists were stored. For the CLI command.
     */
    async computeAll(options: { batchSize: number; max?: number; progress?: (done: number) => void }): Promise<number> {
      let done = 0;
      const max = options.max ?? Number.POSITIVE_INFINITY;
      for (let afterId = 0; done < max; ) {
        const ids = (await repository.listedIdsAfter(afterId, options.batchSize, nowIso())).slice(0, max - done);
        if (ids.length === 0) break;
        for (const pilotId of ids) {
          const computedAt = nowIso();
          const computed = await liveSimilarToPilot(context, pilotId, storedLists.size);
          if (computed !== undefined) await repository.replace(pilotId, computed, computedAt);
        }
        done += ids.length;
        afterId = ids[ids.length - 1]!;
        options.progress?.(done);
      }
      return done;
    },
  };
}
