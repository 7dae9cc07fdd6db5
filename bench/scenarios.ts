// SPDX-License-Identifier: EUPL-1.2
import { sql } from 'kysely';
import type { AppContext } from '../src/platform/module.js';
import { listedCondition } from '../src/pilots/pilots.repository.js';
import type { Theme } from '../src/pilots/pilots.tables.js';

/** A page or API call under load: the paths it rotates through. */
export interface Scenario {
  readonly name: string;
  /** What the table shows (the first path, shortened). */
  readonly label: string;
  readonly paths: readonly string[];
  /** A public page that a cache may keep (compared with nginx's static rate as such). */
  readonly cacheable: boolean;
}

/** The searches the list and API scenarios rotate through: words that occur in the synthetic texts. */
export const pageSearches: readonly { q: string; theme: Theme }[] = [
  { q: 'laadpalen', theme: 'mobility' },
  { q: 'deelfietsen', theme: 'mobility' },
  { q: 'verkeersveiligheid', theme: 'mobility' },
  { q: 'parkeren', theme: 'mobility' },
  { q: 'doelgroepenvervoer', theme: 'mobility' },
];
export const apiSearches: readonly string[] = ['schuldhulp', 'eenzaamheid', 'vroegsignalering', 'armoede', 'burenhulp'];

/** The inputs picked from the database itself, so every id and slug exists in that database. */
export interface ScenarioInputs {
  readonly pilotIds: readonly number[];
  readonly organisationSlugs: readonly string[];
  readonly organisationPilotCounts: readonly number[];
}

/** Small deterministic generator (mulberry32): the same database gives the same sample every run. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks `pilotCount` listed pilots at random (seeded) and the `organisationCount` municipalities that initiate
 * or join the most pilots. Read-only; runs once per database, before the load.
 */
export async function pickInputs(context: AppContext, pilotCount = 200, organisationCount = 5): Promise<ScenarioInputs> {
  const now = new Date().toISOString();
  const listed = await context.db.selectFrom('pilots').select('pilots.id').where((eb) => listedCondition(eb, now)).orderBy('pilots.id').execute();
  const random = seeded(20261122);
  const pilotIds = Array.from({ length: Math.min(pilotCount, listed.length) }, () => listed[Math.floor(random() * listed.length)]!.id);
  const busiest = await context.db
    .selectFrom('organisations')
    .innerJoin(
      (eb) =>
        eb
          .selectFrom('participations')
          .select(['participations.organisationId as organisationId', 'participations.pilotId as pilotId'])
          .unionAll(eb.selectFrom('pilots').select(['pilots.initiatorOrganisationId as organisationId', 'pilots.id as pilotId']))
          .as('involved'),
      (join) => join.onRef('involved.organisationId', '=', 'organisations.id'),
    )
    .where('organisations.type', '=', 'municipality')
    .groupBy(['organisations.id', 'organisations.slug'])
    .select(['organisations.slug', sql<number>`count(*)`.as('pilots')])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('organisations.id')
    .limit(organisationCount)
    .execute();
  if (pilotIds.length === 0 || busiest.length === 0) throw new Error('the database holds no listed pilots or municipalities to load');
  return { pilotIds, organisationSlugs: busiest.map((row) => row.slug), organisationPilotCounts: busiest.map((row) => Number(row.pilots)) };
}

/** The scenarios of the brief, in the order they run. */
export function scenarios(inputs: ScenarioInputs): Scenario[] {
  const searchPaths = pageSearches.map(({ q, theme }) => `/pilots?q=${encodeURIComponent(q)}&theme=${theme}`);
  return [
    { name: 'home', label: '/', paths: ['/'], cacheable: true },
    { name: 'list', label: '/pilots', paths: ['/pilots'], cacheable: true },
    { name: 'search', label: '/pilots?q=…&theme=mobility', paths: searchPaths, cacheable: true },
    { name: 'pilot', label: '/pilots/:id', paths: inputs.pilotIds.map((id) => `/pilots/${id}`), cacheable: true },
    { name: 'similar', label: '/api/v1/pilots/:id/similar', paths: inputs.pilotIds.map((id) => `/api/v1/pilots/${id}/similar?limit=5`), cacheable: false },
    // The national dashboard (DASHBOARDS); the bench reports it as not available while the route answers 404.
    { name: 'dashboard', label: '/dashboard', paths: ['/dashboard'], cacheable: true },
    { name: 'api-search', label: '/api/v1/pilots?q=…', paths: apiSearches.map((q) => `/api/v1/pilots?q=${encodeURIComponent(q)}`), cacheable: false },
    { name: 'organisation', label: '/organisations/:slug', paths: inputs.organisationSlugs.map((slug) => `/organisations/${slug}`), cacheable: true },
  ];
}
