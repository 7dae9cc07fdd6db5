// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { Status } from '../pilots/pilots.tables.js';
import { closingRepository } from './closing.repository.js';
import { gateDeciders } from './gates.deciders.js';
import type { ClosingInput, FollowThroughInput } from './gates.schemas.js';
import type { ClosingOutcome, ValueKind } from './gates.tables.js';

export type ClosingRefusal = 'not_found' | 'forbidden' | 'not_published';

/** The status a closing outcome gives the pilot: stopped with the reason, otherwise completed. */
export function statusAfterClosing(outcome: ClosingOutcome): Status {
  return outcome === 'stopped' ? 'stopped' : 'completed';
}

/** End evaluation and follow-through records (issue 3, point 9). */
export function closingService(context: AppContext) {
  const repository = closingRepository(context.db);
  const pilots = pilotsService(context);

  return {
    /** The end evaluation, or null while the pilot has not been closed. */
    async evaluation(pilotId: number) {
      const row = await repository.closingOf(pilotId);
      return row ? { ...row, valueKinds: row.valueKinds ? (row.valueKinds.split(',') as ValueKind[]) : [] } : null;
    },

    /**
     * Records (or corrects) the end evaluation by the client or lead and sets the pilot's status with it, in one
     * transaction. The phase stays as the last gate left it.
     */
    async recordClosing(pilotId: number, input: ClosingInput, actor: CurrentUser, options: { closedAt?: string } = {}): Promise<{ ok: true } | { ok: false; reason: ClosingRefusal }> {
      const pilot = await pilots.findById(pilotId);
      if (!pilot) return { ok: false, reason: 'not_found' };
      if (!(await gateDeciders(context).canDecide(pilotId, actor))) return { ok: false, reason: 'forbidden' };
      if (pilot.state !== 'published') return { ok: false, reason: 'not_published' };
      const stopReason = input.outcome === 'stopped' ? input.stopReason : null;
      await repository.transaction(async (trx) => {
        await repository.upsertClosing(
          { pilotId, ...input, stopReason, valueKinds: input.valueKinds.join(','), closedByUserId: actor.id, closedAt: options.closedAt ?? nowIso() },
          trx,
        );
        await pilots.applyLifecycleChange(pilotId, { phase: pilot.phase, status: statusAfterClosing(input.outcome), statusReason: stopReason }, trx);
      });
      return { ok: true };
    },

    followThrough: (pilotId: number) => repository.followThroughOf(pilotId),

    /** Adds a follow-through record; the pilot's team (or a moderator) records it. */
    async recordFollowThrough(pilotId: number, input: FollowThroughInput, actor: CurrentUser): Promise<{ ok: true; id: number } | { ok: false; reason: 'not_found' | 'forbidden' }> {
      if (!(await pilots.exists(pilotId))) return { ok: false, reason: 'not_found' };
      if (!(await pilots.canEdit(pilotId, actor))) return { ok: false, reason: 'forbidden' };
      const id = await repository.insertFollowThrough({ pilotId, ...input, createdByUserId: actor.id, createdAt: nowIso() });
      return { ok: true, id };
    },
  };
}
