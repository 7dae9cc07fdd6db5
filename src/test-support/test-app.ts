// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.js';
import { buildApp, createPlatform } from '../app.js';
import type { AppContext } from '../platform/module.js';
import { freshDatabase } from './test-database.js';

export interface TestApp {
  readonly app: FastifyInstance;
  readonly context: AppContext;
  readonly outboxDir: string;
  /** E-mails written to the outbox so far, oldest first, as raw .eml text. */
  outbox(): string[];
  close(): Promise<void>;
}

/** A real app on a fresh real database (SQLite or PostgreSQL by TEST_DB) with e-mail captured in a folder. */
export async function startTestApp(environment: Record<string, string> = {}): Promise<TestApp> {
  const database = await freshDatabase();
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-outbox-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    OUTBOX_DIR: outboxDir,
    DEMO_DATA: '0',
    LOG_LEVEL: 'silent',
    ...environment,
  });
  const platform = await createPlatform(config);
  const app = await buildApp(platform.context);
  await app.ready();
  return {
    app,
    context: platform.context,
    outboxDir,
    outbox: () =>
      fs
        .readdirSync(outboxDir)
        .filter((name) => name.endsWith('.eml'))
        .sort()
        .map((name) => fs.readFileSync(path.join(outboxDir, name), 'utf8')),
    close: async () => {
      await app.close();
      await platform.close();
      await database.drop();
      fs.rmSync(outboxDir, { recursive: true, force: true });
    },
  };
}
