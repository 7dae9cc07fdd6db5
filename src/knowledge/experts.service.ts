// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { nowIso } from '../db/columns.js';
import { organisationsService } from '../organisations/organisations.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import type { Theme } from '../pilots/pilots.tables.js';
import { knowledgeRepository, type ExpertProfileRow } from './knowledge.repository.js';
import { expertProfileSchema, type ExpertProfileInput, type ExpertQuery } from './knowledge.schemas.js';

/** An expert as pages show them: name and organisation, never an e-mail address. */
export interface Expert {
  userId: string;
  name: string;
  organisation: { name: string; slug: string } | null;
  bio: string;
  offersCoaching: boolean;
  offersSupport: boolean;
  themes: Theme[];
  tags: string[];
}

export const expertsPageSize = 20;

/** The expert pool: members who offer their expertise, coaching or support to other pilots. */
export function expertsService(context: AppContext) {
  const repository = knowledgeRepository(context.db);
  const accounts = accountsService(context);
  const organisations = organisationsService(context.db);

  /** Adds names, organisations, themes and tags to a page of profiles: a fixed number of queries per page. */
  async function present(rows: readonly ExpertProfileRow[]): Promise<Expert[]> {
    const ids = rows.map((row) => row.userId);
    const [users, labels] = await Promise.all([accounts.usersByIds(ids), repository.labelsOf(ids)]);
    const orgIds = [...new Set(users.flatMap((user) => (user.organisationId === null ? [] : [user.organisationId])))];
    const orgs = new Map((orgIds.length ? await organisations.findManyByIds(orgIds) : []).map((org) => [org.id, org]));
    const byId = new Map(users.map((user) => [user.id, user]));
    return rows.flatMap((row) => {
      const user = byId.get(row.userId);
      if (!user) return [];
      const org = user.organisationId === null ? undefined : orgs.get(user.organisationId);
      return [
        {
          userId: row.userId,
          name: user.name,
          organisation: org ? { name: org.name, slug: org.slug } : null,
          bio: row.bio,
          offersCoaching: row.offersCoaching === 1,
          offersSupport: row.offersSupport === 1,
          themes: labels.themes.filter((label) => label.userId === row.userId).map((label) => label.theme as Theme),
          tags: labels.tags.filter((label) => label.userId === row.userId).map((label) => label.tag),
        },
      ];
    });
  }

  return {
    /** One expert, or undefined when the member has no profile. */
    async find(userId: string): Promise<Expert | undefined> {
      const row = await repository.findProfile(userId);
      return row ? (await present([row]))[0] : undefined;
    },

    /** One page of experts matching the filters, most recently updated first. */
    async list(query: ExpertQuery): Promise<{ items: Expert[]; total: number; page: number; pageSize: number }> {
      const page = query.page ?? 1;
      const { rows, total } = await repository.listProfiles({ theme: query.theme, tag: query.tag, offer: query.offer }, { limit: expertsPageSize, offset: (page - 1) * expertsPageSize });
      return { items: await present(rows), total, page, pageSize: expertsPageSize };
    },

    count: (): Promise<number> => repository.countProfiles(),

    /** Creates or updates the actor's own profile. */
    async save(actor: CurrentUser | null, input: ExpertProfileInput): Promise<{ ok: true } | { ok: false; reason: 'unauthenticated' | 'invalid' }> {
      if (!actor) return { ok: false, reason: 'unauthenticated' };
      const parsed = expertProfileSchema.safeParse(input);
      if (!parsed.success) return { ok: false, reason: 'invalid' };
      const { bio, themes, tags, offers } = parsed.data;
      const now = nowIso();
      await context.db
        .transaction()
        .execute((trx) => repository.saveProfile({ userId: actor.id, bio, offersCoaching: offers.includes('coaching') ? 1 : 0, offersSupport: offers.includes('support') ? 1 : 0, createdAt: now, updatedAt: now }, themes, tags, trx));
      return { ok: true };
    },

    /** Removes the actor's profile from the pool. */
    async remove(actor: CurrentUser | null): Promise<{ ok: true } | { ok: false; reason: 'unauthenticated' }> {
      if (!actor) return { ok: false, reason: 'unauthenticated' };
      await repository.deleteProfile(actor.id);
      return { ok: true };
    },
  };
}

export type ExpertsService = ReturnType<typeof expertsService>;
