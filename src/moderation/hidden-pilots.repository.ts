// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';

export interface HiddenPilotRow {
  id: number;
  title: string;
  hiddenAt: string;
  hiddenReason: string | null;
}

/**
 * Read-only look-ups on the pilots table for the moderators' screens. The pilots module owns and writes that table
 * (hiding goes through pilotsService.setHidden); its service has no listing of hidden pilots or titles of hidden
 * and draft pilots, which the queue needs in one query per page instead of one per pilot.
 */
export function hiddenPilotsRepository(db: Database) {
  return {
    async list(page: { limit: number; offset: number }): Promise<{ rows: HiddenPilotRow[]; total: number }> {
      const hidden = db.selectFrom('pilots').where('hiddenAt', 'is not', null);
      const [rows, count] = await Promise.all([
        hidden
          .select(['id', 'title', 'hiddenAt', 'hiddenReason'])
          .orderBy('hiddenAt', 'desc')
          .orderBy('id', 'desc')
          .limit(page.limit)
          .offset(page.offset)
          .execute(),
        hidden.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
      ]);
      return { rows: rows.map((row) => ({ ...row, hiddenAt: row.hiddenAt ?? '' })), total: Number(count.total) };
    },

    /** Titles of any pilots by id, whatever their state. */
    async titlesOf(ids: readonly number[]): Promise<Map<number, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db.selectFrom('pilots').select(['id', 'title']).where('id', 'in', [...ids]).execute();
      return new Map(rows.map((row) => [row.id, row.title]));
    },
  };
}
