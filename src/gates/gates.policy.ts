// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';
import type { Phase, PilotState, Status } from '../pilots/pilots.tables.js';
import type { GateDecision } from './gates.tables.js';

/** Why a gate decision cannot be taken on a pilot at the moment. */
export type GateRefusal = 'not_published' | 'closed' | 'no_next_phase';

/** The order of the innovation funnel (DOMAIN.md §4). */
const funnel: readonly Phase[] = ['idea', 'development', 'implementation', 'scaling'];

/** The phase after `phase`, or null at the end of the funnel. */
export function nextPhase(phase: Phase): Phase | null {
  return funnel[funnel.indexOf(phase) + 1] ?? null;
}

/**
 * What a decision does to the pilot: GO moves to the next phase and resumes; GO BACK keeps the phase for rework
 * and resumes; HOLD pauses and NO GO stops, both with the decision's reason as the pilot's status reason.
 */
export function lifecycleAfter(decision: GateDecision, phase: Phase, reason: string): { phase: Phase; status: Status; statusReason: string | null } | null {
  if (decision === 'go') {
    const next = nextPhase(phase);
    return next ? { phase: next, status: 'running', statusReason: null } : null;
  }
  if (decision === 'go_back') return { phase, status: 'running', statusReason: null };
  return { phase, status: decision === 'hold' ? 'on_hold' : 'stopped', statusReason: reason };
}

export const gatesPolicy = {
  /**
   * Only the client or the lead decides at a gate (issue 3, point 4). Moderators do not: the decision belongs
   * to the pilot. `isDecider` comes from the team roles.
   */
  decide(user: CurrentUser | null, isDecider: boolean): boolean {
    return user !== null && isDecider;
  },

  /** Gates apply to published pilots that are running or on hold; a stopped or completed pilot is closed. */
  openForDecision(pilot: { state: PilotState; status: Status }): GateRefusal | null {
    if (pilot.state !== 'published') return 'not_published';
    if (pilot.status === 'stopped' || pilot.status === 'completed') return 'closed';
    return null;
  },
};
