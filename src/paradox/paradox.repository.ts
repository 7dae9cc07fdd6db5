// SPDX-License-Identifier: EUPL-1.2
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import { dimensions, divergenceThreshold, type Scores } from './paradox.dimensions.js';

/** The database or a transaction on it. */
export type Executor = Database | Transaction<DB>;

export interface RoundRow {
  id: number;
  pilotId: number;
  number: number;
  createdAt: string;
}

/** Per pilot: how many people rated its latest rated round, and the sum of their scores per dimension. */
export interface RoundTotalsRow {
  pilotId: number;
  raters: number;
  totals: Scores;
}

/** Bound parameters per IN list, well under both databases' limits. */
const inListSize = 500;

export interface RatingRow extends Scores {
  roundId: number;
  userId: string;
  showName: number;
  updatedAt: string;
}

/** Storage of paradox rounds and ratings; every function takes an optional transaction. */
export function paradoxRepository(db: Database) {
  return {
    /** The pilot's rounds, newest first. */
    async rounds(pilotId: number, limit: number, trx?: Executor): Promise<RoundRow[]> {
      return (trx ?? db)
        .selectFrom('paradoxRounds')
        .select(['id', 'pilotId', 'number', 'createdAt'])
        .where('pilotId', '=', pilotId)
        .orderBy('number', 'desc')
        .limit(limit)
        .execute();
    },

    async insertRound(pilotId: number, number: number, openedByUserId: string | null, createdAt: string, trx?: Executor): Promise<number> {
      const row = await (trx ?? db)
        .insertInto('paradoxRounds')
        .values({ pilotId, number, openedByUserId, createdAt })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async hasRatings(roundId: number, trx?: Executor): Promise<boolean> {
      const row = await (trx ?? db).selectFrom('paradoxRatings').select('userId').where('roundId', '=', roundId).limit(1).executeTakeFirst();
      return row !== undefined;
    },

    /** Every rating in the given rounds. */
    async ratingsIn(roundIds: readonly number[], trx?: Executor): Promise<RatingRow[]> {
      if (roundIds.length === 0) return [];
      return (trx ?? db)
        .selectFrom('paradoxRatings')
        .select(['roundId', 'userId', 'showName', 'updatedAt', ...dimensions])
        .where('roundId', 'in', roundIds)
        .orderBy('updatedAt')
        .orderBy('userId')
        .execute();
    },

    /** Stores or replaces one person's ratings in a round (one row per person per round). */
    async upsertRating(row: RatingRow & { pilotId: number }, trx?: Executor): Promise<void> {
      const { roundId, pilotId, userId, ...rest } = row;
      await (trx ?? db)
        .insertInto('paradoxRatings')
        .values({ roundId, pilotId, userId, ...rest })
        .onConflict((conflict) => conflict.columns(['roundId', 'userId']).doUpdateSet(rest))
        .execute();
    },

    /**
     * Per pilot, the number of ratings and the sum of each dimension in its latest rated round: one grouped query
     * per 500 pilots, on the (pilot_id, round_id) index like divergingPilotIds. Round ids grow with round numbers
     * (rounds are opened one after the other), so the highest rated round id is the latest rated round.
     */
    async latestRoundTotals(pilotIds: readonly number[]): Promise<RoundTotalsRow[]> {
      const result: RoundTotalsRow[] = [];
      for (let start = 0; start < pilotIds.length; start += inListSize) {
        const ids = pilotIds.slice(start, start + inListSize);
        const rows = await db
          .selectFrom('paradoxRatings as r')
          .select((eb) => ['r.pilotId', eb.fn.countAll<number | string>().as('raters'), ...dimensions.map((dimension) => eb.fn.sum<number | string>(`r.${dimension}`).as(dimension))])
          .where('r.pilotId', 'in', ids)
          .where('r.roundId', '=', (eb) =>
            eb.selectFrom('paradoxRatings as latest').select((inner) => inner.fn.max('latest.roundId').as('roundId')).whereRef('latest.pilotId', '=', 'r.pilotId'),
          )
          .groupBy('r.pilotId')
          .execute();
        for (const row of rows) {
          const totals = {} as Scores;
          for (const dimension of dimensions) totals[dimension] = Number(row[dimension]);
          result.push({ pilotId: Number(row.pilotId), raters: Number(row.raters), totals });
        }
      }
      return result;
    },

    /**
     * Of the given pilots, those whose latest rated round has at least one dimension where ratings spread by
     * the threshold or more. One grouped query; both the outer filter and the "latest rated round" subquery
     * use the (pilot_id, round_id) index. Round ids grow with round numbers, so the highest id is the latest.
     */
    async divergingPilotIds(pilotIds: readonly number[]): Promise<number[]> {
      if (pilotIds.length === 0) return [];
      const spread = dimensions.map((dimension) => sql`max(${sql.ref(dimension)}) - min(${sql.ref(dimension)}) >= ${divergenceThreshold}`);
      const rows = await db
        .selectFrom('paradoxRatings as r')
        .select('r.pilotId')
        .where('r.pilotId', 'in', pilotIds)
        .where('r.roundId', '=', (eb) =>
          eb.selectFrom('paradoxRatings as latest').select((inner) => inner.fn.max('latest.roundId').as('roundId')).whereRef('latest.pilotId', '=', 'r.pilotId'),
        )
        .groupBy('r.pilotId')
        .having(sql<boolean>`${sql.join(spread, sql` or `)}`)
        .execute();
      return rows.map((row) => row.pilotId);
    },
  };
}
