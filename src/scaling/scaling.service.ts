// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { nowIso } from '../db/columns.js';
import { auditService } from '../moderation/audit.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { scalingPolicy } from './scaling.policy.js';
import { scalingRepository, type CandidateRow } from './scaling.repository.js';
import type { ImpactAnalysisInput } from './scaling.schemas.js';
import type { ImpactAnalysisColumns } from './scaling.tables.js';

/** A recorded impact analysis (one version). */
export interface ImpactAnalysis extends ImpactAnalysisColumns {
  version: number;
  recordedAt: string;
  recordedByName: string | null;
}

/** A scaling candidate and its current analysis (null until the first is recorded). */
export interface ScalingCandidate {
  pilotId: number;
  markedAt: string;
  analysis: ImpactAnalysis | null;
}

export type ScalingResult = { ok: true } | { ok: false; reason: 'not_found' | 'forbidden' | 'not_candidate' };

export const scalingPageSize = 20;

function currentAnalysis(row: CandidateRow, names: ReadonlyMap<string, string>): ImpactAnalysis | null {
  if (row.analysisVersion === 0 || row.recommendation === null || row.standardsFit === null || row.reachMunicipalities === null) return null;
  return {
    version: row.analysisVersion,
    recordedAt: row.analysedAt ?? row.markedAt,
    recordedByName: row.analysedByUserId ? (names.get(row.analysedByUserId) ?? null) : null,
    reachMunicipalities: row.reachMunicipalities,
    reach: row.reach ?? '',
    expectedValue: row.expectedValue ?? '',
    costs: row.costs ?? '',
    prerequisites: row.prerequisites ?? '',
    standardsFit: row.standardsFit,
    standardsExplanation: row.standardsExplanation ?? '',
    recommendation: row.recommendation,
    recommendationArgument: row.recommendationArgument ?? '',
  };
}

/** Scaling candidates and impact analyses. `candidateIds` and `forPilot` are for other modules (dashboards). */
export function scalingService(context: AppContext) {
  const repository = scalingRepository(context.db);
  const audit = auditService(context);
  const pilots = pilotsService(context);

  async function namesOf(ids: readonly (string | null)[]): Promise<Map<string, string>> {
    const present = ids.filter((id): id is string => id !== null);
    if (!present.length) return new Map();
    return new Map((await accountsService(context).usersByIds(present)).map((user) => [user.id, user.name]));
  }

  async function guard(pilotId: number, actor: CurrentUser | null): Promise<ScalingResult> {
    if (!scalingPolicy.manage(actor)) return { ok: false, reason: 'forbidden' };
    if (!(await pilots.exists(pilotId))) return { ok: false, reason: 'not_found' };
    return { ok: true };
  }

  return {
    /** Every candidate's pilot id, newest mark first (whatever the pilot's visibility: callers filter). */
    candidateIds: (): Promise<number[]> => repository.candidateIds(),

    /** The pilot's candidacy and current analysis; undefined when it is not a candidate. */
    async forPilot(pilotId: number): Promise<ScalingCandidate | undefined> {
      const row = await repository.find(pilotId);
      if (!row) return undefined;
      return { pilotId: row.pilotId, markedAt: row.markedAt, analysis: currentAnalysis(row, await namesOf([row.analysedByUserId])) };
    },

    /** Every recorded version of the pilot's analysis, newest first. */
    async history(pilotId: number): Promise<ImpactAnalysis[]> {
      const rows = await repository.versions(pilotId);
      const names = await namesOf(rows.map((row) => row.recordedByUserId));
      return rows.map(({ id: _id, pilotId: _pilot, recordedByUserId, ...row }) => ({ ...row, recordedByName: recordedByUserId ? (names.get(recordedByUserId) ?? null) : null }));
    },

    /** One page of candidates among listed pilots, for the public list. */
    async listed(page = 1): Promise<{ items: ScalingCandidate[]; total: number; page: number; pageSize: number }> {
      const { rows, total } = await repository.listedPage(nowIso(), { limit: scalingPageSize, offset: (page - 1) * scalingPageSize });
      const names = await namesOf(rows.map((row) => row.analysedByUserId));
      return { items: rows.map((row) => ({ pilotId: row.pilotId, markedAt: row.markedAt, analysis: currentAnalysis(row, names) })), total, page, pageSize: scalingPageSize };
    },

    /** Marks a pilot as scaling candidate (moderators). */
    async mark(pilotId: number, actor: CurrentUser | null): Promise<ScalingResult> {
      const allowed = await guard(pilotId, actor);
      if (!allowed.ok) return allowed;
      await context.db.transaction().execute(async (trx) => {
        await repository.insertCandidate(pilotId, nowIso(), actor!.id, trx);
        await audit.record({ actorUserId: actor!.id, action: 'scaling.mark', subjectType: 'pilot', subjectId: pilotId }, trx);
      });
      return { ok: true };
    },

    /** Takes the candidacy away; recorded versions stay in the history. */
    async unmark(pilotId: number, actor: CurrentUser | null): Promise<ScalingResult> {
      const allowed = await guard(pilotId, actor);
      if (!allowed.ok) return allowed;
      await context.db.transaction().execute(async (trx) => {
        await repository.deleteCandidate(pilotId, trx);
        await audit.record({ actorUserId: actor!.id, action: 'scaling.unmark', subjectType: 'pilot', subjectId: pilotId }, trx);
      });
      return { ok: true };
    },

    /** Records a new version of the impact analysis of a candidate. */
    async recordAnalysis(pilotId: number, input: ImpactAnalysisInput, actor: CurrentUser | null): Promise<ScalingResult> {
      const allowed = await guard(pilotId, actor);
      if (!allowed.ok) return allowed;
      return context.db.transaction().execute(async (trx): Promise<ScalingResult> => {
        if (!(await repository.find(pilotId, trx))) return { ok: false, reason: 'not_candidate' };
        const version = (await repository.lastVersion(pilotId, trx)) + 1;
        await repository.recordVersion(pilotId, version, input, nowIso(), actor!.id, trx);
        await audit.record({ actorUserId: actor!.id, action: 'scaling.analysis', subjectType: 'pilot', subjectId: pilotId, details: { version, recommendation: input.recommendation } }, trx);
        return { ok: true };
      });
    },
  };
}

export type ScalingService = ReturnType<typeof scalingService>;
