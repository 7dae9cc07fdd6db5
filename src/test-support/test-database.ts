// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrator.js';
import { modules } from '../app.js';

/**
 * One fresh database per test file, copied from a migrated template (as the Epic Stack does per worker):
 * SQLite copies a file, PostgreSQL uses CREATE DATABASE … TEMPLATE. TEST_DB picks which (default sqlite).
 */
export type TestDatabaseKind = 'sqlite' | 'postgres';

export const testDatabaseKind = (): TestDatabaseKind => (process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite');

const workDir = path.join(os.tmpdir(), 'pilotstarter-test');
// TEST_TEMPLATE lets several people (or agents) on one machine keep separate templates.
const templateSuffix = (process.env.TEST_TEMPLATE ?? '').replace(/[^a-z0-9_]/gi, '');
const sqliteTemplate = path.join(workDir, `template${templateSuffix}.sqlite`);
const postgresTemplate = `pilotstarter_template${templateSuffix.toLowerCase()}`;

function adminUrl(): string {
  const url = process.env.TEST_POSTGRES_URL;
  if (!url) throw new Error('TEST_DB=postgres needs TEST_POSTGRES_URL (see .ci/postgres.sh)');
  return url;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const migrationSets = () => modules.flatMap((module) => (module.migrations ? [module.migrations] : []));

/** Builds the migrated template once per test run (called by scripts/test.mjs before the test files start). */
export async function prepareTemplate(kind: TestDatabaseKind): Promise<void> {
  if (kind === 'sqlite') {
    fs.mkdirSync(workDir, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${sqliteTemplate}${suffix}`, { force: true });
    const handle = openDatabase(sqliteTemplate);
    await migrateToLatest(handle.db, 'sqlite', migrationSets());
    await handle.destroy();
    return;
  }
  await admin(async (client) => {
    await client.query(`drop database if exists ${postgresTemplate} with (force)`);
    await client.query(`create database ${postgresTemplate}`);
  });
  const handle = openDatabase(withDatabase(adminUrl(), postgresTemplate));
  await migrateToLatest(handle.db, 'postgres', migrationSets());
  await handle.destroy();
}

/** A fresh, migrated, empty database for one test file; drop() removes it. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const id = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (testDatabaseKind() === 'sqlite') {
    const file = path.join(workDir, `test_${id}.sqlite`);
    fs.copyFileSync(sqliteTemplate, file);
    return {
      url: file,
      drop: async () => {
        for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      },
    };
  }
  const name = `pilotstarter_test_${id}`;
  await admin((client) => client.query(`create database ${name} template ${postgresTemplate}`));
  return {
    url: withDatabase(adminUrl(), name),
    drop: async () => {
      await admin((client) => client.query(`drop database if exists ${name} with (force)`));
    },
  };
}
