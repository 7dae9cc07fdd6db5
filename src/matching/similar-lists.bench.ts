// SPDX-License-Identifier: EUPL-1.2
/**
 * Measures stored similar-pilot lists (ADR 0013) on a filled database, in-process:
 *   DATABASE_URL=/tmp/copy.sqlite npx tsx src/matching/similar-lists.bench.ts [samples]
 * For the same sample of listed pilots, prints median and p95 of: the live ranking; the pilot page's similar
 * section and GET /api/v1/pilots/:id/similar on a first view (no stored list: computed and stored); and the same
 * on the next view (stored list). WRITES stored lists: run it on a copy.
 */
import { loadConfig } from '../config.js';
import { buildApp, createPlatform } from '../app.js';
import { nowIso } from '../db/columns.js';
import type { PageContext } from '../platform/views/page-context.js';
import { matchingService } from './matching.service.js';
import { similarListsRepository } from './similar-lists.repository.js';
import { similarPilotsSection } from './views/similar-section.js';

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

async function timed(ids: readonly number[], call: (id: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (const id of ids) {
    const started = performance.now();
    await call(id);
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  const samples = Number(process.argv[2] ?? 200);
  const platform = await createPlatform(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  const { context } = platform;
  const app = await buildApp(context);
  const listed = await similarListsRepository(context.db).listedIdsAfter(0, 1_000_000, nowIso());
  console.log(`${context.dbKind}: ${listed.length} listed pilots, ${samples} per measurement`);
  const pick = (offset: number) => Array.from({ length: samples }, (_, index) => listed[(offset + index * 7919) % listed.length]!);
  const page: PageContext = { t: context.i18n.translator('nl'), locale: 'nl', user: null, csrfToken: '', url: '/', flash: null };
  const section = (id: number) =>
    similarPilotsSection.render(context, { id, title: '', state: 'published', initiatorOrganisationId: 0, hidden: false, viewerIsTeam: false }, page).then(async (element) => String(await element));
  const api = (id: number) => app.inject({ url: `/api/v1/pilots/${id}/similar` });
  const drop = async (ids: readonly number[]) => {
    await context.db.deleteFrom('similarPilotItems').where('pilotId', 'in', [...ids]).execute();
    await context.db.deleteFrom('similarPilotLists').where('pilotId', 'in', [...ids]).execute();
  };

  await matchingService(context).similarToPilotLive(listed[0]!, 5); // warm the analyser and caches
  const pageIds = pick(11);
  const apiIds = pick(29);
  await drop([...pageIds, ...apiIds]);
  const rows: [string, number[]][] = [
    ['live ranking (similarToPilotLive, = old similarToPilot)', await timed(apiIds, (id) => matchingService(context).similarToPilotLive(id, 5))],
    ['page section, first view (compute + store)', await timed(pageIds, section)],
    ['page section, stored list', await timed(pageIds, section)],
    ['API /similar, first view (compute + store)', await timed(apiIds, api)],
    ['API /similar, stored list', await timed(apiIds, api)],
  ];
  for (const [name, times] of rows) console.log(`${name.padEnd(58)} median ${percentile(times, 0.5).toFixed(2)} ms  p95 ${percentile(times, 0.95).toFixed(2)} ms`);
  await app.close();
  await platform.close();
}

await main();
