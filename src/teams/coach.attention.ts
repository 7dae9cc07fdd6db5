// SPDX-License-Identifier: EUPL-1.2
import { gatesService } from '../gates/gates.service.js';
import { intakeService } from '../intake/intake.service.js';
import { paradoxService } from '../paradox/paradox.service.js';
import type { AppContext } from '../platform/module.js';
import { reflectionService } from '../reflection/reflection.service.js';
import { teamService } from './teams.service.js';

/** Every signal the coach overview can show; the ones without a source yet are listed as not available. */
export const attentionKinds = ['no_intake', 'reflection_overdue', 'gate_pending', 'ratings_diverging', 'no_line_manager'] as const;
export type AttentionKind = (typeof attentionKinds)[number];

export interface AttentionSource {
  readonly kind: AttentionKind;
  /** Of the given pilots, the ones that need attention for this reason (one query for all of them). */
  pilots(context: AppContext, pilotIds: readonly number[]): Promise<Set<number>>;
}

/**
 * Where each signal comes from: intake, reflection, gates and paradox answer through their own services, the
 * line manager from this module. A signal left out of this list is named on the overview as not available.
 */
export const coachAttentionSources: readonly AttentionSource[] = [
  {
    kind: 'no_intake',
    async pilots(context, ids) {
      const withIntake = await intakeService(context).hasIntake(ids);
      return new Set(ids.filter((id) => !withIntake.has(id)));
    },
  },
  { kind: 'reflection_overdue', pilots: async (context, ids) => new Set((await reflectionService(context).overdue(ids)).keys()) },
  { kind: 'gate_pending', pilots: (context, ids) => gatesService(context).pendingGate(ids) },
  { kind: 'ratings_diverging', pilots: (context, ids) => paradoxService(context).diverging(ids) },
  { kind: 'no_line_manager', pilots: (context, ids) => teamService(context).withoutLineManager(ids) },
];

/** Signals the overview cannot show yet. */
export const unavailableAttentionKinds: readonly AttentionKind[] = attentionKinds.filter(
  (kind) => !coachAttentionSources.some((source) => source.kind === kind),
);
