// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import { auditService } from '../moderation/audit.service.js';
import { isModerator, type CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { knowledgeRepository, type StoryRow } from './knowledge.repository.js';
import { storiesPolicy } from './knowledge.policy.js';
import { storyInputSchema, type StoryInput } from './knowledge.schemas.js';

/** A published story with the title of its pilot. */
export interface Story {
  id: number;
  pilotId: number;
  pilotTitle: string;
  title: string;
  body: string;
  reusable: string;
  publishedAt: string;
  unpublished: boolean;
}

export const storiesPageSize = 20;
/** A pilot writes a handful of stories; its page shows at most this many. */
const pilotStoriesLimit = 20;

type Refusal = 'not_found' | 'unauthenticated' | 'forbidden' | 'not_advanced' | 'invalid';

/** Stories ("show and tell") of pilots in implementation or scaling, written by their teams. */
export function storiesService(context: AppContext) {
  const repository = knowledgeRepository(context.db);
  const pilots = pilotsService(context);

  async function present(rows: readonly StoryRow[]): Promise<Story[]> {
    const summaries = await pilots.summaries([...new Set(rows.map((row) => row.pilotId))]);
    const titles = new Map(summaries.map((summary) => [summary.id, summary.title]));
    return rows.map((row) => ({
      id: Number(row.id),
      pilotId: row.pilotId,
      pilotTitle: titles.get(row.pilotId) ?? '',
      title: row.title,
      body: row.body,
      reusable: row.reusable,
      publishedAt: row.publishedAt,
      unpublished: row.unpublishedAt !== null,
    }));
  }

  /** Whether the actor may write a story for this pilot, and why not. */
  async function writeAccess(pilotId: number, actor: CurrentUser | null): Promise<{ ok: true; pilot: { id: number; title: string } } | { ok: false; reason: Refusal }> {
    const pilot = await pilots.findById(pilotId);
    if (!pilot || !pilot.listed) return { ok: false, reason: 'not_found' };
    if (!actor) return { ok: false, reason: 'unauthenticated' };
    if (!(await pilots.canEdit(pilotId, actor))) return { ok: false, reason: 'forbidden' };
    if (!storiesPolicy.advanced(pilot.phase)) return { ok: false, reason: 'not_advanced' };
    return { ok: true, pilot: { id: pilot.id, title: pilot.title } };
  }

  return {
    writeAccess,

    /** Publishes a story written by the pilot's team. */
    async create(pilotId: number, input: StoryInput, actor: CurrentUser | null): Promise<{ ok: true; id: number } | { ok: false; reason: Refusal }> {
      const access = await writeAccess(pilotId, actor);
      if (!access.ok) return access;
      const parsed = storyInputSchema.safeParse(input);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      const now = nowIso();
      const id = await repository.insertStory({ pilotId, ...parsed.data, authorUserId: actor?.id ?? null, publishedAt: now, createdAt: now });
      return { ok: true, id };
    },

    /**
     * A story; an unpublished one only for moderators, and one of a hidden or unlisted pilot only for those who
     * may see that pilot (its team, moderators). Others get undefined, shown as "not found".
     */
    async find(id: number, viewer: CurrentUser | null): Promise<Story | undefined> {
      const row = await repository.findStory(id);
      if (!row || (row.unpublishedAt !== null && !isModerator(viewer))) return undefined;
      if (!isModerator(viewer)) {
        const pilot = await pilots.findById(row.pilotId);
        if (!pilot || (!pilot.listed && !(await pilots.canEdit(row.pilotId, viewer)))) return undefined;
      }
      const [story] = await present([row]);
      return story;
    },

    async list(page: number): Promise<{ items: Story[]; total: number; page: number; pageSize: number }> {
      const { rows, total } = await repository.listStories({ limit: storiesPageSize, offset: (page - 1) * storiesPageSize });
      return { items: await present(rows), total, page, pageSize: storiesPageSize };
    },

    count: (): Promise<number> => repository.countStories(),

    async forPilot(pilotId: number): Promise<Story[]> {
      return present(await repository.storiesOfPilot(pilotId, pilotStoriesLimit));
    },

    /** Takes a story off the platform; moderators only, written to the audit log. */
    async unpublish(id: number, actor: CurrentUser | null): Promise<{ ok: true } | { ok: false; reason: 'not_found' | 'forbidden' }> {
      if (!isModerator(actor) || !actor) return { ok: false, reason: 'forbidden' };
      const row = await repository.findStory(id);
      if (!row) return { ok: false, reason: 'not_found' };
      if (row.unpublishedAt === null) {
        await repository.unpublishStory(id, actor.id, nowIso());
        await auditService(context).record({ actorUserId: actor.id, action: 'story.unpublish', subjectType: 'story', subjectId: id, details: { pilotId: row.pilotId } });
      }
      return { ok: true };
    },
  };
}

export type StoriesService = ReturnType<typeof storiesService>;
