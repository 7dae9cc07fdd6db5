// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * Keeps what the registrant confirmed for the publication conditions (so an edit form shows it again and
 * moderators can see it), and when the one-week reminder before the municipality deadline went out.
 * One ALTER per column: SQLite accepts a single ADD COLUMN per statement.
 */
export const addPublicationConditions: ModuleMigration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('pilots').addColumn('innovation_areas', 'text', (c) => c.notNull().defaultTo('')).execute();
    await db.schema.alterTable('pilots').addColumn('confirms_in_development', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('pilots').addColumn('confirms_not_commercial', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('pilots').addColumn('deadline_reminded_at', 'text').execute();
  },
};
