// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';
import type { MatchingTables } from './matching.tables.js';

/** Terms per look-up query: far below both databases' limits on bound parameters. */
const chunkSize = 1000;

export interface TermFrequencies {
  /** Number of pilots containing each requested term (terms no pilot has are missing). */
  readonly df: Map<string, number>;
  /** Number of pilots. */
  readonly total: number;
}

/** Document frequencies from the term_stats table: one primary-key look-up per term, in chunks. */
export function termStatsRepository(db: Database) {
  const stats = db.withTables<MatchingTables>();
  return {
    async frequencies(terms: Iterable<string>): Promise<TermFrequencies> {
      const wanted = [...new Set(terms)].filter((term) => term !== '');
      const chunks: string[][] = [['']];
      for (let start = 0; start < wanted.length; start += chunkSize) chunks.push(wanted.slice(start, start + chunkSize));
      const results = await Promise.all(
        chunks.map((chunk) => stats.selectFrom('termStats').select(['term', 'docCount']).where('term', 'in', chunk).execute()),
      );
      const df = new Map<string, number>();
      let total = 0;
      for (const row of results.flat()) {
        if (row.term === '') total = Number(row.docCount);
        else if (row.docCount > 0) df.set(row.term, Number(row.docCount));
      }
      return { df, total };
    },
  };
}
