// SPDX-License-Identifier: EUPL-1.2
import { indexTerms } from '../search/text/index.js';

/** The texts of a pilot that search looks at. */
export interface PilotSearchFields {
  readonly title: string;
  readonly summary: string;
  readonly what?: string | null;
  readonly goal?: string | null;
  readonly deliverables?: string | null;
  readonly approach?: string | null;
  readonly milestones?: string | null;
  readonly tags?: readonly string[];
}

// Both full-text engines rank by how often a term occurs (bm25 on SQLite, ts_rank_cd on PostgreSQL) and we index
// one column, so weight is given by repetition: a word in the title counts as much as three in the body text.
const titleWeight = 3;
const tagWeight = 2;
const summaryWeight = 2;
// A pilot's long texts can be pasted documents; beyond this many terms they add size, not findability.
const maxBodyTerms = 4000;

function repeat(terms: readonly string[], times: number): string[] {
  const out: string[] = [];
  for (let round = 0; round < times; round += 1) out.push(...terms);
  return out;
}

/**
 * The analysed terms stored in `pilots.search_terms` (see docs/adr/0004-search.md): Dutch stems, compound parts
 * and concept ids from src/search/text, space-separated, with the title, tags and summary repeated so they weigh
 * more in ranking. PILOTS and IMPORTS call this on every create, update and import.
 */
export function pilotSearchTerms(fields: PilotSearchFields): string {
  const body = [fields.what, fields.goal, fields.deliverables, fields.approach, fields.milestones]
    .filter((text): text is string => typeof text === 'string' && text.length > 0)
    .join('\n');
  const terms = [
    ...repeat(indexTerms(fields.title), titleWeight),
    ...repeat(indexTerms((fields.tags ?? []).join(', ')), tagWeight),
    ...repeat(indexTerms(fields.summary), summaryWeight),
    ...indexTerms(body).slice(0, maxBodyTerms),
  ];
  return terms.join(' ');
}
