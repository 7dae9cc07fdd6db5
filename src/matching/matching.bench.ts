// SPDX-License-Identifier: EUPL-1.2
/**
 * Measures "similar pilots" on a filled database (for example `npm run seed:synthetic -- --pilots 100000`):
 *   DATABASE_URL=… npx tsx src/matching/matching.bench.ts [samples]
 * Prints median and 95th percentile latency of similarToPilot and similarToText. Read-only.
 */
import { loadConfig } from '../config.js';
import { createPlatform } from '../app.js';
import { matchingService } from './matching.service.js';

function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const samples = Number(process.argv[2] ?? 50);
  const platform = await createPlatform(loadConfig({ ...process.env, LOG_LEVEL: 'silent' }));
  const { db } = platform.context;
  const matching = matchingService(platform.context);
  const total = await db.selectFrom('pilots').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const maxId = await db.selectFrom('pilots').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow();
  console.log(`${platform.context.dbKind}: ${Number(total.n)} pilots`);

  // Warm the analyser and the database caches once, as a running server would be.
  await matching.similarToPilot(1, 5);
  const pilotTimes: number[] = [];
  const textTimes: number[] = [];
  let found = 0;
  for (let sample = 0; sample < samples; sample += 1) {
    const id = 1 + Math.floor(((sample * 7919) % Number(maxId.id ?? 1)));
    const started = performance.now();
    const results = await matching.similarToPilot(id, 5);
    pilotTimes.push(performance.now() - started);
    found += results.length;
    const pilot = await db.selectFrom('pilots').select(['title', 'summary']).where('id', '=', id).executeTakeFirst();
    if (pilot) {
      const textStarted = performance.now();
      await matching.similarToText({ title: pilot.title, summary: pilot.summary.slice(0, 120) }, 5);
      textTimes.push(performance.now() - textStarted);
    }
  }
  const line = (name: string, times: number[]) =>
    console.log(`${name}: median ${percentile(times, 0.5).toFixed(0)} ms, p95 ${percentile(times, 0.95).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms (${times.length} calls)`);
  line('similarToPilot', pilotTimes);
  line('similarToText', textTimes);
  console.log(`average results per pilot: ${(found / samples).toFixed(1)}`);
  await platform.close();
}

await main();
