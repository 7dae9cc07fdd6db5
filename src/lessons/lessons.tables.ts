// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

/** An after-action entry in a pilot's learning log. */
export interface LearningLogEntriesTable {
  id: Generated<number>;
  pilotId: number;
  expected: string;
  happened: string;
  why: string;
  nextTime: string;
  createdByUserId: string | null;
  createdAt: string;
}

/** A lesson; shown platform-wide once published_at is set. */
export interface LessonsTable {
  id: Generated<number>;
  pilotId: number;
  title: string;
  body: string;
  cluster: string;
  phase: string;
  outcome: string;
  publishedAt: string | null;
  createdByUserId: string | null;
  createdAt: string;
}

/**
 * This module's tables, merged into the shared DB type below so Kysely types every query on them. A type alias
 * (not an interface), so it still satisfies Kysely's `withTables` for code that asks for the tables that way.
 */
export type LessonTables = {
  learningLogEntries: LearningLogEntriesTable;
  lessons: LessonsTable;
  lessonTerms: { lessonId: number; term: string };
  lessonThemes: { lessonId: number; theme: string };
};

// The shared schema type (src/db/schema.ts) is owned by the lead; merging here keeps this module self-contained.
declare module '../db/schema.js' {
  interface DB extends LessonTables {}
}
