// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { nowIso } from '../db/columns.js';
import { auditService } from '../moderation/audit.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { Phase, Status } from '../pilots/pilots.tables.js';
import { gateDeciders } from './gates.deciders.js';
import { gatesPolicy, lifecycleAfter, type GateRefusal } from './gates.policy.js';
import { gatesRepository } from './gates.repository.js';
import type { GateDecisionInput } from './gates.schemas.js';
import type { GateDecision, GateIndicator } from './gates.tables.js';

/** One decision in a pilot's history, as pages and the API show it. */
export interface GateDecisionRecord {
  readonly id: number;
  readonly decision: GateDecision;
  readonly fromPhase: Phase;
  readonly toPhase: Phase;
  readonly indicators: Readonly<Record<GateIndicator, { score: number; note: string }>>;
  readonly reason: string;
  readonly decidedBy: { id: string; name: string } | null;
  readonly decidedAt: string;
}

export type GateDecisionResult =
  | { ok: true; id: number; phase: Phase; status: Status }
  | { ok: false; reason: 'not_found' | 'forbidden' | GateRefusal };

/** How long a running pilot may go without a gate decision before a coach sees "gate pending" (about six months). */
export const gateDueAfterDays = 182;
/** The history shown is capped: a pilot has a handful of gates, this only guards against runaway data. */
const historyLimit = 200;

/** Gate decisions: what other modules and the demo loader may call. */
export function gatesService(context: AppContext) {
  const repository = gatesRepository(context.db);
  const pilots = pilotsService(context);

  return {
    /** True when the user may take gate decisions on the pilot (its client or lead). */
    canDecide: (pilotId: number, user: CurrentUser | null): Promise<boolean> => gateDeciders(context).canDecide(pilotId, user),

    /**
     * Records a decision and changes the pilot's phase and status in the same transaction, then writes the audit
     * log. `options.decidedAt` lets the demo loader place decisions in the past.
     */
    async recordDecision(pilotId: number, input: GateDecisionInput, actor: CurrentUser, options: { decidedAt?: string } = {}): Promise<GateDecisionResult> {
      const pilot = await pilots.findById(pilotId);
      if (!pilot) return { ok: false, reason: 'not_found' };
      if (!gatesPolicy.decide(actor, await gateDeciders(context).canDecide(pilotId, actor))) return { ok: false, reason: 'forbidden' };
      const refusal = gatesPolicy.openForDecision(pilot);
      if (refusal) return { ok: false, reason: refusal };
      const after = lifecycleAfter(input.decision, pilot.phase, input.reason);
      if (!after) return { ok: false, reason: 'no_next_phase' };
      const id = await repository.transaction(async (trx) => {
        const decisionId = await repository.insertDecision(
          { pilotId, ...input, fromPhase: pilot.phase, toPhase: after.phase, decidedByUserId: actor.id, decidedAt: options.decidedAt ?? nowIso() },
          trx,
        );
        await pilots.applyLifecycleChange(pilotId, after, trx);
        await auditService(context).record(
          { actorUserId: actor.id, action: 'gates.decide', subjectType: 'pilot', subjectId: String(pilotId), reason: input.reason, details: { decision: input.decision, fromPhase: pilot.phase, toPhase: after.phase } },
          trx,
        );
        return decisionId;
      });
      return { ok: true, id, phase: after.phase, status: after.status };
    },

    /** A pilot's decisions, newest first, with the names of who decided. */
    async history(pilotId: number): Promise<GateDecisionRecord[]> {
      const rows = await repository.decisionsOf(pilotId, historyLimit);
      const userIds = rows.flatMap((row) => (row.decidedByUserId ? [row.decidedByUserId] : []));
      const users = userIds.length ? await accountsService(context).usersByIds(userIds) : [];
      const names = new Map(users.map((user) => [user.id, user.name]));
      return rows.map((row) => ({
        id: row.id,
        decision: row.decision,
        fromPhase: row.fromPhase,
        toPhase: row.toPhase,
        indicators: {
          publicValue: { score: row.publicValueScore, note: row.publicValueNote },
          useValue: { score: row.useValueScore, note: row.useValueNote },
          technicalApproach: { score: row.technicalApproachScore, note: row.technicalApproachNote },
          cost: { score: row.costScore, note: row.costNote },
        },
        reason: row.reason,
        decidedBy: row.decidedByUserId ? { id: row.decidedByUserId, name: names.get(row.decidedByUserId) ?? '' } : null,
        decidedAt: row.decidedAt,
      }));
    },

    /**
     * Pilots among `pilotIds` that are due a gate decision: published and running, and the last decision (or,
     * without one, the publication) is more than about six months ago. Phase exit milestones are free text, so
     * they cannot be detected reliably; time since the last decision is the simple, explainable signal.
     * Two queries whatever the number of ids.
     */
    async pendingGate(pilotIds: readonly number[], now: Date = new Date()): Promise<Set<number>> {
      const pending = new Set<number>();
      if (pilotIds.length === 0) return pending;
      const [summaries, lastTimes] = await Promise.all([pilots.summaries(pilotIds), repository.lastDecisionTimes(pilotIds)]);
      const dueBefore = new Date(now.getTime() - gateDueAfterDays * 24 * 60 * 60 * 1000).toISOString();
      for (const pilot of summaries) {
        if (pilot.status !== 'running' || !pilot.publishedAt) continue;
        const since = lastTimes.get(pilot.id) ?? pilot.publishedAt;
        if (since < dueBefore) pending.add(pilot.id);
      }
      return pending;
    },
  };
}

export type GatesService = ReturnType<typeof gatesService>;
