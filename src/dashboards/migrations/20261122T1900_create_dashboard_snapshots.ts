// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/** A small table of precomputed dashboard aggregates (ADR 0011): read in one primary-key look-up per page. */
export const createDashboardSnapshots: ModuleMigration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('dashboard_snapshots')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addColumn('refreshed_at', 'text', (c) => c.notNull())
      .addColumn('claimed_until', 'text')
      .execute();
  },
};
