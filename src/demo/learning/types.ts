// SPDX-License-Identifier: EUPL-1.2
/**
 * Types of the demo content for the learning instruments (issue 3): teams, intake, theory of change, gates,
 * reflection, barriers, pilot paradox, lessons, closing and adoption. Dates are given as days before the load,
 * so the demo looks the same (recent sessions, no flood of reminders) whenever it is first started.
 */
import type { CarriedKind, ClosingOutcome, GateDecision, ResultDecision, ScalingDirection, ScalingReach, ValueKind, ValueSize } from '../../gates/gates.tables.js';
import type { IntakeFormInput, TheoryFormInput } from '../../intake/intake.schemas.js';
import type { LessonCluster, LessonOutcome } from '../../lessons/lessons.schemas.js';
import type { Phase } from '../../pilots/pilots.tables.js';
import type { Barrier, Risk, Strategy } from '../../reflection/reflection.catalogue.js';
import type { AssignableRole, ClientKind, CompositionTag } from '../../teams/teams.tables.js';

/** A team member: a demo user key, the role ('lead' only for the registering member) and self-chosen tags. */
export interface DemoTeamMember {
  user: string;
  role: AssignableRole | 'lead';
  clientKind?: ClientKind;
  tags: CompositionTag[];
}

/** An indicator of a gate decision: a score 1–5 and a note. */
export type DemoIndicator = [score: number, note: string];

/** A gate decision. `reason` may be left out on the last HOLD or NO GO: then the pilot's status reason is used. */
export interface DemoGate {
  daysAgo: number;
  decision: GateDecision;
  publicValue: DemoIndicator;
  useValue: DemoIndicator;
  technicalApproach: DemoIndicator;
  cost: DemoIndicator;
  reason?: string;
}

/** An action agreed in a session; `ref` lets a later session mark it done. */
export interface DemoAction {
  ref: string;
  description: string;
  owner: string;
  /** Days after the session the action is due. */
  dueAfterDays?: number;
}

/** A reflection session: the four questions, notes, new actions and the refs of earlier actions it closed. */
export interface DemoSession {
  daysAgo: number;
  lessonsLearned: string;
  lessonsShared?: string;
  implications?: string;
  whomToInvolve?: string;
  notes?: string;
  actions?: DemoAction[];
  done?: string[];
}

/** Seven ratings in the order of paradox.dimensions: distance, parties, policy, scope, resources, ownership, leadership. */
export type DemoScores = [number, number, number, number, number, number, number];

/** A paradox round: when it was opened, and each rater's scores by user key. */
export interface DemoParadoxRound {
  daysAgo: number;
  ratings: Record<string, DemoScores>;
}

export interface DemoLogEntry {
  daysAgo: number;
  expected: string;
  happened: string;
  why: string;
  nextTime: string;
}

export interface DemoLesson {
  daysAgo: number;
  title: string;
  body: string;
  cluster: LessonCluster;
  phase: Phase;
  outcome: LessonOutcome;
  published: boolean;
}

export interface DemoFollowThrough {
  carried: CarriedKind;
  destination: string;
  carriedBy: string;
  direction: ScalingDirection;
  reach: ScalingReach;
}

/** The end evaluation. A stopped pilot without `stopReason` uses its status reason from the pilot content. */
export interface DemoClosing {
  daysAgo: number;
  outcome: ClosingOutcome;
  stopReason?: string;
  valueKinds: ValueKind[];
  valueSize: ValueSize;
  resultDecision: ResultDecision;
  resultArgument: string;
  followThrough: DemoFollowThrough[];
}

/** "We adopted this", recorded by a demo user for their organisation, optionally linked to their own pilot. */
export interface DemoAdoption {
  daysAgo: number;
  user: string;
  note: string;
  adopterPilot?: string;
}

export interface DemoCoachNote {
  daysAgo: number;
  coach: string;
  body: string;
}

/** Everything the learning instruments hold for one demo pilot (by its key in src/demo/content). */
export interface DemoLearning {
  pilot: string;
  team: DemoTeamMember[];
  /** Team members who agreed to have their name shown in the paradox plot. */
  showNames?: string[];
  intake?: IntakeFormInput & { daysAgo: number };
  /** Versions of the theory of change, oldest first. */
  theories?: (TheoryFormInput & { daysAgo: number })[];
  /** The phase the pilot had before its first gate (default idea); gates replay from there to its current phase. */
  startPhase?: Phase;
  gates?: DemoGate[];
  sessions?: DemoSession[];
  barriers?: { barriers: Barrier[]; helpful: [Barrier, Strategy][]; risks: Risk[] };
  paradox?: DemoParadoxRound[];
  log?: DemoLogEntry[];
  lessons?: DemoLesson[];
  closing?: DemoClosing;
  adoptions?: DemoAdoption[];
  coachNotes?: DemoCoachNote[];
}
