// SPDX-License-Identifier: EUPL-1.2
import { intakeService } from '../intake/intake.service.js';
import type { AppContext } from '../platform/module.js';
import type { CurrentUser } from '../platform/current-user.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { defaultRhythmWeeks } from './reflection.catalogue.js';
import { addDays, dayOf } from './reflection.dates.js';
import { reflectionRepository, type ActionRow, type SessionRow } from './reflection.repository.js';
import type { SessionInput } from './reflection.schemas.js';

export type { ActionRow, SessionRow } from './reflection.repository.js';

/** A session as shown in the history: with the actions agreed in it and those it closed. */
export interface SessionView extends SessionRow {
  readonly actionsAgreed: readonly ActionRow[];
  readonly actionsClosed: readonly ActionRow[];
}

export interface ReflectionSchedule {
  /** The day the next session is due. */
  readonly nextDueOn: string;
  readonly overdue: boolean;
  readonly rhythmWeeks: number;
}

export type RecordSessionResult = { ok: true; sessionId: number } | { ok: false; reason: 'not_found' | 'forbidden' };

/** Reflection sessions (DOMAIN.md §5): history, actions that carry over, and when the next one is due. */
export function reflectionService(context: AppContext) {
  const repository = reflectionRepository(context.db);

  /** Weeks between sessions from the intake; without an intake the research's six weeks. */
  async function rhythmWeeks(pilotId: number): Promise<number> {
    return (await intakeService(context).reflectionRhythmWeeks(pilotId)) ?? defaultRhythmWeeks;
  }

  return {
    rhythmWeeks,

    /**
     * Records a session held by the team: its answers, new actions, and which open actions it closed.
     * The next session becomes due one rhythm after this one (a later session date never moves it back).
     * `actor` null is system use (demo loader): no permission check; routes always pass the signed-in member.
     */
    async recordSession(pilotId: number, input: SessionInput, actor: CurrentUser | null): Promise<RecordSessionResult> {
      const pilots = pilotsService(context);
      if (!(await pilots.exists(pilotId))) return { ok: false, reason: 'not_found' };
      // Without an actor the caller (demo loader, imports) acts for the system and has checked itself.
      if (actor && !(await pilots.canEdit(pilotId, actor))) return { ok: false, reason: 'forbidden' };
      const weeks = await rhythmWeeks(pilotId);
      const lastBefore = (await repository.lastSessionDates([pilotId])).get(pilotId);
      const sessionId = await repository.transaction(async (trx) => {
        const id = await repository.insertSession(
          {
            pilotId,
            heldOn: input.heldOn,
            lessonsLearned: input.lessonsLearned,
            lessonsShared: input.lessonsShared ?? null,
            implications: input.implications ?? null,
            whomToInvolve: input.whomToInvolve ?? null,
            notes: input.notes ?? null,
            createdByUserId: actor?.id ?? null,
          },
          trx,
        );
        await repository.insertActions(pilotId, id, input.actions, trx);
        await repository.completeActions(pilotId, input.doneActionIds, id, trx);
        const latest = lastBefore && lastBefore > input.heldOn ? lastBefore : input.heldOn;
        await repository.setNextDue(pilotId, addDays(latest, weeks * 7), trx);
        return id;
      });
      return { ok: true, sessionId };
    },

    /** Sessions newest first, each with its actions; `total` for paging. */
    async history(pilotId: number, page: { limit: number; offset: number }): Promise<{ sessions: SessionView[]; total: number }> {
      const [sessions, total] = await Promise.all([repository.sessions(pilotId, page), repository.countSessions(pilotId)]);
      const actions = await repository.actionsOfSessions(sessions.map((session) => session.id));
      return {
        total,
        sessions: sessions.map((session) => ({
          ...session,
          actionsAgreed: actions.filter((action) => action.sessionId === session.id),
          actionsClosed: actions.filter((action) => action.doneInSessionId === session.id),
        })),
      };
    },

    /** How many sessions the pilot recorded. */
    sessionCount: (pilotId: number): Promise<number> => repository.countSessions(pilotId),

    /** Actions not yet done; they are put before the team again at the next session. */
    openActions: (pilotId: number) => repository.openActions(pilotId),

    /** When the next session is due; null before the first session (or intake) started the rhythm. */
    async schedule(pilotId: number, now: Date = new Date()): Promise<ReflectionSchedule | null> {
      const row = await repository.schedule(pilotId);
      if (!row) return null;
      return { nextDueOn: row.nextDueOn, overdue: row.nextDueOn < dayOf(now), rhythmWeeks: await rhythmWeeks(pilotId) };
    },

    /**
     * Starts the rhythm for a pilot that has none yet: the first session is due one rhythm after `from`.
     * Meant for the intake (and the demo loader); does nothing when a schedule exists.
     */
    async startSchedule(pilotId: number, from: string = dayOf(new Date())): Promise<void> {
      await repository.insertScheduleIfMissing(pilotId, addDays(from, (await rhythmWeeks(pilotId)) * 7));
    },

    /** Pilots among these whose next session is past its due date, with that date (for the coach overview). */
    async overdue(pilotIds: readonly number[], now: Date = new Date()): Promise<Map<number, { dueDate: string }>> {
      const rows = await repository.overdueSchedules(pilotIds, dayOf(now));
      return new Map(rows.map((row) => [row.pilotId, { dueDate: row.nextDueOn }]));
    },

    /** The date of each pilot's latest session (pilots without one are absent). */
    lastSession: (pilotIds: readonly number[]): Promise<Map<number, string>> => repository.lastSessionDates(pilotIds),
  };
}

export type ReflectionService = ReturnType<typeof reflectionService>;
