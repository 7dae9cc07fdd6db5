// SPDX-License-Identifier: EUPL-1.2
import type { PilotQuery } from './pilots-search.schemas.js';
import { defaultPageSize } from './pilots-search.schemas.js';

/** The query parameters in the order they appear in URLs, so one search always has one address. */
const parameterOrder = [
  'q', 'theme', 'phase', 'status', 'municipality', 'province', 'organisationType', 'organisation', 'purpose', 'externalId', 'sort', 'page', 'pageSize',
] as const satisfies readonly (keyof PilotQuery)[];

/**
 * The address of a pilot list: `/pilots?q=laadpaal&theme=mobility&page=2`. Defaults (page 1, page size 20) are
 * left out, so the same search has the same stable URL whether it came from the form or a link.
 */
export function pilotListUrl(query: PilotQuery, basePath = '/pilots'): string {
  const params = new URLSearchParams();
  for (const key of parameterOrder) {
    const value = query[key];
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === defaultPageSize) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const search = params.toString();
  return search ? `${basePath}?${search}` : basePath;
}

/** The query without one filter value (for "remove this filter" links); always back to page 1. */
export function withoutFilter(query: PilotQuery, key: keyof PilotQuery, value?: string): PilotQuery {
  const next: Record<string, unknown> = { ...query, page: undefined };
  const current = query[key];
  if (Array.isArray(current) && value !== undefined) {
    const remaining = current.filter((item: string) => item !== value);
    next[key] = remaining.length > 0 ? remaining : undefined;
  } else next[key] = undefined;
  return next as PilotQuery;
}

/** Only the words, sort and page size: what is left after "remove all filters". */
export function withoutAllFilters(query: PilotQuery): PilotQuery {
  return { q: query.q, sort: query.sort, pageSize: query.pageSize };
}
