// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../../src/config.js';
import { buildApp, createPlatform, type Platform } from '../../../src/app.js';
import { seedDemoContentIfWanted } from '../../../src/demo/demo-seed.js';
import { freshDatabase } from '../../../src/test-support/test-database.js';

export interface RunningPlatform {
  readonly baseUrl: string;
  readonly platform: Platform;
  /** E-mails captured so far (raw .eml text), oldest first. */
  outbox(): string[];
  stop(): Promise<void>;
}

/** Ports Chromium refuses to load (net::ERR_UNSAFE_PORT) inside the range the journeys pick from. */
const portsChromiumBlocks = new Set([3659]);

/** A random port in 3400–3899 that Chromium will load; a clash with a busy port shows up as a listen error. */
function freePortGuess(): number {
  for (;;) {
    const port = 3400 + Math.floor(Math.random() * 500);
    if (!portsChromiumBlocks.has(port)) return port;
  }
}

export interface PlatformOptions {
  /**
   * Load the demo content (default true). Journeys that build all their own data pass false, so they neither
   * depend on the demo content nor spend time hashing the demo members' passwords.
   */
  readonly demo?: boolean;
}

/**
 * Starts the real platform on a free port with a fresh database (SQLite or PostgreSQL by TEST_DB),
 * filled with the demo content unless asked not to, e-mail captured and documents stored in temporary folders — the same code path as
 * `npm start`.
 */
export async function startPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  const database = await freshDatabase();
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-e2e-outbox-'));
  const documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-e2e-documents-'));
  const port = freePortGuess();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    OUTBOX_DIR: outboxDir,
    DOCUMENTS_DIR: documentsDir,
    DEMO_DATA: options.demo === false ? '0' : '1',
    LOG_LEVEL: 'silent',
    PORT: String(port),
    BASE_URL: `http://127.0.0.1:${port}`,
  });
  const platform = await createPlatform(config);
  await seedDemoContentIfWanted(platform.context);
  const app: FastifyInstance = await buildApp(platform.context);
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl: config.baseUrl,
    platform,
    outbox: () =>
      fs
        .readdirSync(outboxDir)
        .filter((name) => name.endsWith('.eml'))
        .sort()
        .map((name) => fs.readFileSync(path.join(outboxDir, name), 'utf8')),
    stop: async () => {
      await app.close();
      await platform.close();
      await database.drop();
      fs.rmSync(outboxDir, { recursive: true, force: true });
      fs.rmSync(documentsDir, { recursive: true, force: true });
    },
  };
}

/** The first link in an e-mail that points at this platform (quoted-printable soft breaks undone). */
export function linkFromMail(mail: string, baseUrl: string): string {
  const body = mail.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
  const escaped = baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = body.match(new RegExp(`${escaped}[^\\s"<>]+`));
  if (!match) throw new Error(`No link to ${baseUrl} in the e-mail:\n${body.slice(0, 2000)}`);
  return match[0];
}
