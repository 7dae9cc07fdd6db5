// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { nowIso } from '../db/columns.js';
import { municipalityOf } from './participation.repository.js';

/** Rows per multi-row INSERT: 500 × 4 parameters stays far below both databases' parameter limits. */
const insertChunk = 500;
/** Pilots per recount UPDATE: keeps the IN list and each statement's work small. */
const recountChunk = 500;

/** A participation to add in bulk; imports and demo content may give who added it and when. */
export interface BulkPair {
  pilotId: number;
  organisationId: number;
  joinedByUserId?: string | null;
  createdAt?: string;
}

export interface BulkFollowRow {
  pilotId: number;
  userId: string;
  organisationId: number | null;
  createdAt?: string;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * Bulk writes for imports and demo content, where one statement per participation would take minutes.
 * Always runs inside the caller's transaction.
 */
export function participationBulkRepository() {
  return {
    /** Multi-row inserts that skip pairs already present (ON CONFLICT DO NOTHING on both databases). */
    async insertMany(pairs: readonly BulkPair[], trx: Transaction<DB>): Promise<void> {
      const now = nowIso();
      for (const chunk of chunks(pairs, insertChunk)) {
        await trx
          .insertInto('participations')
          .values(
            chunk.map((pair) => ({
              pilotId: pair.pilotId,
              organisationId: pair.organisationId,
              joinedByUserId: pair.joinedByUserId ?? null,
              createdAt: pair.createdAt ?? now,
            })),
          )
          .onConflict((conflict) => conflict.columns(['pilotId', 'organisationId']).doNothing())
          .execute();
      }
    },

    /** Multi-row inserts of follows that skip members already following. */
    async insertFollows(rows: readonly BulkFollowRow[], trx: Transaction<DB>): Promise<void> {
      const now = nowIso();
      for (const chunk of chunks(rows, insertChunk)) {
        await trx
          .insertInto('follows')
          .values(chunk.map((row) => ({ pilotId: row.pilotId, userId: row.userId, organisationId: row.organisationId, createdAt: row.createdAt ?? now })))
          .onConflict((conflict) => conflict.columns(['pilotId', 'userId']).doNothing())
          .execute();
      }
    },

    /**
     * The initiator never counts as a participant of its own pilot (the join path refuses it); imports may
     * list it anyway, so such rows are removed. Reads pilots.initiator_organisation_id only.
     */
    async removeInitiatorRows(pilotIds: readonly number[], trx: Transaction<DB>): Promise<void> {
      for (const chunk of chunks(pilotIds, recountChunk)) {
        await trx
          .deleteFrom('participations')
          .where('pilotId', 'in', chunk)
          .where((eb) =>
            eb(
              'organisationId',
              '=',
              eb.selectFrom('pilots').select('pilots.initiatorOrganisationId').whereRef('pilots.id', '=', 'participations.pilotId'),
            ),
          )
          .execute();
      }
    },

    /**
     * Recomputes the denormalised counts of many pilots with one correlated UPDATE per chunk. This is the
     * bulk form of pilotsService.setCounts: calling that once per pilot would cost a round trip per pilot,
     * which an import of 10,000 pilots cannot afford. Every subquery is an index range on pilot_id.
     */
    async recount(pilotIds: readonly number[], trx: Transaction<DB>): Promise<void> {
      for (const chunk of chunks(pilotIds, recountChunk)) {
        await trx
          .updateTable('pilots')
          .set((eb) => ({
            participantCount: eb
              .selectFrom('participations')
              .select(eb.fn.countAll<number>().as('n'))
              .whereRef('participations.pilotId', '=', 'pilots.id'),
            municipalityCount: eb(
              eb
                .selectFrom('participations')
                .select(eb.fn.countAll<number>().as('n'))
                .whereRef('participations.pilotId', '=', 'pilots.id')
                .where((inner) => inner.exists(municipalityOf(inner))),
              '+',
              eb
                .selectFrom('organisations')
                .select(eb.fn.countAll<number>().as('n'))
                .whereRef('organisations.id', '=', 'pilots.initiatorOrganisationId')
                .where('organisations.type', '=', 'municipality'),
            ).$notNull(),
            followerCount: eb.selectFrom('follows').select(eb.fn.countAll<number>().as('n')).whereRef('follows.pilotId', '=', 'pilots.id'),
          }))
          .where('id', 'in', chunk)
          .execute();
      }
    },
  };
}
