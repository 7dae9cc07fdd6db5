// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';
import { nowIso } from '../db/columns.js';
import { listedCondition } from '../pilots/pilots.repository.js';
import type { Executor } from './participation.repository.js';

export interface ConnectionRow {
  otherPilotId: number;
  note: string | null;
  createdAt: string;
}

/** Orders a pair the way it is stored: lower pilot id first, so each link exists once. */
export function orderedPair(a: number, b: number): { lowerPilotId: number; higherPilotId: number } {
  return a < b ? { lowerPilotId: a, higherPilotId: b } : { lowerPilotId: b, higherPilotId: a };
}

/** Links between pilots made by moderators (pilot_connections). */
export function connectionsRepository(db: Database) {
  return {
    /** Inserts a link; false when it already exists. */
    async insert(a: number, b: number, note: string | null, createdByUserId: string, trx?: Executor): Promise<boolean> {
      const result = await (trx ?? db)
        .insertInto('pilotConnections')
        .values({ ...orderedPair(a, b), note, createdByUserId, createdAt: nowIso() })
        .onConflict((conflict) => conflict.columns(['lowerPilotId', 'higherPilotId']).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },

    async remove(a: number, b: number, trx?: Executor): Promise<boolean> {
      const pair = orderedPair(a, b);
      const result = await (trx ?? db)
        .deleteFrom('pilotConnections')
        .where('lowerPilotId', '=', pair.lowerPilotId)
        .where('higherPilotId', '=', pair.higherPilotId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /**
     * Both directions: the unique (lower, higher) index serves the first half, pilot_connections_b_idx
     * (on higher_pilot_id) the second.
     * With `listedAt`, only links to pilots listed at that moment: a read-only join on pilots by primary key,
     * so visitors never see the title of a hidden or draft pilot (the listing rule is the pilots module's).
     */
    async forPilot(pilotId: number, options: { listedAt?: string } = {}, trx?: Executor): Promise<ConnectionRow[]> {
      const executor = trx ?? db;
      const { listedAt } = options;
      const [asA, asB] = await Promise.all([
        executor
          .selectFrom('pilotConnections')
          .innerJoin('pilots', 'pilots.id', 'pilotConnections.higherPilotId')
          .select(['pilotConnections.higherPilotId as otherPilotId', 'pilotConnections.note', 'pilotConnections.createdAt'])
          .where('pilotConnections.lowerPilotId', '=', pilotId)
          .$if(listedAt !== undefined, (qb) => qb.where((eb) => listedCondition(eb, listedAt!)))
          .execute(),
        executor
          .selectFrom('pilotConnections')
          .innerJoin('pilots', 'pilots.id', 'pilotConnections.lowerPilotId')
          .select(['pilotConnections.lowerPilotId as otherPilotId', 'pilotConnections.note', 'pilotConnections.createdAt'])
          .where('pilotConnections.higherPilotId', '=', pilotId)
          .$if(listedAt !== undefined, (qb) => qb.where((eb) => listedCondition(eb, listedAt!)))
          .execute(),
      ]);
      return [...asA, ...asB].sort((x, y) => x.createdAt.localeCompare(y.createdAt) || x.otherPilotId - y.otherPilotId);
    },
  };
}
