// SPDX-License-Identifier: EUPL-1.2
import type { ExpressionBuilder, Insertable, Kysely, Selectable, SelectQueryBuilder, Transaction } from 'kysely';
import { nowIso } from '../db/columns.js';
import type { DB } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { listedCondition } from '../pilots/pilots.service.js';
import type { ContactMessagesTable, ExpertProfilesTable, KnowledgeTables, StoriesTable } from './knowledge.tables.js';

type KnowledgeDb = Kysely<DB & KnowledgeTables>;
export type KnowledgeExecutor = Database | Transaction<DB>;
export type ExpertProfileRow = Selectable<ExpertProfilesTable>;
export type StoryRow = Selectable<StoriesTable>;

/** This module's tables are not in the shared DB interface; `withTables` adds them for our queries only. */
const tables = (executor: KnowledgeExecutor): KnowledgeDb => executor.withTables<KnowledgeTables>() as unknown as KnowledgeDb;

export interface ExpertFilter {
  theme?: string;
  tag?: string;
  offer?: 'coaching' | 'support';
}

/** Queries for expert profiles, stories and the log of messages sent through the platform. */
export function knowledgeRepository(db: Database) {
  function experts(executor: KnowledgeDb, filter: ExpertFilter): SelectQueryBuilder<DB & KnowledgeTables, 'expertProfiles', object> {
    let query = executor.selectFrom('expertProfiles');
    if (filter.theme) query = query.where('userId', 'in', executor.selectFrom('expertProfileThemes').select('userId').where('theme', '=', filter.theme));
    if (filter.tag) query = query.where('userId', 'in', executor.selectFrom('expertProfileTags').select('userId').where('tag', '=', filter.tag));
    if (filter.offer === 'coaching') query = query.where('offersCoaching', '=', 1);
    if (filter.offer === 'support') query = query.where('offersSupport', '=', 1);
    return query as SelectQueryBuilder<DB & KnowledgeTables, 'expertProfiles', object>;
  }

  const publishedStories = (executor: KnowledgeDb) => executor.selectFrom('stories').where('unpublishedAt', 'is', null);
  // The public list and counts follow the pilots' listing rule: a story of a pilot hidden (or unlisted) later
  // disappears with it.
  const publicStories = (executor: KnowledgeDb) =>
    publishedStories(executor).where((eb) =>
      eb.exists(
        eb
          .selectFrom('pilots')
          .select('pilots.id')
          .whereRef('pilots.id', '=', 'stories.pilotId')
          .where((pilots) => listedCondition(pilots as unknown as ExpressionBuilder<DB, 'pilots'>, nowIso())),
      ),
    );

  return {
    async findProfile(userId: string, trx?: KnowledgeExecutor): Promise<ExpertProfileRow | undefined> {
      return tables(trx ?? db).selectFrom('expertProfiles').selectAll().where('userId', '=', userId).executeTakeFirst();
    },

    /** Creates or replaces a member's profile with its themes and tags. */
    async saveProfile(row: Insertable<ExpertProfilesTable>, themes: readonly string[], tags: readonly string[], trx: Transaction<DB>): Promise<void> {
      const executor = tables(trx);
      await executor
        .insertInto('expertProfiles')
        .values(row)
        .onConflict((conflict) => conflict.column('userId').doUpdateSet({ bio: row.bio, offersCoaching: row.offersCoaching, offersSupport: row.offersSupport, updatedAt: row.updatedAt }))
        .execute();
      await executor.deleteFrom('expertProfileThemes').where('userId', '=', row.userId).execute();
      await executor.deleteFrom('expertProfileTags').where('userId', '=', row.userId).execute();
      if (themes.length) await executor.insertInto('expertProfileThemes').values(themes.map((theme) => ({ userId: row.userId, theme }))).execute();
      if (tags.length) await executor.insertInto('expertProfileTags').values(tags.map((tag) => ({ userId: row.userId, tag }))).execute();
    },

    async deleteProfile(userId: string, trx?: KnowledgeExecutor): Promise<void> {
      await tables(trx ?? db).deleteFrom('expertProfiles').where('userId', '=', userId).execute();
    },

    /** One page of profiles matching the filter, most recently updated first, and the total. */
    async listProfiles(filter: ExpertFilter, page: { limit: number; offset: number }, trx?: KnowledgeExecutor): Promise<{ rows: ExpertProfileRow[]; total: number }> {
      const executor = tables(trx ?? db);
      const [rows, count] = await Promise.all([
        experts(executor, filter).selectAll('expertProfiles').orderBy('updatedAt', 'desc').orderBy('userId').limit(page.limit).offset(page.offset).execute(),
        experts(executor, filter).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst(),
      ]);
      return { rows: rows as ExpertProfileRow[], total: Number(count?.total ?? 0) };
    },

    /** Themes and tags of the given profiles, in two queries whatever the page size. */
    async labelsOf(userIds: readonly string[], trx?: KnowledgeExecutor): Promise<{ themes: { userId: string; theme: string }[]; tags: { userId: string; tag: string }[] }> {
      if (userIds.length === 0) return { themes: [], tags: [] };
      const executor = tables(trx ?? db);
      const [themes, tags] = await Promise.all([
        executor.selectFrom('expertProfileThemes').select(['userId', 'theme']).where('userId', 'in', [...userIds]).orderBy('theme').execute(),
        executor.selectFrom('expertProfileTags').select(['userId', 'tag']).where('userId', 'in', [...userIds]).orderBy('tag').execute(),
      ]);
      return { themes, tags };
    },

    async countProfiles(trx?: KnowledgeExecutor): Promise<number> {
      const row = await tables(trx ?? db).selectFrom('expertProfiles').select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst();
      return Number(row?.total ?? 0);
    },

    async insertStory(row: Insertable<StoriesTable>, trx?: KnowledgeExecutor): Promise<number> {
      const inserted = await tables(trx ?? db).insertInto('stories').values(row).returning('id').executeTakeFirstOrThrow();
      return Number(inserted.id);
    },

    async findStory(id: number, trx?: KnowledgeExecutor): Promise<StoryRow | undefined> {
      return tables(trx ?? db).selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
    },

    /** One page of published stories of listed pilots, newest first, and the total. */
    async listStories(page: { limit: number; offset: number }, trx?: KnowledgeExecutor): Promise<{ rows: StoryRow[]; total: number }> {
      const executor = tables(trx ?? db);
      const [rows, count] = await Promise.all([
        publicStories(executor).selectAll('stories').orderBy('publishedAt', 'desc').orderBy('id', 'desc').limit(page.limit).offset(page.offset).execute(),
        publicStories(executor).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst(),
      ]);
      return { rows, total: Number(count?.total ?? 0) };
    },

    async countStories(trx?: KnowledgeExecutor): Promise<number> {
      const row = await publicStories(tables(trx ?? db)).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirst();
      return Number(row?.total ?? 0);
    },

    async storiesOfPilot(pilotId: number, limit: number, trx?: KnowledgeExecutor): Promise<StoryRow[]> {
      return publishedStories(tables(trx ?? db)).selectAll().where('pilotId', '=', pilotId).orderBy('publishedAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    async unpublishStory(id: number, byUserId: string, at: string, trx?: KnowledgeExecutor): Promise<void> {
      await tables(trx ?? db).updateTable('stories').set({ unpublishedAt: at, unpublishedByUserId: byUserId }).where('id', '=', id).execute();
    },

    async insertContactMessage(row: Insertable<ContactMessagesTable>, trx?: KnowledgeExecutor): Promise<number> {
      const inserted = await tables(trx ?? db).insertInto('contactMessages').values(row).returning('id').executeTakeFirstOrThrow();
      return Number(inserted.id);
    },

    async deleteContactMessage(id: number, trx?: KnowledgeExecutor): Promise<void> {
      await tables(trx ?? db).deleteFrom('contactMessages').where('id', '=', id).execute();
    },

    /** Messages a member sent since a moment (indexed on sender and time). */
    async countSentSince(senderUserId: string, sinceIso: string, trx?: KnowledgeExecutor): Promise<number> {
      const row = await tables(trx ?? db)
        .selectFrom('contactMessages')
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .where('senderUserId', '=', senderUserId)
        .where('createdAt', '>', sinceIso)
        .executeTakeFirst();
      return Number(row?.total ?? 0);
    },
  };
}
