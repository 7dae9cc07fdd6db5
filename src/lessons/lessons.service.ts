// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { indexTerms, queryTerms } from '../search/text/index.js';
import { lessonsRepository, type LessonRow, type LogEntryRow } from './lessons.repository.js';
import { lessonInputSchema, logEntryInputSchema, type LessonCluster, type LessonInput, type LessonOutcome, type LessonQuery, type LogEntryInput } from './lessons.schemas.js';

/** A lesson as other modules and the API see it. */
export interface Lesson {
  id: number;
  pilotId: number;
  title: string;
  body: string;
  cluster: LessonCluster;
  phase: string;
  outcome: LessonOutcome;
  publishedAt: string | null;
  createdAt: string;
}

/** A published lesson in the platform-wide list, with its pilot's title. */
export interface ListedLesson extends Lesson {
  pilotTitle: string;
}

export type LogEntry = Omit<LogEntryRow, 'createdByUserId'>;

export type LessonsResult<T extends object = object> = ({ ok: true } & T) | { ok: false; reason: 'not_found' | 'forbidden' | 'invalid' };

/** How many log entries and lessons a pilot page shows (a pilot writes tens, not thousands). */
export const pilotListLimit = 200;

function present(row: LessonRow): Lesson {
  const { id, pilotId, title, body, cluster, phase, outcome, publishedAt, createdAt } = row;
  return { id: Number(id), pilotId, title, body, cluster: cluster as LessonCluster, phase, outcome: outcome as LessonOutcome, publishedAt, createdAt };
}

/** Distinct search terms of a lesson (the term table needs each once). */
const lessonTerms = (title: string, body: string): string[] => [...new Set(indexTerms(`${title}\n${body}`))];

/** Learning log and lessons of pilots, and the platform-wide list of published lessons. */
export function lessonsService(context: AppContext) {
  const repository = lessonsRepository(context.db);
  const pilots = pilotsService(context);

  /** The pilot (for its themes) when it exists and a signed-in actor may edit it; actor null = the system. */
  async function editablePilot(pilotId: number, actor: CurrentUser | null) {
    const pilot = await pilots.findById(pilotId);
    if (!pilot) return { ok: false as const, reason: 'not_found' as const };
    if (actor && !(await pilots.canEdit(pilotId, actor))) return { ok: false as const, reason: 'forbidden' as const };
    return { ok: true as const, pilot };
  }

  return {
    /** Adds an after-action entry to the pilot's learning log. */
    async recordLogEntry(pilotId: number, input: LogEntryInput, actor: CurrentUser | null): Promise<LessonsResult> {
      const access = await editablePilot(pilotId, actor);
      if (!access.ok) return access;
      const parsed = logEntryInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      await repository.insertLogEntry({ pilotId, ...parsed.data, createdByUserId: actor?.id ?? null, createdAt: nowIso() });
      return { ok: true };
    },

    /** The pilot's learning log, newest first. */
    async logFor(pilotId: number): Promise<LogEntry[]> {
      const rows = await repository.logEntries(pilotId, pilotListLimit);
      return rows.map(({ createdByUserId: _omitted, ...entry }) => ({ ...entry, id: Number(entry.id) }));
    },

    /** Writes a lesson, published at once when `publish` is set; otherwise a draft only the team sees. */
    async recordLesson(pilotId: number, input: LessonInput, actor: CurrentUser | null): Promise<LessonsResult<{ id: number }>> {
      const access = await editablePilot(pilotId, actor);
      if (!access.ok) return access;
      const parsed = lessonInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      const { publish, ...fields } = parsed.data;
      const now = nowIso();
      const id = await context.db.transaction().execute((trx) =>
        repository.insertLesson(
          { pilotId, ...fields, publishedAt: publish ? now : null, createdByUserId: actor?.id ?? null, createdAt: now },
          lessonTerms(fields.title, fields.body),
          publish ? access.pilot.themes : [],
          trx,
        ),
      );
      return { ok: true, id };
    },

    /** Publishes a draft lesson to the platform-wide list (already published: nothing changes). */
    async publish(lessonId: number, actor: CurrentUser | null): Promise<LessonsResult<{ pilotId: number }>> {
      const lesson = await repository.findLesson(lessonId);
      if (!lesson) return { ok: false, reason: 'not_found' };
      const access = await editablePilot(lesson.pilotId, actor);
      if (!access.ok) return access;
      if (!lesson.publishedAt) await context.db.transaction().execute((trx) => repository.publishLesson(lessonId, nowIso(), access.pilot.themes, trx));
      return { ok: true, pilotId: lesson.pilotId };
    },

    /** A pilot's lessons for its own page; drafts only for the team. */
    async forPilot(pilotId: number, includeDrafts: boolean): Promise<Lesson[]> {
      return (await repository.lessonsOfPilot(pilotId, includeDrafts, pilotListLimit)).map(present);
    },

    /** A pilot's published lessons, newest first (for the API and other modules). */
    async publishedForPilot(pilotId: number): Promise<Lesson[]> {
      return (await repository.lessonsOfPilot(pilotId, false, pilotListLimit)).map(present);
    },

    /**
     * Published lessons of listed pilots matching the query, newest first (a hidden or unlisted pilot's lessons
     * leave the list with it). Text goes through the Dutch analysis of src/search/text
     * (stems, compound parts, synonyms): every word must match, by stem, compound part or concept.
     */
    async search(query: LessonQuery): Promise<{ items: ListedLesson[]; total: number; page: number; pageSize: number }> {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 20;
      const termGroups = query.q ? queryTerms(query.q).filter((group) => group.length > 0) : [];
      const { rows, total } = await repository.searchPublished(
        { listedAt: nowIso(), termGroups, clusters: query.cluster, phases: query.phase, outcome: query.outcome, themes: query.theme },
        { limit: pageSize, offset: (page - 1) * pageSize },
      );
      const summaries = await pilots.summaries([...new Set(rows.map((row) => row.pilotId))]);
      const titles = new Map(summaries.map((summary) => [summary.id, summary.title]));
      const items = rows.map((row) => ({ ...present(row), pilotTitle: titles.get(row.pilotId) ?? '' }));
      return { items, total, page, pageSize };
    },
  };
}

export type LessonsService = ReturnType<typeof lessonsService>;
