// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** A throw-away database: its URL for DATABASE_URL, and drop() to remove it afterwards. */
export interface ThrowAwayDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/**
 * Creates an empty database for one evaluation run, never touching an existing one: a new SQLite file in the
 * temporary folder, or — when `server` is a postgres:// URL — a new database on that server (the URL's own
 * database is only used to connect and issue CREATE/DROP DATABASE). Migrations run when the platform starts.
 */
export async function createThrowAwayDatabase(server?: string): Promise<ThrowAwayDatabase> {
  const id = `${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  if (server === undefined || !/^postgres(ql)?:\/\//.test(server)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-eval-'));
    return { url: path.join(dir, 'eval.sqlite'), drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `pilotstarter_eval_${id}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: server });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
