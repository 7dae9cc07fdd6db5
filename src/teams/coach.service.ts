// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import { pilotsService, type PilotSummary } from '../pilots/pilots.service.js';
import type { AppContext } from '../platform/module.js';
import { coachAttentionSources, type AttentionKind } from './coach.attention.js';
import { teamsPolicy } from './teams.policy.js';
import { teamsRepository, type CoachNoteRow } from './teams.repository.js';
import { teamService } from './teams.service.js';

export interface CoachedPilot {
  readonly pilot: PilotSummary;
  /** What needs the coach's attention, in a fixed order; empty when all is well. */
  readonly attention: readonly AttentionKind[];
}

/** How many notes the team page shows. */
const notesShown = 20;

/** The coach's overview and the notes coaches leave for a team (issue 3, point 10). */
export function coachService(context: AppContext) {
  const repository = teamsRepository(context.db);
  const team = teamService(context);

  return {
    /** The user's coached pilots with what needs attention: one query per signal, never one per pilot. */
    async overview(userId: string): Promise<CoachedPilot[]> {
      const ids = await team.coachPilotIds(userId);
      if (ids.length === 0) return [];
      const [summaries, ...signals] = await Promise.all([
        pilotsService(context).summaries(ids),
        ...coachAttentionSources.map(async (source) => ({ kind: source.kind, pilots: await source.pilots(context, ids) })),
      ]);
      return summaries.map((pilot) => ({ pilot, attention: signals.filter((signal) => signal.pilots.has(pilot.id)).map((signal) => signal.kind) }));
    },

    /** A coach of the pilot leaves a note for its team (author = the signed-in coach, or a demo coach). */
    async addNote(pilotId: number, authorUserId: string, body: string, options: { createdAt?: string } = {}): Promise<{ ok: true } | { ok: false; reason: 'forbidden' }> {
      if (!teamsPolicy.writeCoachNote(await team.roleOf(pilotId, authorUserId))) return { ok: false, reason: 'forbidden' };
      await repository.insertNote({ pilotId, authorUserId, body, createdAt: options.createdAt ?? nowIso() });
      return { ok: true };
    },

    /** The latest coach notes, newest first. */
    notesOf(pilotId: number): Promise<CoachNoteRow[]> {
      return repository.notesOf(pilotId, notesShown);
    },
  };
}
