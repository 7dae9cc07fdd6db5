// SPDX-License-Identifier: EUPL-1.2
import { whereListed } from '../pilots/pilots.service.js';
import type { Purpose, Theme } from '../pilots/pilots.tables.js';
import type { Database } from '../db/database.js';

/** What matching needs of a pilot: its analysed terms and the structured facts it compares. */
export interface MatchDocument {
  id: number;
  title: string;
  summary: string;
  /** Analysed terms (src/search/text), title and summary repeated: see pilots-search-terms.ts. */
  searchTerms: string;
  purpose: Purpose | null;
  initiatorOrganisationId: number;
  themes: Theme[];
}

/**
 * Read-only access to the pilots module's tables for matching. Its service offers summaries and full details,
 * but not the analysed `search_terms`, which is what matching compares, nor a batch of them: reading up to a
 * hundred candidates' terms, themes and participants here takes three queries instead of hundreds of calls.
 * Nothing here writes; the pilots and participation modules remain the only writers of these tables.
 */
export function matchingRepository(db: Database) {
  return {
    /**
     * The documents of the given pilots (any order), restricted to pilots listed at `listedAt` when given.
     * Two queries: the pilots, then their themes.
     */
    async documents(ids: readonly number[], options: { listedAt?: string } = {}): Promise<MatchDocument[]> {
      if (ids.length === 0) return [];
      let query = db
        .selectFrom('pilots')
        .select(['pilots.id', 'pilots.title', 'pilots.summary', 'pilots.searchTerms', 'pilots.purpose', 'pilots.initiatorOrganisationId'])
        .where('pilots.id', 'in', [...ids]);
      if (options.listedAt) query = whereListed(query, options.listedAt);
      const rows = await query.execute();
      if (rows.length === 0) return [];
      const themeRows = await db
        .selectFrom('pilotThemes')
        .select(['pilotId', 'theme'])
        .where('pilotId', 'in', rows.map((row) => row.id))
        .execute();
      const themes = new Map<number, Theme[]>();
      for (const row of themeRows) themes.set(row.pilotId, [...(themes.get(row.pilotId) ?? []), row.theme]);
      return rows.map((row) => ({ ...row, themes: themes.get(row.id) ?? [] }));
    },

    /** Participating organisations per pilot (the initiator is not in this table), in one query. */
    async participantsOf(ids: readonly number[]): Promise<Map<number, number[]>> {
      const byPilot = new Map<number, number[]>();
      if (ids.length === 0) return byPilot;
      const rows = await db
        .selectFrom('participations')
        .select(['pilotId', 'organisationId'])
        .where('pilotId', 'in', [...ids])
        .execute();
      for (const row of rows) byPilot.set(row.pilotId, [...(byPilot.get(row.pilotId) ?? []), row.organisationId]);
      return byPilot;
    },
  };
}

export type MatchingRepository = ReturnType<typeof matchingRepository>;
