// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { OrganisationType } from './organisations.tables.js';

type Executor = Database | Transaction<DB>;

export interface OrganisationRow {
  id: number;
  slug: string;
  name: string;
  type: OrganisationType;
  cbsCode: string | null;
  province: string | null;
  provinceCode: string | null;
  website: string | null;
  description: string | null;
}

const columns = ['id', 'slug', 'name', 'type', 'cbsCode', 'province', 'provinceCode', 'website', 'description'] as const;

export interface OrganisationFilter {
  /** Matches names starting with, or containing, this normalised text. */
  nameKey?: string;
  type?: OrganisationType;
  provinceCode?: string;
}

export function organisationsRepository(db: Database) {
  return {
    async findById(id: number, trx?: Executor): Promise<OrganisationRow | undefined> {
      return (trx ?? db).selectFrom('organisations').select(columns).where('id', '=', id).executeTakeFirst();
    },
    async findBySlug(slug: string): Promise<OrganisationRow | undefined> {
      return db.selectFrom('organisations').select(columns).where('slug', '=', slug).executeTakeFirst();
    },
    async findByCbsCode(code: string, trx?: Executor): Promise<OrganisationRow | undefined> {
      return (trx ?? db).selectFrom('organisations').select(columns).where('cbsCode', '=', code.toUpperCase()).executeTakeFirst();
    },
    async findByNameKey(key: string, trx?: Executor): Promise<OrganisationRow[]> {
      return (trx ?? db).selectFrom('organisations').select(columns).where('nameKey', '=', key).orderBy('id').execute();
    },
    async findManyByIds(ids: readonly number[]): Promise<OrganisationRow[]> {
      if (ids.length === 0) return [];
      return db.selectFrom('organisations').select(columns).where('id', 'in', [...ids]).execute();
    },
    async slugExists(slug: string, trx?: Executor): Promise<boolean> {
      const row = await (trx ?? db).selectFrom('organisations').select('id').where('slug', '=', slug).executeTakeFirst();
      return row !== undefined;
    },
    async insert(values: Omit<OrganisationRow, 'id'> & { nameKey: string }, trx?: Executor): Promise<OrganisationRow> {
      const now = new Date().toISOString();
      const inserted = await (trx ?? db)
        .insertInto('organisations')
        .values({ ...values, createdAt: now, updatedAt: now })
        .returning(columns)
        .executeTakeFirstOrThrow();
      return inserted;
    },
    async list(filter: OrganisationFilter, page: { limit: number; offset: number }): Promise<{ rows: OrganisationRow[]; total: number }> {
      let query = db.selectFrom('organisations');
      if (filter.nameKey) {
        const key = filter.nameKey;
        query = query.where((eb) => eb.or([eb('nameKey', 'like', `${key}%`), eb('nameKey', 'like', `% ${key}%`)]));
      }
      if (filter.type) query = query.where('type', '=', filter.type);
      if (filter.provinceCode) query = query.where('provinceCode', '=', filter.provinceCode);
      const [rows, count] = await Promise.all([
        query.select(columns).orderBy('nameKey').orderBy('id').limit(filter.nameKey ? page.limit : page.limit).offset(page.offset).execute(),
        query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { rows, total: Number(count.total) };
    },
    async provinces(): Promise<{ code: string; name: string }[]> {
      const rows = await db
        .selectFrom('organisations')
        .select(['provinceCode', 'province'])
        .where('provinceCode', 'is not', null)
        .groupBy(['provinceCode', 'province'])
        .orderBy('province')
        .execute();
      return rows.map((row) => ({ code: row.provinceCode!, name: row.province! }));
    },
  };
}

export type OrganisationsRepository = ReturnType<typeof organisationsRepository>;
