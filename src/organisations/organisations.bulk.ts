// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { OrganisationType } from './organisations.tables.js';

type Executor = Database | Transaction<DB>;

/** What an import needs to resolve organisation references without a query per reference. */
export interface OrganisationKeyRow {
  id: number;
  name: string;
  nameKey: string;
  slug: string;
  type: OrganisationType;
  cbsCode: string | null;
}

export interface NewOrganisation {
  slug: string;
  name: string;
  nameKey: string;
  type: Exclude<OrganisationType, 'municipality'>;
  website: string | null;
  description: string | null;
  createdAt: string;
}

const chunkSize = 500;

/** Batched reads and inserts of organisations for imports, demo content and synthetic data. */
export function organisationsBulk(db: Database) {
  return {
    /** Every organisation's id, names and code: a few thousand small rows, read once per import. */
    async loadAll(trx?: Executor): Promise<OrganisationKeyRow[]> {
      return (trx ?? db).selectFrom('organisations').select(['id', 'name', 'nameKey', 'slug', 'type', 'cbsCode']).orderBy('id').execute();
    },

    /** Inserts organisations (slugs must be free); returns their ids in input order. */
    async insertMany(rows: readonly NewOrganisation[], trx: Transaction<DB>): Promise<number[]> {
      const ids: number[] = [];
      for (let start = 0; start < rows.length; start += chunkSize) {
        const chunk = rows.slice(start, start + chunkSize).map((row) => ({
          slug: row.slug,
          name: row.name,
          nameKey: row.nameKey,
          type: row.type,
          cbsCode: null,
          province: null,
          provinceCode: null,
          website: row.website,
          description: row.description,
          createdAt: row.createdAt,
          updatedAt: row.createdAt,
        }));
        const inserted = await trx.insertInto('organisations').values(chunk).returning('id').execute();
        // Identity values follow VALUES order; RETURNING order is not promised, so sort.
        ids.push(...inserted.map((row) => row.id).sort((a, b) => a - b));
      }
      return ids;
    },
  };
}
