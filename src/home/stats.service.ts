// SPDX-License-Identifier: EUPL-1.2
import { adoptionsService } from '../gates/adoptions.service.js';
import type { AppContext } from '../platform/module.js';
import { phases, themes, type Phase, type Theme } from '../pilots/pilots.tables.js';
import { statsRepository } from './stats.repository.js';
import { statsSnapshotRepository } from './stats-snapshot.repository.js';

export interface NationalStats {
  /** Distinct municipalities that initiate or take part in at least one listed pilot. */
  municipalitiesTakingPart: number;
  pilotsListed: number;
  byPhase: Record<Phase, number>;
  /** A pilot with several themes counts once under each. */
  byTheme: Record<Theme, number>;
  /** Times an organisation recorded that it adopted another pilot's result (issue 3, point 9). */
  adoptions: number;
}

/**
 * A snapshot is reused while no fact behind it changed (the triggers' data version) and for at most this long,
 * because listing also depends on the clock: a pilot whose municipality deadline passes drops out unseen.
 */
const snapshotMaxAgeMs = 60_000;
const snapshotName = 'national';

// Requests that find the snapshot out of date at the same moment share one computation (per process; other
// instances compute their own and the newest save wins). This holds no state another instance needs.
const computing = new WeakMap<AppContext, Promise<NationalStats>>();

/**
 * National numbers for the home page and /api/v1/stats. They are live: any join, publication, hiding, phase
 * change or adoption bumps the data version, and the next request recounts; otherwise the stored snapshot is
 * used, so a busy home page does not recount 100,000 pilots per visit (ADR 0012).
 */
export function statsService(context: AppContext) {
  const repository = statsRepository(context.db);
  const snapshots = statsSnapshotRepository(context.db);

  async function compute(): Promise<NationalStats> {
    const now = new Date().toISOString();
    const [phaseRows, themeRows, municipalitiesTakingPart, adoptions] = await Promise.all([
      repository.listedByPhase(now),
      repository.listedByTheme(now),
      repository.municipalitiesTakingPart(now),
      adoptionsService(context).count(),
    ]);
    const byPhase = Object.fromEntries(phases.map((phase) => [phase, 0])) as Record<Phase, number>;
    for (const row of phaseRows) if (row.phase in byPhase) byPhase[row.phase] = row.count;
    const byTheme = Object.fromEntries(themes.map((theme) => [theme, 0])) as Record<Theme, number>;
    for (const row of themeRows) if (row.theme in byTheme) byTheme[row.theme] = row.count;
    const pilotsListed = phaseRows.reduce((sum, row) => sum + row.count, 0);
    return { municipalitiesTakingPart, pilotsListed, byPhase, byTheme, adoptions };
  }

  return {
    async national(): Promise<NationalStats> {
      const { version, snapshot } = await snapshots.read(snapshotName);
      if (snapshot && snapshot.version === version && Date.now() - Date.parse(snapshot.computedAt) < snapshotMaxAgeMs) {
        return JSON.parse(snapshot.payload) as NationalStats;
      }
      const running = computing.get(context);
      if (running) return running;
      const computation = (async () => {
        const computedAt = new Date().toISOString();
        // The version is read before counting: a change that lands while counting makes the next request recount.
        const stats = await compute();
        await snapshots.save(snapshotName, { version, computedAt, payload: JSON.stringify(stats) });
        return stats;
      })().finally(() => computing.delete(context));
      computing.set(context, computation);
      return computation;
    },
  };
}

export type StatsService = ReturnType<typeof statsService>;
