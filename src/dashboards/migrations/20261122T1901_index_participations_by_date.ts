// SPDX-License-Identifier: EUPL-1.2
import type { Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * Participations per month for the national dashboard: an index-only range scan of (created_at, pilot_id) instead
 * of reading a million table rows (ADR 0011). Only this module's snapshot job reads it; writes add one index entry.
 */
export const indexParticipationsByDate: ModuleMigration = {
  async up(db: Kysely<any>) {
    await db.schema.createIndex('dashboards_participations_created_idx').on('participations').columns(['created_at', 'pilot_id']).execute();
  },
};
