// SPDX-License-Identifier: EUPL-1.2
import { sql, type ExpressionBuilder, type Transaction } from 'kysely';
import type { DatabaseKind } from '../config.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { nowIso } from '../db/columns.js';

export type Executor = Database | Transaction<DB>;

/** What the pilot's denormalised counts are computed from; the initiator's own share is added by the service. */
export interface CountSources {
  participantCount: number;
  participatingMunicipalities: number;
  followerCount: number;
}

export interface ParticipationRow {
  organisationId: number;
  joinedByUserId: string | null;
  joinedAt: string;
}

/**
 * "This participation's organisation is a municipality", as a correlated EXISTS. Written this way (not a join)
 * so both databases walk the pilot's participations and probe organisations by primary key, instead of
 * walking all 342 municipalities.
 */
export function municipalityOf(eb: ExpressionBuilder<DB, 'participations'>) {
  return eb
    .selectFrom('organisations')
    .select('organisations.id')
    .whereRef('organisations.id', '=', 'participations.organisationId')
    .where('organisations.type', '=', 'municipality');
}

// Key space for PostgreSQL advisory locks taken by this module (the first half of the two-integer lock key).
const countLockSpace = 7301;

/** Participations (organisations in pilots) and follows (members watching pilots). */
export function participationRepository(db: Database, kind: DatabaseKind) {
  return {
    /**
     * Serialises changes to one pilot's participants and followers until the transaction ends, so two joins
     * at the same moment cannot both count before the other commits. SQLite already has a single writer.
     */
    async lockPilotCounts(pilotId: number, trx: Transaction<DB>): Promise<void> {
      if (kind !== 'postgres') return;
      await sql`select pg_advisory_xact_lock(${countLockSpace}::integer, ${pilotId}::integer)`.execute(trx);
    },

    /** Inserts a participation; false (not an error) when the organisation already takes part. */
    async insertParticipation(values: { pilotId: number; organisationId: number; joinedByUserId: string | null }, trx?: Executor): Promise<boolean> {
      const result = await (trx ?? db)
        .insertInto('participations')
        .values({ ...values, createdAt: nowIso() })
        .onConflict((conflict) => conflict.columns(['pilotId', 'organisationId']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async deleteParticipation(pilotId: number, organisationId: number, trx?: Executor): Promise<boolean> {
      const result = await (trx ?? db)
        .deleteFrom('participations')
        .where('pilotId', '=', pilotId)
        .where('organisationId', '=', organisationId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async isParticipating(pilotId: number, organisationId: number, trx?: Executor): Promise<boolean> {
      const row = await (trx ?? db)
        .selectFrom('participations')
        .select('id')
        .where('pilotId', '=', pilotId)
        .where('organisationId', '=', organisationId)
        .executeTakeFirst();
      return row !== undefined;
    },

    async insertFollow(values: { pilotId: number; userId: string; organisationId: number | null }, trx?: Executor): Promise<boolean> {
      const result = await (trx ?? db)
        .insertInto('follows')
        .values({ ...values, createdAt: nowIso() })
        .onConflict((conflict) => conflict.columns(['pilotId', 'userId']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async deleteFollow(pilotId: number, userId: string, trx?: Executor): Promise<boolean> {
      const result = await (trx ?? db).deleteFrom('follows').where('pilotId', '=', pilotId).where('userId', '=', userId).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    async isFollowing(pilotId: number, userId: string, trx?: Executor): Promise<boolean> {
      const row = await (trx ?? db).selectFrom('follows').select('pilotId').where('pilotId', '=', pilotId).where('userId', '=', userId).executeTakeFirst();
      return row !== undefined;
    },

    /**
     * The three counts of one pilot in one statement, each an index range on pilot_id. Counting municipalities
     * needs the organisation's type: a read-only primary-key probe into organisations per participant (see
     * municipalityOf), the only way to count by type without a query per participant.
     */
    async countSources(pilotId: number, trx?: Executor): Promise<CountSources> {
      const row = await (trx ?? db)
        .selectNoFrom((eb) => [
          eb.selectFrom('participations').select(eb.fn.countAll<number>().as('n')).where('pilotId', '=', pilotId).as('participantCount'),
          eb
            .selectFrom('participations')
            .select(eb.fn.countAll<number>().as('n'))
            .where('participations.pilotId', '=', pilotId)
            .where((inner) => inner.exists(municipalityOf(inner)))
            .as('participatingMunicipalities'),
          eb.selectFrom('follows').select(eb.fn.countAll<number>().as('n')).where('pilotId', '=', pilotId).as('followerCount'),
        ])
        .executeTakeFirstOrThrow();
      return {
        participantCount: Number(row.participantCount ?? 0),
        participatingMunicipalities: Number(row.participatingMunicipalities ?? 0),
        followerCount: Number(row.followerCount ?? 0),
      };
    },

    /** One page of a pilot's participations, first joiners first, with the total. */
    async participations(pilotId: number, page: { limit: number; offset: number }, trx?: Executor): Promise<{ rows: ParticipationRow[]; total: number }> {
      const executor = trx ?? db;
      const [rows, count] = await Promise.all([
        executor
          .selectFrom('participations')
          .select(['organisationId', 'joinedByUserId', 'createdAt as joinedAt'])
          .where('pilotId', '=', pilotId)
          .orderBy('createdAt')
          .orderBy('id')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        executor.selectFrom('participations').select((eb) => eb.fn.countAll<number>().as('total')).where('pilotId', '=', pilotId).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.total) };
    },
  };
}

export type ParticipationRepository = ReturnType<typeof participationRepository>;
