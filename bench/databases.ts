// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { createPlatform, modules } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seedSynthetic } from '../src/demo/synthetic-seed.js';

/** One benchmark data set: how many pilots and participations, and the seed that makes it repeatable. */
export interface BenchSize {
  readonly pilots: number;
  readonly participations: number;
  readonly seed: number;
}

export const benchDirectory = path.resolve(import.meta.dirname);
const databaseDirectory = path.join(benchDirectory, 'db');

/** The name that keys a data set: the same size and seed reuse the same database. */
export const sizeKey = (size: BenchSize) => `p${size.pilots}-r${size.participations}-s${size.seed}`;

/** The environment every in-process platform of the bench gets: quiet, no demo data, mail to a temp dir. */
export function benchEnvironment(databaseUrl: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    DEMO_DATA: '0',
    LOG_LEVEL: 'silent',
    NODE_ENV: 'production',
    AUTH_SECRET: 'bench-only-secret-0123456789-0123456789',
    OUTBOX_DIR: path.join(os.tmpdir(), 'pilotstarter-bench-outbox'),
  };
}

/**
 * A reused database must still be one the migrator accepts. It runs migrations out of order (a module's migration
 * may land with a name before one already applied: engineers add modules side by side), but it refuses a database
 * with an applied migration that no longer exists; the bench builds such a database again rather than fail.
 */
function migrationsStillApply(applied: readonly string[]): boolean {
  const current = new Set(modules.flatMap((module) => Object.keys(module.migrations ?? {})));
  return applied.every((name) => current.has(name));
}

function appliedInSqlite(file: string): string[] {
  const database = new SQLite(file, { readonly: true });
  try {
    return (database.prepare('select name from kysely_migration order by name').all() as { name: string }[]).map((row) => row.name);
  } finally {
    database.close();
  }
}

async function fill(databaseUrl: string, size: BenchSize, log: (line: string) => void): Promise<void> {
  const platform = await createPlatform(loadConfig(benchEnvironment(databaseUrl)));
  try {
    let lastLine = 0;
    const result = await seedSynthetic(platform.context, size, (line) => {
      // The seed logs every 2,000 pilots; one line in ten seconds is enough to show progress.
      if (Date.now() - lastLine > 10_000) {
        lastLine = Date.now();
        log(`  ${line}`);
      }
    });
    if (!result.ok) throw new Error(`synthetic seed failed: ${result.reason}`);
    log(`  seeded in ${result.summary.seconds.toFixed(0)} s: ${result.summary.pilots} pilots, ${result.summary.participations} participations`);
  } finally {
    await platform.close();
  }
}

/**
 * The SQLite file for a size, built on first use. It is filled under a temporary name and renamed only when
 * complete, so an interrupted build is never mistaken for a finished one.
 */
export async function sqliteDatabase(size: BenchSize, log: (line: string) => void): Promise<string> {
  fs.mkdirSync(databaseDirectory, { recursive: true });
  const file = path.join(databaseDirectory, `${sizeKey(size)}.sqlite`);
  if (fs.existsSync(file)) {
    if (migrationsStillApply(appliedInSqlite(file))) {
      log(`Reusing ${path.relative(process.cwd(), file)}`);
      return file;
    }
    log(`${path.relative(process.cwd(), file)} has a migration applied that no longer exists: building it again.`);
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  }
  const building = `${file}.building`;
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(building + suffix, { force: true });
  log(`Building ${path.relative(process.cwd(), file)} (${size.pilots} pilots, ${size.participations} participations; 100k takes minutes)`);
  await fill(building, size, log);
  for (const suffix of ['-wal', '-shm']) if (fs.existsSync(building + suffix)) throw new Error(`${building}${suffix} left open`);
  fs.renameSync(building, file);
  return file;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function adminQuery<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * A PostgreSQL database for a size on the server of `serverUrl`, created and filled on first use under a
 * temporary name, then renamed, as with SQLite. Returns its URL.
 */
export async function postgresDatabase(serverUrl: string, size: BenchSize, log: (line: string) => void): Promise<string> {
  const name = `pilotstarter_bench_${sizeKey(size).replaceAll('-', '_')}`;
  const building = `${name}_building`;
  const exists = async (database: string) => (await adminQuery(serverUrl, 'select 1 from pg_database where datname = $1', [database])).length > 0;
  if (await exists(name)) {
    const applied = await adminQuery<{ name: string }>(withDatabase(serverUrl, name), 'select name from kysely_migration order by name');
    if (migrationsStillApply(applied.map((row) => row.name))) {
      log(`Reusing PostgreSQL database ${name}`);
      return withDatabase(serverUrl, name);
    }
    log(`PostgreSQL database ${name} has a migration applied that no longer exists: building it again.`);
    await adminQuery(serverUrl, `drop database ${name}`);
  }
  // Names are made from digits and fixed words only, so they are safe to put into the statements.
  await adminQuery(serverUrl, `drop database if exists ${building}`);
  await adminQuery(serverUrl, `create database ${building}`);
  log(`Building PostgreSQL database ${name} (${size.pilots} pilots, ${size.participations} participations)`);
  await fill(withDatabase(serverUrl, building), size, log);
  await adminQuery(withDatabase(serverUrl, building), 'vacuum analyze');
  await adminQuery(serverUrl, `alter database ${building} rename to ${name}`);
  return withDatabase(serverUrl, name);
}
