// SPDX-License-Identifier: EUPL-1.2
import { sql, type CreateTableBuilder, type Kysely } from 'kysely';
import type { DatabaseKind } from '../config.js';

/**
 * Column conventions shared by every module's migrations (see docs/adr/0003-database-portability.md):
 * integer surrogate keys, timestamps as ISO-8601 UTC text (sortable, identical on both databases),
 * booleans as 0/1 integers.
 */
export function withIntegerId<T extends string>(table: CreateTableBuilder<T, any>, kind: DatabaseKind) {
  return kind === 'postgres'
    ? table.addColumn('id', 'integer', (column) => column.primaryKey().generatedByDefaultAsIdentity())
    : table.addColumn('id', 'integer', (column) => column.primaryKey().autoIncrement());
}

/** Adds created_at and updated_at text columns. */
export function withTimestamps<T extends string>(table: CreateTableBuilder<T, any>) {
  return table
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('updated_at', 'text', (column) => column.notNull());
}

/** The current time as stored in timestamp columns. */
export function nowIso(): string {
  return new Date().toISOString();
}

/** Creates an index with a lower-cased expression, which Kysely's builder cannot express on both dialects. */
export async function createLowerIndex(db: Kysely<any>, name: string, table: string, column: string): Promise<void> {
  await sql`create index ${sql.id(name)} on ${sql.id(table)} (lower(${sql.id(column)}))`.execute(db);
}
