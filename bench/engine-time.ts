// SPDX-License-Identifier: EUPL-1.2
import { statsService } from '../src/home/stats.service.js';
import { matchingService } from '../src/matching/matching.service.js';
import { pilotSearchRepository, type PilotSearchCriteria } from '../src/pilots/pilots-search.repository.js';
import { defaultPageSize, type PilotQuery } from '../src/pilots/pilots-search.schemas.js';
import { effectiveSort, pilotSearchService } from '../src/pilots/pilots-search.service.js';
import type { AppContext } from '../src/platform/module.js';
import { queryTerms } from '../src/search/text/index.js';
import { percentile } from './load.js';
import { apiSearches, pageSearches, type ScenarioInputs } from './scenarios.js';

/** In-process time of one piece of work, in milliseconds. */
export interface Timing {
  readonly iterations: number;
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
}

/** Raw database time (`engine`: the search SQL alone) and service time (what the route awaits) per scenario. */
export interface EngineTimes {
  readonly engine: Record<string, Timing>;
  readonly service: Record<string, Timing>;
}

/**
 * Runs `work` for `iterations` rounds (each round calls it once per input, in turn) after one warm-up round,
 * stopping early after `maxMs`. Returns per-call statistics.
 */
async function time<T>(inputs: readonly T[], work: (input: T) => Promise<unknown>, iterations: number, maxMs: number): Promise<Timing> {
  for (const input of inputs) await work(input);
  const samples: number[] = [];
  const deadline = performance.now() + maxMs;
  for (let round = 0; round < iterations && performance.now() < deadline; round += 1) {
    const input = inputs[round % inputs.length]!;
    const started = performance.now();
    await work(input);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return {
    iterations: samples.length,
    mean: samples.reduce((sum, value) => sum + value, 0) / Math.max(1, samples.length),
    p50: percentile(samples, 0.5),
    p95: percentile(samples, 0.95),
  };
}

/** The criteria pilotSearchService.search builds for a query without organisation filters (kept in step with it). */
function criteriaFor(context: AppContext, query: PilotQuery): PilotSearchCriteria {
  const repository = pilotSearchRepository(context.db, context.dbKind);
  return {
    match: query.q ? repository.renderMatch(queryTerms(query.q)) : null,
    themes: query.theme ?? [],
    phases: [],
    statuses: [],
    involvedOrganisationIds: [],
    sort: effectiveSort(query),
    limit: defaultPageSize,
    offset: 0,
    now: new Date().toISOString(),
  };
}

/**
 * Times the same searches as the load scenarios directly against the database: `engine` is the SQL the search
 * adapter runs (one page of ids plus the exact total), `service` adds what the route also awaits (pilot
 * summaries; for the home page the live numbers). Similar pilots are timed as the matching service.
 */
export async function measureEngine(context: AppContext, inputs: ScenarioInputs, iterations: number, maxMs = 15_000): Promise<EngineTimes> {
  const repository = pilotSearchRepository(context.db, context.dbKind);
  const search = pilotSearchService(context);
  const stats = statsService(context);
  const matching = matchingService(context);
  const pageQueries: PilotQuery[] = pageSearches.map(({ q, theme }) => ({ q, theme: [theme] }));
  const apiQueries: PilotQuery[] = apiSearches.map((q) => ({ q }));
  // As pilotSearchService.search runs it: text searches read page and total in one statement, the plain list
  // takes its page from an index in order and counts separately.
  const sql = (query: PilotQuery) => {
    const criteria = criteriaFor(context, query);
    return criteria.match !== null ? repository.pageIdsWithTotal(criteria) : Promise.all([repository.pageIds(criteria), repository.count(criteria)]);
  };
  return {
    engine: {
      list: await time([{}], sql, iterations, maxMs),
      search: await time(pageQueries, sql, iterations, maxMs),
      'api-search': await time(apiQueries, sql, iterations, maxMs),
    },
    service: {
      home: await time([6], (limit) => Promise.all([stats.national(), search.newest(limit)]), iterations, maxMs),
      list: await time([{}], (query) => search.search(query), iterations, maxMs),
      search: await time(pageQueries, (query) => search.search(query), iterations, maxMs),
      'api-search': await time(apiQueries, (query) => search.search(query), iterations, maxMs),
      similar: await time(inputs.pilotIds, (id) => matching.similarToPilot(id, 5), iterations, maxMs),
    },
  };
}
