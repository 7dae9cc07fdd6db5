// SPDX-License-Identifier: EUPL-1.2
import { sql, type Kysely } from 'kysely';
import type { ModuleMigration } from '../../db/migrator.js';

/**
 * Covering indexes for the pilot list and the home page numbers (owner: FINDING; see docs/adr/0004-search.md).
 *
 * A pilot row is wide (long texts and the analysed search terms), so any count or filter that has to read rows
 * reads most of the table. These indexes carry every column the listing rule, the filters and the sorts look at,
 * so counts and pages are answered from the indexes alone:
 * - pilots_listed_idx: "newest first" pages and counts of listed pilots, per phase, status or purpose;
 * - pilots_listed_by_id_idx: the same facts looked up by id, for pilots found through the full-text index or
 *   an id set (themes, organisations, provinces);
 * - pilots_title_idx: "title A-Z" pages without sorting every listed pilot.
 */
export const addListingIndexes: ModuleMigration = {
  async up(db: Kysely<any>, kind) {
    const listingFacts = ['hidden_at', 'municipality_count', 'municipality_deadline', 'phase', 'status', 'purpose', 'participant_count', 'initiator_organisation_id'];
    await db.schema.createIndex('pilots_listed_idx').on('pilots').columns(['state', 'published_at', 'id', ...listingFacts]).execute();
    await db.schema.createIndex('pilots_listed_by_id_idx').on('pilots').columns(['id', 'state', 'published_at', ...listingFacts]).execute();
    await sql`create index pilots_title_idx on pilots (state, lower(title), id)`.execute(db);
    // SQLite keeps the rowid in every index, so pilots_initiator_idx already answers "ids initiated by X";
    // PostgreSQL needs the id in the index to answer it without visiting the table.
    if (kind === 'postgres') await db.schema.createIndex('pilots_initiator_id_idx').on('pilots').columns(['initiator_organisation_id', 'id']).execute();
  },
};
