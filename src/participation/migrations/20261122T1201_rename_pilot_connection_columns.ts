// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * pilot_a_id / pilot_b_id cannot be reached through Kysely's CamelCasePlugin: `pilotAId` maps to `pilot_aid`.
 * lower_pilot_id / higher_pilot_id map cleanly and say what is stored (the pair with the lower id first).
 * Renaming keeps the unique constraint and the index on the second column, which follow the columns.
 */
export const renamePilotConnectionColumns: ModuleMigration = {
  async up(db: Kysely<any>) {
    await db.schema.alterTable('pilot_connections').renameColumn('pilot_a_id', 'lower_pilot_id').execute();
    await db.schema.alterTable('pilot_connections').renameColumn('pilot_b_id', 'higher_pilot_id').execute();
  },
};
