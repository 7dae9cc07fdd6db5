// SPDX-License-Identifier: EUPL-1.2
import type { Insertable, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { PilotsTable, TeamRole, Theme } from './pilots.tables.js';

type Executor = Database | Transaction<DB>;

/** A pilot with its child rows, ready to insert (imports, demo content, synthetic data). */
export interface BulkPilot {
  readonly row: Omit<Insertable<PilotsTable>, 'id'>;
  readonly themes: readonly Theme[];
  readonly tags: readonly string[];
  readonly links?: readonly { label: string; url: string }[];
  readonly team?: readonly { userId: string; role: TeamRole; createdAt: string }[];
}

// A pilot row has about 40 columns: 400 rows stay below SQLite's 32,766 and PostgreSQL's 65,535 parameters.
const pilotChunk = 400;
const childChunk = 2000;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

/**
 * Batched inserts into the pilots tables: one multi-row INSERT per few hundred pilots instead of one per
 * pilot, so 10,000 imported or 100,000 synthetic pilots take seconds. Runs in the caller's transaction.
 * The search index follows by itself (the FTS5 trigger on SQLite, the generated column on PostgreSQL).
 */
export function pilotsBulk(db: Database) {
  return {
    /**
     * Inserts the pilots and their themes, tags, links and team; returns the new ids in input order.
     * Ids come back sorted: both databases hand out identity values in VALUES order within one statement,
     * while the order of RETURNING rows itself is not promised.
     */
    async insertPilots(pilots: readonly BulkPilot[], trx: Transaction<DB>): Promise<number[]> {
      const ids: number[] = [];
      for (const chunk of chunks(pilots, pilotChunk)) {
        const rows = await trx.insertInto('pilots').values(chunk.map((pilot) => pilot.row)).returning('id').execute();
        ids.push(...rows.map((row) => row.id).sort((a, b) => a - b));
      }
      const themes = pilots.flatMap((pilot, index) => pilot.themes.map((theme) => ({ pilotId: ids[index]!, theme })));
      const tags = pilots.flatMap((pilot, index) => [...new Set(pilot.tags)].map((tag) => ({ pilotId: ids[index]!, tag })));
      const links = pilots.flatMap((pilot, index) =>
        (pilot.links ?? []).map((link, position) => ({ pilotId: ids[index]!, label: link.label, url: link.url, position })),
      );
      const team = pilots.flatMap((pilot, index) => (pilot.team ?? []).map((member) => ({ pilotId: ids[index]!, ...member })));
      for (const chunk of chunks(themes, childChunk)) await trx.insertInto('pilotThemes').values(chunk).execute();
      for (const chunk of chunks(tags, childChunk)) await trx.insertInto('pilotTags').values(chunk).execute();
      for (const chunk of chunks(links, childChunk)) await trx.insertInto('pilotLinks').values(chunk).execute();
      for (const chunk of chunks(team, childChunk)) await trx.insertInto('pilotTeamMembers').values(chunk).execute();
      return ids;
    },

    /** Which of these external ids are already used by a pilot. */
    async takenExternalIds(externalIds: readonly string[], trx?: Executor): Promise<Set<string>> {
      const taken = new Set<string>();
      for (const chunk of chunks(externalIds, childChunk)) {
        const rows = await (trx ?? db).selectFrom('pilots').select('externalId').where('externalId', 'in', chunk).execute();
        for (const row of rows) if (row.externalId !== null) taken.add(row.externalId);
      }
      return taken;
    },

    /** Which of these slugs are already used (demo content is recognised by them). */
    async takenSlugs(slugs: readonly string[], trx?: Executor): Promise<Set<string>> {
      const taken = new Set<string>();
      for (const chunk of chunks(slugs, childChunk)) {
        const rows = await (trx ?? db).selectFrom('pilots').select('slug').where('slug', 'in', chunk).execute();
        for (const row of rows) taken.add(row.slug);
      }
      return taken;
    },

    /** True when the database holds at least one pilot (draft or published). */
    async anyPilot(trx?: Executor): Promise<boolean> {
      return (await (trx ?? db).selectFrom('pilots').select('id').limit(1).executeTakeFirst()) !== undefined;
    },
  };
}
