// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';
import type { Phase } from '../pilots/pilots.tables.js';

/** The four decisions at a gate (DOMAIN.md §4). */
export const gateDecisions = ['go', 'go_back', 'hold', 'no_go'] as const;
/** The four indicators every gate decision judges, each scored 1–5 with a note. */
export const gateIndicators = ['publicValue', 'useValue', 'technicalApproach', 'cost'] as const;

export type GateDecision = (typeof gateDecisions)[number];
export type GateIndicator = (typeof gateIndicators)[number];

/** One decision at the end of a phase, with the phase before and after, kept as history. */
export interface GateDecisionsTable {
  id: Generated<number>;
  pilotId: number;
  decision: GateDecision;
  fromPhase: Phase;
  toPhase: Phase;
  publicValueScore: number;
  publicValueNote: string;
  useValueScore: number;
  useValueNote: string;
  technicalApproachScore: number;
  technicalApproachNote: string;
  costScore: number;
  costNote: string;
  /** Why: required for every decision, shown as the stop or hold reason on the pilot. */
  reason: string;
  decidedByUserId: string | null;
  decidedAt: string;
}

/** How a pilot ended (issue 3, point 9). */
export const closingOutcomes = ['achieved', 'stopped', 'continued'] as const;
/** Kinds of value (DOMAIN.md §6). */
export const valueKinds = ['residents', 'public_space', 'internal_organisation', 'learning'] as const;
export const valueSizes = ['none', 'limited', 'average', 'large'] as const;
/** The decision on the results (DOMAIN.md §6). */
export const resultDecisions = ['adopted', 'adapted', 'not_yet_usable'] as const;
/** What is carried over (DOMAIN.md §6). */
export const carriedKinds = ['innovation', 'knowledge', 'experience', 'inspiration', 'pilot_method'] as const;
export const scalingDirections = ['horizontal', 'vertical'] as const;
export const scalingReaches = ['inside', 'outside'] as const;

export type ClosingOutcome = (typeof closingOutcomes)[number];
export type ValueKind = (typeof valueKinds)[number];
export type ValueSize = (typeof valueSizes)[number];
export type ResultDecision = (typeof resultDecisions)[number];
export type CarriedKind = (typeof carriedKinds)[number];
export type ScalingDirection = (typeof scalingDirections)[number];
export type ScalingReach = (typeof scalingReaches)[number];

/** The end evaluation of a pilot: one per pilot, replaced when the team corrects it. */
export interface PilotClosingsTable {
  pilotId: number;
  outcome: ClosingOutcome;
  stopReason: string | null;
  /** Comma-separated ValueKind keys. */
  valueKinds: string;
  valueSize: ValueSize;
  resultDecision: ResultDecision;
  resultArgument: string;
  closedByUserId: string | null;
  closedAt: string;
}

/** Where a result went after the pilot: what, where to, by whom or how, horizontal or vertical, inside or outside. */
export interface FollowThroughRecordsTable {
  id: Generated<number>;
  pilotId: number;
  carried: CarriedKind;
  destination: string;
  carriedBy: string;
  direction: ScalingDirection;
  reach: ScalingReach;
  createdByUserId: string | null;
  createdAt: string;
}

/** "We adopted this": another organisation took up the pilot's result, optionally in a pilot of its own. */
export interface PilotAdoptionsTable {
  id: Generated<number>;
  pilotId: number;
  organisationId: number;
  adopterPilotId: number | null;
  note: string;
  createdByUserId: string | null;
  createdAt: string;
}

export interface GatesTables {
  gateDecisions: GateDecisionsTable;
  pilotClosings: PilotClosingsTable;
  followThroughRecords: FollowThroughRecordsTable;
  pilotAdoptions: PilotAdoptionsTable;
}

// The shared schema type (src/db/schema.ts) is owned by the lead; merging here keeps this module self-contained.
declare module '../db/schema.js' {
  interface DB extends GatesTables {}
}
