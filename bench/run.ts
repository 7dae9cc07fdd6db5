// SPDX-License-Identifier: EUPL-1.2
/**
 * `npm run bench`: load-tests the running platform on synthetic national-scale data, beside nginx serving the same
 * pages as static files and beside the raw database time of the same searches. See bench/README.md.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPlatform } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { stopAllChildren, stopChildrenOnExit } from './children.js';
import { benchDirectory, benchEnvironment, postgresDatabase, sqliteDatabase, type BenchSize } from './databases.js';
import { measureEngine } from './engine-time.js';
import { runLoad, waitForQuiet, type LoadOptions } from './load.js';
import { ensureNginx, startStaticCopy } from './nginx.js';
import { renderResults, writeResults, type BenchResults, type ScenarioResult, type SizeRun } from './report.js';
import { pickInputs, scenarios } from './scenarios.js';
import { startServer } from './server-process.js';

const usage = `Usage: npm run bench -- [--sizes 1000:10000,100000:1000000] [--seed 1] [--duration 10] [--warmup 3]
  [--connections 10] [--iterations 100] [--quiet 60] [--only home,search,…] [--postgres postgres://127.0.0.1:54329/postgres]
  [--no-sqlite] [--no-nginx] [--profile]`;

const log = (line: string) => console.log(line);
const round1 = (value: number) => Math.round(value * 10) / 10;

function parseOptions() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000:10000,100000:1000000' },
      seed: { type: 'string', default: '1' },
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      quiet: { type: 'string', default: '60' },
      connections: { type: 'string', default: '10' },
      iterations: { type: 'string', default: '100' },
      only: { type: 'string' },
      postgres: { type: 'string' },
      'no-sqlite': { type: 'boolean', default: false },
      'no-nginx': { type: 'boolean', default: false },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const whole = (name: string, value: string, max: number) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < 1 || number > max) throw new Error(`--${name} takes a whole number from 1 to ${max}\n${usage}`);
    return number;
  };
  const seed = whole('seed', values.seed, 1_000_000);
  const sizes: BenchSize[] = values.sizes.split(',').map((pair) => {
    const [pilots = '', participations = ''] = pair.split(':');
    return { pilots: whole('sizes', pilots, 1_000_000), participations: whole('sizes', participations, 20_000_000), seed };
  });
  if (values.postgres && !['127.0.0.1', 'localhost', '[::1]'].includes(new URL(values.postgres).hostname)) {
    throw new Error('--postgres must point at a server on this machine (127.0.0.1)');
  }
  return {
    sizes: sizes.sort((a, b) => a.pilots - b.pilots),
    load: {
      durationSeconds: whole('duration', values.duration, 120),
      warmupSeconds: whole('warmup', values.warmup, 60),
      connections: whole('connections', values.connections, 200),
      quietWaitSeconds: values.quiet === '0' ? 0 : whole('quiet', values.quiet, 600),
    } satisfies LoadOptions,
    iterations: whole('iterations', values.iterations, 10_000),
    only: values.only?.split(',').map((name) => name.trim()),
    postgres: values.postgres,
    sqlite: !values['no-sqlite'],
    nginx: !values['no-nginx'],
    profile: values.profile,
  };
}

type Options = ReturnType<typeof parseOptions>;

/** What decides whether a shared cache (a CDN or nginx's proxy_cache) could keep the response. */
async function cachingHeaders(url: string): Promise<{ cacheControl: string | null; setsCookie: boolean }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return { cacheControl: response.headers.get('cache-control'), setsCookie: response.headers.has('set-cookie') };
}

async function benchSize(kind: 'sqlite' | 'postgres', databaseUrl: string, size: BenchSize, options: Options, nginxBinary: string | undefined, profileDirectory: string | undefined): Promise<SizeRun> {
  log(`\n== ${kind}, ${size.pilots} pilots: measuring the engine in-process (${options.iterations} iterations each)`);
  const platform = await createPlatform(loadConfig(benchEnvironment(databaseUrl)));
  let inputs, engine;
  try {
    inputs = await pickInputs(platform.context);
    await waitForQuiet(options.load.quietWaitSeconds);
    engine = await measureEngine(platform.context, inputs, options.iterations);
  } finally {
    await platform.close();
  }
  const chosen = scenarios(inputs).filter((scenario) => !options.only || options.only.includes(scenario.name));

  const started = performance.now();
  const server = await startServer(databaseUrl, { profileDirectory: profileDirectory && path.join(profileDirectory, `${kind}-${size.pilots}`) });
  const serverStartSeconds = round1((performance.now() - started) / 1000);
  log(`Server answers at ${server.baseUrl} after ${serverStartSeconds} s`);
  const results: ScenarioResult[] = [];
  try {
    const copy = nginxBinary ? await startStaticCopy(nginxBinary, server.baseUrl, Object.fromEntries(chosen.map((scenario) => [scenario.name, scenario.paths]))) : undefined;
    try {
      // App and nginx runs alternate per scenario, so both see the same background load on this shared machine.
      for (const scenario of chosen) {
        const headers = await cachingHeaders(server.baseUrl + scenario.paths[0]!);
        const app = await runLoad(server.baseUrl, scenario.paths, options.load);
        const nginx = copy ? await runLoad(copy.baseUrl, copy.paths[scenario.name] ?? [], options.load) : undefined;
        log(
          `  ${scenario.name.padEnd(13)} ${app.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${app.p50.toFixed(1)}  p95 ${app.p95.toFixed(1)}  p99 ${app.p99.toFixed(1)} ms` +
            `${app.failures ? `  (${app.failures} failed: ${JSON.stringify(app.statusCodes)})` : ''}${nginx ? `   nginx ${nginx.requestsPerSecond.toFixed(0)} req/s` : ''}  load ${app.loadAverage[0].toFixed(1)}, busy before ${(app.busyBefore * 100).toFixed(0)}%`,
        );
        results.push({ name: scenario.name, label: scenario.label, cacheable: scenario.cacheable, distinctPaths: scenario.paths.length, ...headers, app, nginx });
      }
    } finally {
      await copy?.stop();
    }
  } finally {
    await server.stop();
  }
  return { kind, size, serverStartSeconds, busiestOrganisationPilots: inputs.organisationPilotCounts, engine, scenarios: results };
}

async function main(): Promise<void> {
  stopChildrenOnExit();
  const options = parseOptions();
  const startedAt = new Date().toISOString();
  const profileDirectory = options.profile ? path.join(benchDirectory, 'results', 'profiles', startedAt.replace(/[:.]/g, '-')) : undefined;
  const nginxBinary = options.nginx ? ensureNginx(log) : undefined;
  const loadAverage = () => os.loadavg().map(round1).join(' / ');
  const results: BenchResults = {
    startedAt,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageStart: loadAverage(),
    },
    options: { ...options.load, iterations: options.iterations, sizes: options.sizes, nginxWorkers: 1 },
    runs: [],
  };
  const kinds: ('sqlite' | 'postgres')[] = [...(options.sqlite ? (['sqlite'] as const) : []), ...(options.postgres ? (['postgres'] as const) : [])];
  for (const kind of kinds) {
    for (const size of options.sizes) {
      const url = kind === 'sqlite' ? await sqliteDatabase(size, log) : await postgresDatabase(options.postgres!, size, log);
      results.runs.push(await benchSize(kind, url, size, options, nginxBinary, profileDirectory));
    }
  }
  results.machine.loadAverageEnd = loadAverage();
  results.finishedAt = new Date().toISOString();
  const file = writeResults(path.join(benchDirectory, 'results'), results);
  console.log(`\n${renderResults(results)}\n\nWritten to ${path.relative(process.cwd(), file)} and latest.json`);
  if (profileDirectory) console.log(`CPU profiles of the server: ${path.relative(process.cwd(), profileDirectory)}`);
}

main()
  .catch(async (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => stopAllChildren());
