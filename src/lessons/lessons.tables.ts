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

/** A type alias (not an interface) so Kysely's `withTables` accepts it. */
export type LessonTables = {
  learningLogEntries: LearningLogEntriesTable;
  lessons: LessonsTable;
  lessonTerms: { lessonId: number; term: string };
  lessonThemes: { lessonId: number; theme: string };
};
