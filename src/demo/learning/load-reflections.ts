// SPDX-License-Identifier: EUPL-1.2
import type { AppContext } from '../../platform/module.js';
import { addDays, dayOf } from '../../reflection/reflection.dates.js';
import { reflectionService } from '../../reflection/reflection.service.js';
import type { DemoLearning } from './types.js';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * Records the pilot's reflection sessions oldest first, so open actions carry over and later sessions can close
 * them (by the action's ref). The last session sets when the next one is due: the content keeps that date after
 * the coming week for nearly every running pilot, so a first start sends no wave of "session due" e-mails.
 */
export async function loadReflections(context: AppContext, pilotId: number, learning: DemoLearning, now: number): Promise<number> {
  const reflection = reflectionService(context);
  const actionIds = new Map<string, number>();
  const sessions = [...(learning.sessions ?? [])].sort((a, b) => b.daysAgo - a.daysAgo);
  for (const session of sessions) {
    const heldOn = dayOf(new Date(now - session.daysAgo * dayMs));
    const doneActionIds = (session.done ?? []).map((ref) => {
      const id = actionIds.get(ref);
      if (id === undefined) throw new Error(`Demo reflection of ${learning.pilot} closes unknown action ${ref}`);
      return id;
    });
    const actions = (session.actions ?? []).map((action) => ({
      description: action.description,
      owner: action.owner,
      dueOn: action.dueAfterDays === undefined ? null : addDays(heldOn, action.dueAfterDays),
    }));
    const result = await reflection.recordSession(
      pilotId,
      {
        heldOn,
        lessonsLearned: session.lessonsLearned,
        lessonsShared: session.lessonsShared,
        implications: session.implications,
        whomToInvolve: session.whomToInvolve,
        notes: session.notes,
        actions,
        doneActionIds,
      },
      null,
    );
    if (!result.ok) throw new Error(`Demo reflection of ${learning.pilot} failed: ${result.reason}`);
    if (session.actions?.length) {
      const open = await reflection.openActions(pilotId);
      for (const action of session.actions) {
        const row = open.find((candidate) => candidate.sessionId === result.sessionId && candidate.description === action.description);
        if (row) actionIds.set(action.ref, row.id);
      }
    }
  }
  return sessions.length;
}
