// SPDX-License-Identifier: EUPL-1.2
import type { ExpressionBuilder, Insertable, SelectQueryBuilder, Transaction, Updateable } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import type { Phase, PilotsTable, Status, TeamRole, Theme } from './pilots.tables.js';

export type Executor = Database | Transaction<DB>;

/**
 * The listing rule (contracts.md): published, not hidden, and either a municipality takes part or the
 * one-month deadline for linking one has not passed. Usable in any query that selects from `pilots`.
 */
export function listedCondition(eb: ExpressionBuilder<DB, 'pilots'>, nowIso: string) {
  return eb.and([
    eb('pilots.state', '=', 'published'),
    eb('pilots.hiddenAt', 'is', null),
    eb.or([eb('pilots.municipalityCount', '>', 0), eb('pilots.municipalityDeadline', 'is', null), eb('pilots.municipalityDeadline', '>', nowIso)]),
  ]);
}

/** Adds the listing rule to a query on `pilots` (joins allowed). */
export function whereListed<QB extends SelectQueryBuilder<DB, 'pilots', any>>(qb: QB, nowIso: string): QB {
  return qb.where((eb) => listedCondition(eb, nowIso)) as QB;
}

const pilotColumns = [
  'id', 'slug', 'state', 'title', 'summary', 'what', 'goal', 'deliverables', 'approach', 'milestones', 'phase', 'status',
  'statusReason', 'purpose', 'innovationObject', 'degree', 'level', 'initiatorOrganisationId', 'createdByUserId',
  'contactName', 'contactEmail', 'startDate', 'plannedEndDate', 'externalId', 'publishedAt', 'municipalityDeadline',
  'deadlineNotifiedAt', 'hiddenAt', 'hiddenReason', 'hiddenByUserId', 'participantCount', 'municipalityCount',
  'followerCount', 'innovationAreas', 'confirmsInDevelopment', 'confirmsNotCommercial', 'createdAt', 'updatedAt',
] as const;

export interface OrganisationRef {
  id: number;
  name: string;
  slug: string;
  type: OrganisationType;
}

export interface PilotCounts {
  participantCount: number;
  municipalityCount: number;
  followerCount: number;
}

/** Every query on the pilots tables. Functions take an optional transaction. */
export function pilotsRepository(db: Database) {
  return {
    transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    async insertPilot(values: Insertable<PilotsTable>, trx?: Executor): Promise<number> {
      const row = await (trx ?? db).insertInto('pilots').values(values).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    async updatePilot(id: number, values: Updateable<PilotsTable>, trx?: Executor): Promise<void> {
      await (trx ?? db).updateTable('pilots').set(values).where('id', '=', id).execute();
    },

    async findRow(id: number, trx?: Executor) {
      return (trx ?? db).selectFrom('pilots').select(pilotColumns).where('id', '=', id).executeTakeFirst();
    },

    async externalIdTaken(externalId: string, exceptPilotId?: number, trx?: Executor): Promise<boolean> {
      let query = (trx ?? db).selectFrom('pilots').select('id').where('externalId', '=', externalId);
      if (exceptPilotId !== undefined) query = query.where('id', '<>', exceptPilotId);
      return (await query.executeTakeFirst()) !== undefined;
    },

    async replaceThemes(pilotId: number, themes: readonly Theme[], trx?: Executor): Promise<void> {
      const executor = trx ?? db;
      await executor.deleteFrom('pilotThemes').where('pilotId', '=', pilotId).execute();
      // A theme sent twice (themes=a&themes=a) is one theme, not a primary-key violation.
      const unique = [...new Set(themes)];
      if (unique.length) await executor.insertInto('pilotThemes').values(unique.map((theme) => ({ pilotId, theme }))).execute();
    },

    async replaceTags(pilotId: number, tags: readonly string[], trx?: Executor): Promise<void> {
      const executor = trx ?? db;
      await executor.deleteFrom('pilotTags').where('pilotId', '=', pilotId).execute();
      const unique = [...new Set(tags)];
      if (unique.length) await executor.insertInto('pilotTags').values(unique.map((tag) => ({ pilotId, tag }))).execute();
    },

    async replaceLinks(pilotId: number, links: readonly { label: string; url: string }[], trx?: Executor): Promise<void> {
      const executor = trx ?? db;
      await executor.deleteFrom('pilotLinks').where('pilotId', '=', pilotId).execute();
      if (links.length) {
        await executor
          .insertInto('pilotLinks')
          .values(links.map((link, position) => ({ pilotId, label: link.label, url: link.url, position })))
          .execute();
      }
    },

    async addTeamMember(pilotId: number, userId: string, role: TeamRole, createdAt: string, trx?: Executor): Promise<void> {
      await (trx ?? db)
        .insertInto('pilotTeamMembers')
        .values({ pilotId, userId, role, createdAt })
        .onConflict((conflict) => conflict.columns(['pilotId', 'userId']).doNothing())
        .execute();
    },

    async isTeamMember(pilotId: number, userId: string): Promise<boolean> {
      const row = await db
        .selectFrom('pilotTeamMembers')
        .select('pilotId')
        .where('pilotId', '=', pilotId)
        .where('userId', '=', userId)
        // Coaches and supporters stand beside the team: they advise and open doors, but do not edit the pilot.
        .where('role', 'not in', ['coach', 'supporter'] as never[])
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Themes of several pilots in one query. */
    async themesOf(pilotIds: readonly number[]): Promise<Map<number, Theme[]>> {
      const byPilot = new Map<number, Theme[]>();
      if (pilotIds.length === 0) return byPilot;
      const rows = await db.selectFrom('pilotThemes').select(['pilotId', 'theme']).where('pilotId', 'in', [...pilotIds]).orderBy('theme').execute();
      for (const row of rows) byPilot.set(row.pilotId, [...(byPilot.get(row.pilotId) ?? []), row.theme]);
      return byPilot;
    },

    async tagsOf(pilotId: number): Promise<string[]> {
      const rows = await db.selectFrom('pilotTags').select('tag').where('pilotId', '=', pilotId).orderBy('tag').execute();
      return rows.map((row) => row.tag);
    },

    async linksOf(pilotId: number): Promise<{ label: string; url: string }[]> {
      return db.selectFrom('pilotLinks').select(['label', 'url']).where('pilotId', '=', pilotId).orderBy('position').execute();
    },

    /** Summary rows with their initiator, in one query (themes come from themesOf). */
    async summaryRows(pilotIds: readonly number[]) {
      if (pilotIds.length === 0) return [];
      return db
        .selectFrom('pilots')
        .innerJoin('organisations', 'organisations.id', 'pilots.initiatorOrganisationId')
        .select([
          'pilots.id', 'pilots.slug', 'pilots.title', 'pilots.summary', 'pilots.phase', 'pilots.status', 'pilots.participantCount',
          'pilots.municipalityCount', 'pilots.followerCount', 'pilots.publishedAt', 'pilots.externalId',
          'organisations.id as initiatorId', 'organisations.name as initiatorName', 'organisations.slug as initiatorSlug',
          'organisations.type as initiatorType',
        ])
        .where('pilots.id', 'in', [...pilotIds])
        .execute();
    },

    async setHidden(pilotId: number, hidden: { reason: string; byUserId: string; at: string } | null): Promise<void> {
      await db
        .updateTable('pilots')
        .set(hidden ? { hiddenAt: hidden.at, hiddenReason: hidden.reason, hiddenByUserId: hidden.byUserId } : { hiddenAt: null, hiddenReason: null, hiddenByUserId: null })
        .where('id', '=', pilotId)
        .execute();
    },

    /** Moves the initiator's share of municipality_count when a moderator changes the initiator. */
    async adjustMunicipalityCount(pilotId: number, change: number, trx?: Executor): Promise<void> {
      await (trx ?? db)
        .updateTable('pilots')
        .set((eb) => ({ municipalityCount: eb('municipalityCount', '+', change) }))
        .where('id', '=', pilotId)
        .execute();
    },

    /** Phase and status only, as a gate decision or closing sets them (see pilotsService.applyLifecycleChange). */
    async applyLifecycleChange(pilotId: number, change: { phase: Phase; status: Status; statusReason: string | null }, updatedAt: string, trx?: Executor): Promise<void> {
      await (trx ?? db)
        .updateTable('pilots')
        .set({ phase: change.phase, status: change.status, statusReason: change.statusReason, updatedAt })
        .where('id', '=', pilotId)
        .execute();
    },

    async setCounts(pilotId: number, counts: PilotCounts, trx?: Executor): Promise<void> {
      await (trx ?? db).updateTable('pilots').set(counts).where('id', '=', pilotId).execute();
    },
  };
}

export type PilotsRepository = ReturnType<typeof pilotsRepository>;
export type PilotRow = NonNullable<Awaited<ReturnType<PilotsRepository['findRow']>>>;
