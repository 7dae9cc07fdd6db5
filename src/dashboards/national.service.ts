// SPDX-License-Identifier: EUPL-1.2
import { gateDecisions, type GateDecision } from '../gates/gates.tables.js';
import { statsService } from '../home/stats.service.js';
import type { AppContext } from '../platform/module.js';
import { phases, themes, type Phase, type Theme } from '../pilots/pilots.tables.js';
import { scalingService } from '../scaling/scaling.service.js';
import { lastMonths } from './dashboard-months.js';
import { nationalRepository, type MonthCount, type PilotCountRow, type ProvinceRow } from './national.repository.js';
import { snapshotsRepository } from './snapshots.repository.js';

/** Bump when the shape changes: an older stored payload is then recomputed instead of misread. */
const snapshotVersion = 1;
const snapshotName = 'national';
/** Months shown in the charts over time. */
export const monthsShown = 24;
/** Pilots kept in the snapshot for the "scaling candidates" list (the count at any N comes from the histogram). */
const candidatePoolSize = 200;
/** How long a claimed refresh may take before another instance may take over. */
const claimSeconds = 300;

export interface NationalDashboard {
  version: number;
  refreshedAt: string;
  participation: { municipalitiesTakingPart: number; organisationsTakingPart: number; participations: number; pilotsListed: number };
  /** Per month: listed pilots published and participations recorded. */
  byMonth: { month: string; pilotsPublished: number; participations: number }[];
  /** Per phase: pilots in that phase now, and pilots in that phase or further along the funnel. */
  funnel: { phase: Phase; current: number; reached: number }[];
  gates: { decision: GateDecision; count: number }[];
  themes: { theme: Theme; count: number }[];
  provinces: ProvinceRow[];
  followThrough: { month: string; closings: number; followThroughRecords: number; adoptions: number }[];
  followThroughTotals: { closings: number; followThroughRecords: number; adoptions: number };
  mostJoined: PilotCountRow[];
  candidatePool: PilotCountRow[];
  municipalityCountHistogram: { municipalityCount: number; pilots: number }[];
}

const countsByMonth = (months: readonly string[], rows: readonly MonthCount[]) => {
  const byMonth = new Map(rows.map((row) => [row.month, row.count]));
  return months.map((month) => byMonth.get(month) ?? 0);
};

/** The highest municipality count at which at least `size` listed pilots have that many or more (1 if fewer exist). */
function thresholdFor(histogram: readonly { municipalityCount: number; pilots: number }[], size: number): number {
  let total = 0;
  for (const row of [...histogram].sort((a, b) => b.municipalityCount - a.municipalityCount)) {
    total += row.pilots;
    if (total >= size) return row.municipalityCount;
  }
  return 1;
}

/** Computes every national aggregate; takes about a second at 100,000 pilots, so it runs in the job (ADR 0011). */
export async function computeNationalDashboard(context: AppContext, now: Date = new Date()): Promise<NationalDashboard> {
  const repository = nationalRepository(context.db);
  const nowIso = now.toISOString();
  const months = lastMonths(now, monthsShown);
  const since = `${months[0]}-01`;
  const histogram = await repository.municipalityCountHistogram(nowIso);
  const [stats, organisationsTakingPart, participations, published, joined, gates, provinces, closings, records, adoptions, totals, pool] = await Promise.all([
    statsService(context).national(),
    repository.organisationsTakingPart(nowIso),
    repository.participations(nowIso),
    repository.pilotsPublishedByMonth(nowIso, since),
    repository.participationsByMonth(nowIso, since),
    repository.gateDecisions(),
    repository.provinces(nowIso),
    repository.countByMonth('pilotClosings', since),
    repository.countByMonth('followThroughRecords', since),
    repository.countByMonth('pilotAdoptions', since),
    repository.followThroughTotals(),
    repository.mostJoined(nowIso, candidatePoolSize, thresholdFor(histogram, candidatePoolSize)),
  ]);
  const [publishedCounts, joinedCounts] = [countsByMonth(months, published), countsByMonth(months, joined)];
  const [closingCounts, recordCounts, adoptionCounts] = [countsByMonth(months, closings), countsByMonth(months, records), countsByMonth(months, adoptions)];
  const gateCounts = new Map(gates.map((row) => [row.decision, row.count]));
  return {
    version: snapshotVersion,
    refreshedAt: nowIso,
    participation: { municipalitiesTakingPart: stats.municipalitiesTakingPart, organisationsTakingPart, participations, pilotsListed: stats.pilotsListed },
    byMonth: months.map((month, index) => ({ month, pilotsPublished: publishedCounts[index]!, participations: joinedCounts[index]! })),
    funnel: phases.map((phase, index) => ({
      phase,
      current: stats.byPhase[phase],
      reached: phases.slice(index).reduce((sum, later) => sum + stats.byPhase[later], 0),
    })),
    gates: gateDecisions.map((decision) => ({ decision, count: gateCounts.get(decision) ?? 0 })),
    themes: themes.map((theme) => ({ theme, count: stats.byTheme[theme] })),
    provinces,
    followThrough: months.map((month, index) => ({ month, closings: closingCounts[index]!, followThroughRecords: recordCounts[index]!, adoptions: adoptionCounts[index]! })),
    followThroughTotals: totals,
    mostJoined: pool.slice(0, 10),
    candidatePool: pool,
    municipalityCountHistogram: histogram,
  };
}

/**
 * Recomputes and stores the national snapshot unless another instance holds the claim, or (without `force`) the
 * stored one is younger than `maxAgeSeconds`. Returns whether this call computed it.
 */
export async function refreshNationalSnapshot(context: AppContext, options: { force?: boolean; maxAgeSeconds?: number; now?: Date } = {}): Promise<boolean> {
  const snapshots = snapshotsRepository(context.db);
  const now = options.now ?? new Date();
  if (!options.force) {
    const stored = await snapshots.read(snapshotName);
    const age = stored ? (now.getTime() - Date.parse(stored.refreshedAt)) / 1000 : Infinity;
    if (age < (options.maxAgeSeconds ?? 240)) return false;
  }
  if (!(await snapshots.claim(snapshotName, now.toISOString(), new Date(now.getTime() + claimSeconds * 1000).toISOString()))) return false;
  try {
    const dashboard = await computeNationalDashboard(context, now);
    await snapshots.store(snapshotName, JSON.stringify(dashboard), dashboard.refreshedAt);
    return true;
  } catch (error) {
    await snapshots.release(snapshotName);
    throw error;
  }
}

/** How long a request waits for another instance's first computation before computing itself. */
const firstComputationWaitMs = 10_000;

function parsed(stored: { payload: string } | undefined): NationalDashboard | undefined {
  if (!stored) return undefined;
  const dashboard = JSON.parse(stored.payload) as NationalDashboard;
  return dashboard.version === snapshotVersion ? dashboard : undefined;
}

/**
 * The national dashboard as last computed. Only on a fresh installation (or after a shape change) is there none:
 * then one request computes it under the claim and concurrent ones wait for it, so a burst of first visits does
 * not start a computation each.
 */
export async function nationalDashboard(context: AppContext): Promise<NationalDashboard> {
  const snapshots = snapshotsRepository(context.db);
  const current = parsed(await snapshots.read(snapshotName));
  if (current) return current;
  await refreshNationalSnapshot(context, { force: true });
  for (let waited = 0; waited < firstComputationWaitMs; waited += 100) {
    const fresh = parsed(await snapshots.read(snapshotName));
    if (fresh) return fresh;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return computeNationalDashboard(context);
}

/** Scaling candidates at threshold `minimum`: how many listed pilots have that many municipalities, and the top ones. */
export function scalingCandidates(dashboard: NationalDashboard, minimum: number, limit: number): { total: number; pilots: PilotCountRow[] } {
  const total = dashboard.municipalityCountHistogram.filter((row) => row.municipalityCount >= minimum).reduce((sum, row) => sum + row.pilots, 0);
  return { total, pilots: dashboard.candidatePool.filter((pilot) => pilot.municipalityCount >= minimum).slice(0, limit) };
}

/** Marked candidates read per request: a handful of rows, and a moderator expects to see a new mark at once. */
const markedLimit = 500;

/**
 * The pilots moderators marked as scaling candidates (src/scaling), listed ones only, newest mark first: two small
 * indexed queries, read live rather than from the snapshot.
 */
export async function markedCandidates(context: AppContext): Promise<PilotCountRow[]> {
  const ids = (await scalingService(context).candidateIds()).slice(0, markedLimit);
  return nationalRepository(context.db).listedPilotCounts(ids, new Date().toISOString());
}
