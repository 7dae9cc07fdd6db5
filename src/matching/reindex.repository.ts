// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import type { DatabaseKind } from '../config.js';
import type { Database } from '../db/database.js';

/** The texts of a pilot that its analysed search terms are made from. */
export interface PilotTexts {
  id: number;
  title: string;
  summary: string;
  what: string;
  goal: string;
  deliverables: string;
  approach: string;
  milestones: string;
  searchTerms: string;
  tags: string[];
}

/**
 * Writes for `npm run cli -- reindex` only: after a change to the text analysis (src/search/text), the stored
 * pilots.search_terms and the term_stats derived from them must be recomputed. Matching owns the analysis and
 * term_stats; this is the one place where it writes pilots.search_terms (the pilots module writes it on every
 * create and update with the same function).
 */
export function reindexRepository(db: Database, kind: DatabaseKind) {
  return {
    /** Up to `limit` pilots with an id above `afterId`, in id order, with their tags (two queries). */
    async batchAfter(afterId: number, limit: number): Promise<PilotTexts[]> {
      const rows = await db
        .selectFrom('pilots')
        .select(['id', 'title', 'summary', 'what', 'goal', 'deliverables', 'approach', 'milestones', 'searchTerms'])
        .where('id', '>', afterId)
        .orderBy('id')
        .limit(limit)
        .execute();
      if (rows.length === 0) return [];
      const tagRows = await db.selectFrom('pilotTags').select(['pilotId', 'tag']).where('pilotId', 'in', rows.map((row) => row.id)).execute();
      const tags = new Map<number, string[]>();
      for (const row of tagRows) tags.set(row.pilotId, [...(tags.get(row.pilotId) ?? []), row.tag]);
      return rows.map((row) => ({ ...row, tags: tags.get(row.id) ?? [] }));
    },

    /** Stores new search terms; the term_stats triggers follow each changed row. One transaction per batch. */
    async updateSearchTerms(changes: readonly { id: number; searchTerms: string }[]): Promise<void> {
      if (changes.length === 0) return;
      await db.transaction().execute(async (trx) => {
        for (const change of changes) await trx.updateTable('pilots').set({ searchTerms: change.searchTerms }).where('id', '=', change.id).execute();
      });
    },

    /**
     * Rebuilds term_stats from pilots.search_terms, `batchSize` pilots per statement, in one transaction so
     * matching never reads half-counted statistics. Repairs any drift the triggers could not prevent.
     */
    async recountTermStats(batchSize: number): Promise<void> {
      await db.transaction().execute(async (trx) => {
        const maxRow = await trx.selectFrom('pilots').select((eb) => eb.fn.max('id').as('maxId')).executeTakeFirst();
        const maxId = Number(maxRow?.maxId ?? 0);
        await sql`delete from term_stats`.execute(trx);
        for (let from = 0; from <= maxId; from += batchSize) {
          const to = from + batchSize;
          if (kind === 'postgres') {
            await sql`
              insert into term_stats (term, doc_count)
                select term, count(*) from (
                  select distinct p.id, t.term from pilots p, unnest(string_to_array(p.search_terms, ' ')) as t(term)
                  where t.term <> '' and p.id > ${from} and p.id <= ${to}
                ) per_pilot group by term order by term
              on conflict (term) do update set doc_count = term_stats.doc_count + excluded.doc_count`.execute(trx);
          } else {
            await sql`
              insert into term_stats (term, doc_count)
                select j.value, count(distinct p.id) from pilots p, json_each('["' || replace(trim(p.search_terms), ' ', '","') || '"]') j
                where p.id > ${from} and p.id <= ${to} and j.value <> '' and json_valid('["' || replace(trim(p.search_terms), ' ', '","') || '"]')
                group by j.value
              on conflict (term) do update set doc_count = doc_count + excluded.doc_count`.execute(trx);
          }
        }
        await sql`insert into term_stats (term, doc_count) select '', count(*) from pilots`.execute(trx);
      });
    },
  };
}
