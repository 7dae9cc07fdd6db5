// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { DatabaseKind } from '../config.js';
import type { DB } from './schema.js';

// PostgreSQL returns bigint (count(*), sums) as strings; our counts stay far below 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (value) => Number.parseFloat(value));

export type Database = Kysely<DB>;

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: DatabaseKind;
  destroy(): Promise<void>;
}

/**
 * Opens the database named by a URL: `postgres://…` selects PostgreSQL, anything else is a SQLite file path.
 * Tables and columns are snake_case in SQL and camelCase in TypeScript (CamelCasePlugin).
 */
export function openDatabase(url: string, options: { poolSize?: number } = {}): DatabaseHandle {
  const kind: DatabaseKind = /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
  const plugins = [new CamelCasePlugin()];
  if (kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
    // An idle connection can be cut by the server (restart, failover, a test dropping its database); without a
    // listener pg-pool's 'error' event would crash the process. The pool replaces the connection on next use.
    pool.on('error', () => {});
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
    return { db, kind, destroy: () => db.destroy() };
  }
  if (url !== ':memory:') fs.mkdirSync(path.dirname(url), { recursive: true });
  const sqlite = new SQLite(url);
  // WAL lets readers run beside the single writer; busy_timeout waits instead of failing under write contention.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -64000');
  // Gather planner statistics where they are missing or stale (cheap; SQLite's advice for long-lived connections),
  // so queries on large tables pick the selective index instead of scanning.
  sqlite.pragma('optimize = 0x10002');
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), plugins });
  return { db, kind, destroy: () => db.destroy() };
}
