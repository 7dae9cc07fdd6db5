// SPDX-License-Identifier: EUPL-1.2
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { startChild, stopChild } from './children.js';
import { benchEnvironment } from './databases.js';

export interface RunningServer {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** A free TCP port on the loopback interface, chosen by the kernel. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Polls `url` until it answers 200, at most `attempts` times `intervalMs` apart; fails with the child's last output. */
export async function waitUntilAnswering(url: string, child: ChildProcess, output: () => string, attempts = 360, intervalMs = 500): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`${url}: process ended with ${child.exitCode}\n${output()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new Error(`${url} did not answer within ${(attempts * intervalMs) / 1000} s\n${output()}`);
}

/**
 * Starts the platform as its own process, as in production (`tsx src/server.ts`, run as `node --import tsx` so a
 * CPU profile covers the server itself rather than the tsx wrapper), listening on 127.0.0.1 only.
 * `profileDirectory` turns on --cpu-prof; the profile is written when the server stops.
 */
export async function startServer(databaseUrl: string, options: { profileDirectory?: string } = {}): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const environment = {
    ...benchEnvironment(databaseUrl),
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: baseUrl,
    LOG_LEVEL: 'warn',
  };
  const nodeArguments = ['--import', 'tsx'];
  if (options.profileDirectory) {
    fs.mkdirSync(options.profileDirectory, { recursive: true });
    nodeArguments.push('--cpu-prof', `--cpu-prof-dir=${options.profileDirectory}`);
  }
  let output = '';
  const keep = (chunk: string) => {
    output = (output + chunk).slice(-4000);
  };
  const root = path.resolve(import.meta.dirname, '..');
  const child = startChild(process.execPath, [...nodeArguments, 'src/server.ts'], { cwd: root, env: environment }, keep);
  try {
    await waitUntilAnswering(`${baseUrl}/`, child, () => output);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    baseUrl,
    // The server's own SIGTERM handler closes the database; a profile needs that clean exit.
    stop: () => stopChild(child, 15_000),
  };
}
