// SPDX-License-Identifier: EUPL-1.2
import { execFileSync } from 'node:child_process';
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

function config(root: string, directory: string, port: number): string {
  // One worker, as the platform runs as one Node process; no access log, as the platform logs only warnings.
  return `worker_processes 1;
daemon off;
pid ${directory}/nginx.pid;
error_log ${directory}/error.log warn;
events { worker_connections 256; }
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
  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`;
}

/**
 * Saves each scenario's responses (as our server sends them) as static files and serves them with nginx on
 * another loopback port, with a generated minimal configuration in a temporary directory: the ceiling that
 * a static file server reaches on this machine for the same bytes.
 */
export async function startStaticCopy(binary: string, baseUrl: string, scenarioPaths: Record<string, readonly string[]>): Promise<StaticServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-bench-nginx-'));
  // Also removed when the bench is interrupted (Ctrl-C ends the process through process.exit).
  const removeDirectory = () => fs.rmSync(directory, { recursive: true, force: true });
  process.once('exit', removeDirectory);
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
  // nginx's workers run as an unprivileged user when started by root; they must be able to read the copies.
  for (const folder of [directory, root, ...Object.keys(paths).map((name) => path.join(root, name))]) fs.chmodSync(folder, 0o755);
  const port = await freePort();
  const configFile = path.join(directory, 'nginx.conf');
  fs.writeFileSync(configFile, config(root, directory, port));
  let output = '';
  const child = startChild(binary, ['-e', path.join(directory, 'error.log'), '-p', directory, '-c', configFile], {}, (chunk) => {
    output = (output + chunk).slice(-4000);
  });
  const staticBaseUrl = `http://127.0.0.1:${port}`;
  const firstPath = Object.values(paths)[0]?.[0] ?? '/';
  try {
    await waitUntilAnswering(staticBaseUrl + firstPath, child, () => output + safeRead(path.join(directory, 'error.log')), 40, 250);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return {
    baseUrl: staticBaseUrl,
    paths,
    async stop() {
      await stopChild(child);
      removeDirectory();
      process.removeListener('exit', removeDirectory);
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
