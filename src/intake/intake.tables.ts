// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

/** A pilot's intake: what it wants to learn, for whom, and how often the team reflects. One per pilot. */
export interface PilotIntakesTable {
  pilotId: number;
  learningGoals: string;
  scalingGoals: string | null;
  whyAndForWhom: string;
  monitoring: string;
  userProblem: string;
  decisionMaker: string;
  resultOwners: string;
  reflectionRhythmWeeks: number;
  updatedByUserId: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * One saved version of a pilot's theory of change (input → activities → output → outcome → impact).
 * Each assumption belongs to the step from that link to the next one.
 */
export interface TheoryOfChangeVersionsTable {
  id: Generated<number>;
  pilotId: number;
  version: number;
  input: string;
  activities: string;
  output: string;
  outcome: string;
  impact: string;
  inputAssumption: string | null;
  activitiesAssumption: string | null;
  outputAssumption: string | null;
  outcomeAssumption: string | null;
  createdByUserId: string | null;
  createdAt: string;
}

/**
 * This module's tables, merged into the shared DB type below so Kysely types every query on them. A type alias
 * (not an interface), so it still satisfies Kysely's `withTables` for code that asks for the tables that way.
 */
export type IntakeTables = {
  pilotIntakes: PilotIntakesTable;
  theoryOfChangeVersions: TheoryOfChangeVersionsTable;
};

// The shared schema type (src/db/schema.ts) is owned by the lead; merging here keeps this module self-contained.
declare module '../db/schema.js' {
  interface DB extends IntakeTables {}
}
