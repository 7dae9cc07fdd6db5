// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';

export interface BulkParticipation {
  pilotId: number;
  organisationId: number;
  joinedByUserId: string | null;
  createdAt: string;
}

export interface BulkFollow {
  pilotId: number;
  userId: string;
  organisationId: number | null;
  createdAt: string;
}

const chunkSize = 2000;

/**
 * Batched inserts with the dates the caller chooses (demo content and synthetic data spread them over
 * the past years; participationService.addParticipantsBulk stamps "now"). The caller sets the pilots'
 * denormalised counts, with the rules of participation.service.ts: the initiator is never a participant.
 */
export function participationBulk() {
  return {
    async insertParticipations(rows: readonly BulkParticipation[], trx: Transaction<DB>): Promise<void> {
      for (let start = 0; start < rows.length; start += chunkSize) {
        await trx.insertInto('participations').values(rows.slice(start, start + chunkSize)).execute();
      }
    },

    async insertFollows(rows: readonly BulkFollow[], trx: Transaction<DB>): Promise<void> {
      for (let start = 0; start < rows.length; start += chunkSize) {
        await trx.insertInto('follows').values(rows.slice(start, start + chunkSize)).execute();
      }
    },
  };
}
