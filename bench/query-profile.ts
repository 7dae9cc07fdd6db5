// SPDX-License-Identifier: EUPL-1.2
/**
 * Where a page's time goes: requests each scenario's paths in-process (`app.inject`, the real routes) on a bench
 * SQLite database and adds up every SQL statement's time, then prints the slowest statements with SQLite's
 * EXPLAIN QUERY PLAN. Read-only.
 *   npx tsx bench/query-profile.ts [--pilots 100000] [--participations 1000000] [--seed 1] [--rounds 20] [--only home] [--top 4]
 */
import { parseArgs } from 'node:util';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteDialect, type LogEvent } from 'kysely';
import { buildApp, createPlatform } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { withStatementCache } from '../src/db/database.js';
import type { DB } from '../src/db/schema.js';
import { benchEnvironment, sqliteDatabase } from './databases.js';
import { pickInputs, scenarios } from './scenarios.js';

interface StatementTotal {
  sql: string;
  parameters: readonly unknown[];
  calls: number;
  ms: number;
}

/** The same connection settings and statement cache as src/db/database.ts, plus a logger that sums each statement's time. */
function loggingDatabase(file: string, onQuery: (event: LogEvent) => void): { db: Kysely<DB>; raw: SQLite.Database } {
  const raw = new SQLite(file, { readonly: false });
  raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  raw.pragma('cache_size = -64000');
  raw.pragma('optimize = 0x10002');
  return { db: new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(raw) }), plugins: [new CamelCasePlugin()], log: onQuery }), raw };
}

function plan(raw: SQLite.Database, statement: StatementTotal): string {
  try {
    const rows = raw.prepare(`explain query plan ${statement.sql}`).all(...(statement.parameters as unknown[])) as { id: number; parent: number; detail: string }[];
    const depth = new Map<number, number>([[0, 0]]);
    return rows
      .map((row) => {
        const level = (depth.get(row.parent) ?? 0) + 1;
        depth.set(row.id, level);
        return `${'  '.repeat(level + 2)}${row.detail}`;
      })
      .join('\n');
  } catch (error) {
    return `      (no plan: ${error instanceof Error ? error.message : String(error)})`;
  }
}

const { values } = parseArgs({
  options: {
    pilots: { type: 'string', default: '100000' },
    participations: { type: 'string' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '20' },
    only: { type: 'string' },
    top: { type: 'string', default: '4' },
  },
});
const pilots = Number(values.pilots);
const size = { pilots, participations: Number(values.participations ?? pilots * 10), seed: Number(values.seed) };
const rounds = Math.min(1000, Math.max(1, Number(values.rounds)));
const file = await sqliteDatabase(size, (line) => console.log(line));

let current = new Map<string, StatementTotal>();
const { db, raw } = loggingDatabase(file, (event) => {
  if (event.level !== 'query') return;
  const entry = current.get(event.query.sql) ?? { sql: event.query.sql, parameters: event.query.parameters, calls: 0, ms: 0 };
  entry.calls += 1;
  entry.ms += event.queryDurationMillis;
  current.set(event.query.sql, entry);
});
const platform = await createPlatform(loadConfig(benchEnvironment(file)));
const context = { ...platform.context, db };
const app = await buildApp(context);
try {
  const inputs = await pickInputs(context);
  for (const scenario of scenarios(inputs).filter((entry) => !values.only || values.only.split(',').includes(entry.name))) {
    const paths = scenario.paths.slice(0, rounds);
    for (const path of paths) await app.inject({ url: path }); // warm-up: caches, JIT
    current = new Map();
    const started = performance.now();
    for (let round = 0; round < rounds; round += 1) {
      const response = await app.inject({ url: paths[round % paths.length]! });
      if (response.statusCode !== 200) console.log(`  ${paths[round % paths.length]} answered ${response.statusCode}`);
    }
    const perRequest = (performance.now() - started) / rounds;
    const statements = [...current.values()].sort((a, b) => b.ms - a.ms);
    const sqlMs = statements.reduce((sum, entry) => sum + entry.ms, 0) / rounds;
    const calls = statements.reduce((sum, entry) => sum + entry.calls, 0) / rounds;
    console.log(`\n${scenario.name} ${scenario.label}: ${perRequest.toFixed(1)} ms per request in-process, of which SQL ${sqlMs.toFixed(1)} ms in ${calls.toFixed(0)} statements`);
    for (const statement of statements.slice(0, Number(values.top))) {
      console.log(`  ${(statement.ms / rounds).toFixed(2)} ms/request, ${(statement.calls / rounds).toFixed(1)} calls: ${statement.sql.replace(/\s+/g, ' ').slice(0, 400)}`);
      console.log(plan(raw, statement));
    }
  }
} finally {
  await app.close();
  await db.destroy();
  await platform.close();
}
