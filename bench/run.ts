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
import { runLoad, waitForQuiet, type LoadOptions, type LoadResult } from './load.js';
import { ensureNginx, startCachingProxy, startStaticCopy } from './nginx.js';
import { renderResults, writeResults, type BenchResults, type CachedResult, type ScenarioResult, type SizeRun } from './report.js';
import { pickInputs, scenarios } from './scenarios.js';
import { startServer, type RunningServer } from './server-process.js';

const usage = `Usage: npm run bench -- [--sizes 1000:10000,100000:1000000] [--seed 1] [--duration 10] [--warmup 3]
  [--connections 10] [--iterations 100] [--quiet 60] [--only home,search,…] [--postgres postgres://127.0.0.1:54329/postgres]
  [--no-sqlite] [--no-nginx] [--no-cache] [--instances 1] [--profile]`;

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
      'no-cache': { type: 'boolean', default: false },
      instances: { type: 'string', default: '1' },
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
    // The shared-cache measurement needs nginx too.
    cache: !values['no-nginx'] && !values['no-cache'],
    instances: whole('instances', values.instances, 4),
    profile: values.profile,
  };
}

type Options = ReturnType<typeof parseOptions>;

/** The status, and what decides whether a shared cache (a CDN or nginx's proxy_cache) could keep the response. */
async function probe(url: string): Promise<{ probeStatus: number; cacheControl: string | null; setsCookie: boolean }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  await response.arrayBuffer();
  return { probeStatus: response.status, cacheControl: response.headers.get('cache-control'), setsCookie: response.headers.has('set-cookie') };
}

/**
 * Whether a shared cache may keep the response by its own headers (RFC 9111): an explicit lifetime for shared caches
 * (public, max-age or s-maxage above 0), nothing that forbids storing, no cookie. What nginx does with them.
 */
function sharedCacheMayStore(cacheControl: string | null, setsCookie: boolean): boolean {
  if (!cacheControl || setsCookie) return false;
  const directives = cacheControl.toLowerCase().split(',').map((part) => part.trim());
  if (directives.some((directive) => ['private', 'no-store', 'no-cache'].includes(directive))) return false;
  return directives.some((directive) => /^(s-maxage|max-age)=[1-9]\d*$/.test(directive));
}

const line = (result: LoadResult) =>
  `${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.p50.toFixed(1)}  p95 ${result.p95.toFixed(1)}  p99 ${result.p99.toFixed(1)} ms` +
  `${result.failures ? `  (${result.failures} failed: ${JSON.stringify(result.statusCodes)})` : ''}`;

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
  const servers: RunningServer[] = [];
  const results: ScenarioResult[] = [];
  let serverStartSeconds = 0;
  try {
    // The first instance is the one measured directly (and profiled); the others only serve behind the cache.
    for (let index = 0; index < options.instances; index += 1) {
      const directory = index === 0 && profileDirectory ? path.join(profileDirectory, `${kind}-${size.pilots}`) : undefined;
      servers.push(await startServer(databaseUrl, { profileDirectory: directory }));
    }
    serverStartSeconds = round1((performance.now() - started) / 1000);
    const server = servers[0]!;
    log(`Server answers at ${server.baseUrl} after ${serverStartSeconds} s${servers.length > 1 ? ` (${servers.length} instances)` : ''}`);
    // A page another engineer is still building answers 404: reported as not available, not as a failure.
    const probed = [];
    for (const scenario of chosen) probed.push({ scenario, ...(await probe(server.baseUrl + scenario.paths[0]!)) });
    const available = probed.filter((entry) => entry.probeStatus !== 404);
    for (const entry of probed.filter((item) => item.probeStatus === 404)) log(`  ${entry.scenario.name.padEnd(13)} not available (${entry.scenario.paths[0]} answered 404)`);
    const copy = nginxBinary
      ? await startStaticCopy(nginxBinary, server.baseUrl, Object.fromEntries(available.map(({ scenario }) => [scenario.name, scenario.paths])))
      : undefined;
    const proxy = nginxBinary && options.cache ? await startCachingProxy(nginxBinary, servers.map((instance) => instance.baseUrl)) : undefined;
    try {
      // App, nginx and cache runs alternate per scenario, so all three see the same background load on this shared machine.
      for (const { scenario, ...headers } of probed) {
        const base = {
          name: scenario.name, label: scenario.label, cacheable: scenario.cacheable, distinctPaths: scenario.paths.length,
          ...headers, sharedCacheMayStore: sharedCacheMayStore(headers.cacheControl, headers.setsCookie),
        };
        if (headers.probeStatus === 404) {
          results.push({ ...base, available: false });
          continue;
        }
        const app = await runLoad(server.baseUrl, scenario.paths, options.load);
        const nginx = copy ? await runLoad(copy.baseUrl, copy.paths[scenario.name] ?? [], options.load) : undefined;
        let cached: CachedResult | undefined;
        if (proxy) {
          // A deployment's cache sees popular pages far more often than once per max-age; requesting each distinct
          // path once first measures that steady state instead of the first minute after a restart.
          for (const pagePath of scenario.paths) await (await fetch(proxy.baseUrl + pagePath, { signal: AbortSignal.timeout(30_000) })).arrayBuffer();
          const through = await runLoad(proxy.baseUrl, scenario.paths, options.load, { beforeMeasuring: () => proxy.mark() });
          cached = { ...through, cache: await proxy.counts() };
        }
        log(
          `  ${scenario.name.padEnd(13)} ${line(app)}${nginx ? `   nginx ${nginx.requestsPerSecond.toFixed(0)} req/s` : ''}` +
            `${cached ? `   via cache ${cached.requestsPerSecond.toFixed(0)} req/s (hits ${cached.cache.hit}, misses ${cached.cache.miss}, not cacheable ${cached.cache.uncached})` : ''}` +
            `  load ${app.loadAverage[0].toFixed(1)}, busy before ${(app.busyBefore * 100).toFixed(0)}%`,
        );
        results.push({ ...base, available: true, app, nginx, cached });
      }
    } finally {
      await proxy?.stop();
      await copy?.stop();
    }
  } finally {
    for (const instance of servers) await instance.stop();
  }
  return { kind, size, serverStartSeconds, instances: options.instances, busiestOrganisationPilots: inputs.organisationPilotCounts, engine, scenarios: results };
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
    options: { ...options.load, iterations: options.iterations, sizes: options.sizes, nginxWorkers: 1, instances: options.instances, sharedCache: options.cache },
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
