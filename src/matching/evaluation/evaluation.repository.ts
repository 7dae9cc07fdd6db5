// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import type { DatabaseKind } from '../../config.js';
import type { Database } from '../../db/database.js';

/**
 * Queries of the matching evaluation, which runs only on a throw-away database it filled itself: the ids of the
 * imported pilots, and the plain full-text BASELINE — the database's own ranking of title and summary words,
 * without any of our analysis (no stems of ours, no compound parts, no thesaurus).
 */
export function evaluationRepository(db: Database, kind: DatabaseKind) {
  return {
    /** Pilot ids by externalId. */
    async idsByExternalId(externalIds: readonly string[]): Promise<Map<string, number>> {
      if (externalIds.length === 0) return new Map();
      const rows = await db.selectFrom('pilots').select(['id', 'externalId']).where('externalId', 'in', [...externalIds]).execute();
      return new Map(rows.flatMap((row) => (row.externalId === null ? [] : [[row.externalId, row.id] as const])));
    },

    /**
     * Prepares the baseline. SQLite: an FTS5 table over title and summary with the default unicode61 tokenizer
     * (lowercase, diacritics removed, no stemming). PostgreSQL needs nothing: it ranks to_tsvector('dutch', …)
     * on the fly, which is fast enough for a few hundred pilots.
     */
    async prepareBaseline(): Promise<void> {
      if (kind === 'postgres') return;
      await sql`create virtual table if not exists eval_baseline using fts5(title, summary, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
      await sql`delete from eval_baseline`.execute(db);
      await sql`insert into eval_baseline (rowid, title, summary) select id, title, summary from pilots`.execute(db);
    },

    /**
     * Ids of the pilots best matching any of the words (OR), best first, without `excludeId`. SQLite ranks with
     * FTS5's bm25; PostgreSQL with ts_rank over to_tsvector('dutch', title || ' ' || summary) and an OR query.
     */
    async baselineRanking(words: readonly string[], excludeId: number, limit: number): Promise<number[]> {
      const clean = [...new Set(words.map((word) => word.replace(/[^\p{L}\p{N}]/gu, '')).filter((word) => word !== ''))];
      if (clean.length === 0) return [];
      if (kind === 'postgres') {
        const query = clean.join(' | ');
        const { rows } = await sql<{ id: number }>`
          select id from (
            select id, ts_rank(to_tsvector('dutch', title || ' ' || summary), to_tsquery('dutch', ${query})) as rank
            from pilots where id <> ${excludeId} and to_tsvector('dutch', title || ' ' || summary) @@ to_tsquery('dutch', ${query})
          ) ranked order by rank desc, id limit ${limit}`.execute(db);
        return rows.map((row) => Number(row.id));
      }
      const match = clean.map((word) => `"${word}"`).join(' OR ');
      const { rows } = await sql<{ id: number }>`
        select rowid as id from eval_baseline where eval_baseline match ${match} and rowid <> ${excludeId}
        order by rank, rowid limit ${limit}`.execute(db);
      return rows.map((row) => Number(row.id));
    },
  };
}
