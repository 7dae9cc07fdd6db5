// SPDX-License-Identifier: EUPL-1.2
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { Executor } from './gates.repository.js';
import type { FollowThroughRecordsTable, PilotAdoptionsTable, PilotClosingsTable } from './gates.tables.js';

/** Pages of follow-through records and adoptions are capped; a pilot has a handful of each. */
const listLimit = 200;

/** Queries on the end evaluation, follow-through records and adoptions. */
export function closingRepository(db: Database) {
  return {
    transaction<T>(work: (trx: Transaction<DB>) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    async upsertClosing(values: PilotClosingsTable, trx?: Executor): Promise<void> {
      const { pilotId, ...rest } = values;
      await (trx ?? db)
        .insertInto('pilotClosings')
        .values(values)
        .onConflict((conflict) => conflict.column('pilotId').doUpdateSet(rest))
        .execute();
    },

    async closingOf(pilotId: number) {
      return db.selectFrom('pilotClosings').selectAll().where('pilotId', '=', pilotId).executeTakeFirst();
    },

    async insertFollowThrough(values: Insertable<FollowThroughRecordsTable>): Promise<number> {
      return (await db.insertInto('followThroughRecords').values(values).returning('id').executeTakeFirstOrThrow()).id;
    },

    async followThroughOf(pilotId: number) {
      return db.selectFrom('followThroughRecords').selectAll().where('pilotId', '=', pilotId).orderBy('id').limit(listLimit).execute();
    },

    /** Inserts an adoption; false when the organisation already recorded one for this pilot. */
    async insertAdoption(values: Insertable<PilotAdoptionsTable>): Promise<boolean> {
      const rows = await db
        .insertInto('pilotAdoptions')
        .values(values)
        .onConflict((conflict) => conflict.columns(['pilotId', 'organisationId']).doNothing())
        .returning('id')
        .execute();
      return rows.length > 0;
    },

    /** Adoptions of a pilot with the adopting organisation's name. */
    async adoptionsOf(pilotId: number) {
      return db
        .selectFrom('pilotAdoptions')
        .innerJoin('organisations', 'organisations.id', 'pilotAdoptions.organisationId')
        .select(['pilotAdoptions.id', 'pilotAdoptions.pilotId', 'pilotAdoptions.organisationId', 'organisations.name as organisationName', 'organisations.slug as organisationSlug', 'pilotAdoptions.adopterPilotId', 'pilotAdoptions.note', 'pilotAdoptions.createdAt'])
        .where('pilotAdoptions.pilotId', '=', pilotId)
        .orderBy('pilotAdoptions.createdAt')
        .limit(listLimit)
        .execute();
    },

    /** Pilots whose result this pilot took up (the other side of an adoption). */
    async adoptedFrom(adopterPilotId: number) {
      return db
        .selectFrom('pilotAdoptions')
        .innerJoin('pilots', 'pilots.id', 'pilotAdoptions.pilotId')
        .select(['pilots.id', 'pilots.title', 'pilots.state', 'pilots.hiddenAt'])
        .where('pilotAdoptions.adopterPilotId', '=', adopterPilotId)
        .orderBy('pilots.id')
        .limit(listLimit)
        .execute();
    },

    async countAdoptions(): Promise<number> {
      const row = await db.selectFrom('pilotAdoptions').select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
