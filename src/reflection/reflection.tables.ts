// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

/** A reflection session a pilot team held: the four questions of DOMAIN.md §5 and free notes. */
export interface ReflectionSessionsTable {
  id: Generated<number>;
  pilotId: number;
  /** The day the session was held (YYYY-MM-DD). */
  heldOn: string;
  lessonsLearned: string;
  lessonsShared: string | null;
  implications: string | null;
  whomToInvolve: string | null;
  notes: string | null;
  createdByUserId: string | null;
  createdAt: string;
}

/** An action agreed in a session; it stays open (and carries over to later sessions) until one marks it done. */
export interface ReflectionActionsTable {
  id: Generated<number>;
  pilotId: number;
  sessionId: number;
  description: string;
  owner: string;
  dueOn: string | null;
  doneInSessionId: number | null;
  doneAt: string | null;
  createdAt: string;
}

/**
 * When a pilot's next session is due, and for which due date each reminder went out. Mailing claims the
 * row with a conditional UPDATE, so several instances never send the same reminder twice.
 */
export interface ReflectionSchedulesTable {
  pilotId: number;
  nextDueOn: string;
  dueNoticeFor: string | null;
  overdueNoticeFor: string | null;
  updatedAt: string;
}

/** A barrier a pilot says it meets (DOMAIN.md §5, Utrecht research). */
export interface PilotBarriersTable {
  pilotId: number;
  barrier: string;
  createdAt: string;
}

/** A strategy a pilot marked as helpful against one of its barriers; other pilots see these ranked. */
export interface PilotBarrierStrategiesTable {
  pilotId: number;
  barrier: string;
  strategy: string;
  createdAt: string;
}

/** A dark-side risk a pilot checked as present. */
export interface PilotRisksTable {
  pilotId: number;
  risk: string;
  createdAt: string;
}

/** A type alias (not an interface) so Kysely's withTables accepts it. */
export type ReflectionTables = {
  reflectionSessions: ReflectionSessionsTable;
  reflectionActions: ReflectionActionsTable;
  reflectionSchedules: ReflectionSchedulesTable;
  pilotBarriers: PilotBarriersTable;
  pilotBarrierStrategies: PilotBarrierStrategiesTable;
  pilotRisks: PilotRisksTable;
};
