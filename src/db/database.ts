// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type SqliteDatabase, type SqliteStatement } from 'kysely';
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

/** How many distinct statements stay prepared per SQLite connection (the app has a few hundred distinct ones). */
const statementCacheSize = 1000;

/**
 * Kysely's SQLite driver prepares every statement anew (parse and plan: 20–45 µs each, ~50 statements on a pilot
 * page). This keeps prepared statements by their SQL text, least recently used dropped first, and hands them out
 * again: better-sqlite3 statements are reusable once a call has finished, and SQLite re-prepares them itself when
 * the schema changes. A statement still being iterated (Kysely's streaming) is busy and never handed out twice.
 */
export function withStatementCache(database: SQLite.Database, size = statementCacheSize): SqliteDatabase {
  const prepared = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      prepared.clear();
      database.close();
    },
    prepare(sql: string): SqliteStatement {
      const cached = prepared.get(sql);
      if (cached && !cached.busy) {
        // Map keeps insertion order: moving a hit to the end makes the first key the least recently used.
        prepared.delete(sql);
        prepared.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      if (cached) return statement;
      prepared.set(sql, statement);
      if (prepared.size > size) prepared.delete(prepared.keys().next().value!);
      return statement;
    },
  };
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
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), plugins });
  return { db, kind, destroy: () => db.destroy() };
}
