// SPDX-License-Identifier: EUPL-1.2
import { execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startChild, stopChild } from './children.js';
import { freePort, waitUntilAnswering } from './server-process.js';

const nginxBinary = '/usr/sbin/nginx';
// Files saved per scenario: enough to rotate like the real load, few enough to fetch in a second or two.
const maxFilesPerScenario = 50;

export interface StaticServer {
  readonly baseUrl: string;
  /** The static paths standing in for each scenario's paths. */
  readonly paths: Record<string, readonly string[]>;
  stop(): Promise<void>;
}

/** Installs Debian's nginx when it is missing (apt-get only), saying so; returns the binary. */
export function ensureNginx(log: (line: string) => void): string {
  if (fs.existsSync(nginxBinary)) return nginxBinary;
  log('nginx is missing: installing the Debian package with apt-get (once).');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env, timeout: 300_000 });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env, timeout: 600_000 });
  if (!fs.existsSync(nginxBinary)) throw new Error(`apt-get installed nginx but ${nginxBinary} is not there`);
  return nginxBinary;
}

/** What both generated configurations share: one worker, no access log, temp paths inside `directory`. */
function configHead(directory: string): string {
  // One worker, as the platform runs as one Node process.
  return `worker_processes 1;
daemon off;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
events { worker_connections 512; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { text/html html; application/json json; }
  client_body_temp_path ${directory}/client_body;
  proxy_temp_path ${directory}/proxy;
  fastcgi_temp_path ${directory}/fastcgi;
  uwsgi_temp_path ${directory}/uwsgi;
  scgi_temp_path ${directory}/scgi;
`;
}

function staticConfig(root: string, directory: string, port: number): string {
  return `${configHead(directory)}  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`;
}

/**
 * nginx as a shared cache in front of the platform, as a deployment would run it. Nothing is forced: with no
 * proxy_cache_valid and no proxy_ignore_headers, nginx keeps only what the platform allows (Cache-Control public
 * or max-age, no Set-Cookie, not private/no-cache/no-store) for as long as it says, and stores variants by its
 * Vary header. Every response's cache status goes to a log the bench counts afterwards.
 */
function proxyConfig(upstreams: readonly string[], directory: string, port: number): string {
  const servers = upstreams.map((url) => `    server ${new URL(url).host};`).join('\n');
  return `${configHead(directory)}  proxy_cache_path ${directory}/cache levels=1:2 keys_zone=pages:32m max_size=1g inactive=10m use_temp_path=off;
  log_format cache '$upstream_cache_status';
  upstream platform {
${servers}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    access_log ${directory}/cache.log cache buffer=64k flush=200ms;
    location / {
      proxy_pass http://platform;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_cache pages;
      proxy_cache_lock on;
      # Cached responses from sendfile stalled ~40 ms each once larger than a few segments (the 94 KB dashboard:
      # p50 44 ms, 220 req/s; with sendfile off 2 ms, 2,400-3,100 req/s, as fast as the static copy).
      sendfile off;
      add_header X-Cache-Status $upstream_cache_status always;
    }
  }
}
`;
}

/** A temporary directory for one nginx, removed on stop and when the bench exits. */
function nginxDirectory(): { directory: string; remove: () => void } {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-bench-nginx-'));
  // Also removed when the bench is interrupted (Ctrl-C ends the process through process.exit).
  const remove = () => fs.rmSync(directory, { recursive: true, force: true });
  process.once('exit', remove);
  return {
    directory,
    remove: () => {
      remove();
      process.removeListener('exit', remove);
    },
  };
}

/** Starts nginx on `configText` and waits until `probePath` answers. */
async function startNginx(binary: string, directory: string, configText: string, port: number, probePath: string): Promise<ChildProcess> {
  // nginx's workers run as an unprivileged user when started by root; they must be able to enter the directory.
  fs.chmodSync(directory, 0o755);
  const configFile = path.join(directory, 'nginx.conf');
  fs.writeFileSync(configFile, configText);
  let output = '';
  const child = startChild(binary, ['-e', path.join(directory, 'error.log'), '-p', directory, '-c', configFile], {}, (chunk) => {
    output = (output + chunk).slice(-4000);
  });
  try {
    await waitUntilAnswering(`http://127.0.0.1:${port}${probePath}`, child, () => output + safeRead(path.join(directory, 'error.log')), 40, 250);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return child;
}

/**
 * Saves each scenario's responses (as our server sends them) as static files and serves them with nginx on
 * another loopback port, with a generated minimal configuration in a temporary directory: the ceiling that
 * a static file server reaches on this machine for the same bytes.
 */
export async function startStaticCopy(binary: string, baseUrl: string, scenarioPaths: Record<string, readonly string[]>): Promise<StaticServer> {
  const { directory, remove } = nginxDirectory();
  const root = path.join(directory, 'www');
  const paths: Record<string, string[]> = {};
  for (const [name, sourcePaths] of Object.entries(scenarioPaths)) {
    fs.mkdirSync(path.join(root, name), { recursive: true });
    paths[name] = [];
    for (const [index, sourcePath] of sourcePaths.slice(0, maxFilesPerScenario).entries()) {
      const response = await fetch(baseUrl + sourcePath, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`${sourcePath} answered ${response.status} while saving static copies`);
      const extension = (response.headers.get('content-type') ?? '').includes('json') ? 'json' : 'html';
      fs.writeFileSync(path.join(root, name, `${index}.${extension}`), Buffer.from(await response.arrayBuffer()));
      paths[name].push(`/${name}/${index}.${extension}`);
    }
  }
  for (const folder of [root, ...Object.keys(paths).map((name) => path.join(root, name))]) fs.chmodSync(folder, 0o755);
  const port = await freePort();
  const child = await startNginx(binary, directory, staticConfig(root, directory, port), port, Object.values(paths)[0]?.[0] ?? '/');
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    paths,
    async stop() {
      await stopChild(child);
      remove();
    },
  };
}

/** How the cache answered the requests of one stretch of load, from nginx's $upstream_cache_status. */
export interface CacheCounts {
  readonly hit: number;
  /** MISS, EXPIRED, STALE, UPDATING, REVALIDATED: the platform was asked (or a stored copy was checked). */
  readonly miss: number;
  /** BYPASS or no status: the response could not be stored (private, no-cache, Set-Cookie …). */
  readonly uncached: number;
}

export interface CachingProxy {
  readonly baseUrl: string;
  /** Marks where the counting starts (call before the measured run). */
  mark(): void;
  /** The cache statuses logged since `mark()`. */
  counts(): Promise<CacheCounts>;
  stop(): Promise<void>;
}

/**
 * nginx with proxy_cache in front of the platform instance(s) in `upstreams`, honouring the platform's own
 * Cache-Control: the throughput a visitor sees in a deployment with a shared cache (or a CDN).
 */
export async function startCachingProxy(binary: string, upstreams: readonly string[]): Promise<CachingProxy> {
  const { directory, remove } = nginxDirectory();
  fs.mkdirSync(path.join(directory, 'cache'));
  fs.chmodSync(path.join(directory, 'cache'), 0o777);
  const port = await freePort();
  const child = await startNginx(binary, directory, proxyConfig(upstreams, directory, port), port, '/');
  const log = path.join(directory, 'cache.log');
  let offset = 0;
  const size = () => (fs.existsSync(log) ? fs.statSync(log).size : 0);
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    mark() {
      offset = size();
    },
    async counts() {
      // The log is flushed every 200 ms.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const text = fs.readFileSync(log).subarray(offset).toString();
      const counts = { hit: 0, miss: 0, uncached: 0 };
      for (const status of text.split('\n')) {
        if (status === '') continue;
        if (status === 'HIT') counts.hit += 1;
        else if (['MISS', 'EXPIRED', 'STALE', 'UPDATING', 'REVALIDATED'].includes(status)) counts.miss += 1;
        else counts.uncached += 1;
      }
      return counts;
    },
    async stop() {
      await stopChild(child);
      remove();
    },
  };
}

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
