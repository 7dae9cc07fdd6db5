// SPDX-License-Identifier: EUPL-1.2
/**
 * Times the bulk import of 10,000 pilots on a fresh database (not a test: timings vary by machine).
 *   node --import tsx scripts/bench-import.ts sqlite [COUNT]
 *   BENCH_POSTGRES_URL=postgres://postgres@127.0.0.1:54329/postgres node --import tsx scripts/bench-import.ts postgres [COUNT]
 * Entries use the synthetic text generator; municipalities are named half by CBS code, half by name, and one
 * in fifty initiators is a new organisation, so resolution and organisation creation are part of the time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createPlatform } from '../src/app.js';
import { organisationsBulk } from '../src/organisations/organisations.bulk.js';
import { importPilots } from '../src/imports/imports.service.js';
import { createRandom } from '../src/demo/synthetic/random.js';
import { composePilotText } from '../src/demo/synthetic/texts.js';

const kind = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite';
const count = Number(process.argv[3] ?? 10_000);

async function freshDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  if (kind === 'sqlite') {
    const file = path.join(os.tmpdir(), `pilotstarter-bench-import-${process.pid}.sqlite`);
    return { url: file, drop: async () => ['', '-wal', '-shm'].forEach((suffix) => fs.rmSync(`${file}${suffix}`, { force: true })) };
  }
  const admin = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:54329/postgres';
  const name = `pilotstarter_bench_import_${process.pid}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await run(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}

const database = await freshDatabaseUrl();
const platform = await createPlatform(loadConfig({ DATABASE_URL: database.url, DEMO_DATA: '0', LOG_LEVEL: 'silent', NODE_ENV: 'test' }));
try {
  const municipalities = (await organisationsBulk(platform.context.db).loadAll()).filter((row) => row.type === 'municipality');
  const random = createRandom(2026);
  const reference = (row: (typeof municipalities)[number]) => (random.chance(0.5) ? row.cbsCode! : row.name);
  const entries = Array.from({ length: count }, (_, index) => {
    const initiator = random.chance(0.02) ? `Stichting Proeftuin ${index % 97}` : reference(random.pick(municipalities));
    const text = composePilotText(random, { initiator: 'De gemeente', partner: 'Hogeschool Noord', startYear: 2025 });
    return {
      externalId: `BENCH-${index}`,
      title: text.title.slice(0, 140),
      summary: text.summary.slice(0, 400),
      description: [text.what, text.goal, text.approach, text.milestones].join(' '),
      initiator,
      municipalities: random.sample(municipalities, random.int(0, 6)).map(reference),
      theme: text.themes[0],
      tags: text.tags,
      phase: random.pick(['idea', 'development', 'implementation', 'scaling']),
      startYear: random.int(2023, 2026),
    };
  });
  const result = await importPilots(platform.context, entries);
  console.log(`${kind}: imported ${result.imported} of ${count} pilots in ${result.seconds.toFixed(2)} s (rejected ${result.rejected.length}, organisations created ${result.organisationsCreated})`);
  for (const rejection of result.rejected.slice(0, 5)) console.log(`  entry ${rejection.position}: ${rejection.reasons.join('; ')}`);
} finally {
  await platform.close();
  await database.drop();
}
