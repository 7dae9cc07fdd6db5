// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import path from 'node:path';
import type { BenchSize } from './databases.js';
import type { EngineTimes } from './engine-time.js';
import type { LoadResult } from './load.js';
import type { CacheCounts } from './nginx.js';

/** The same load sent through nginx with proxy_cache in front of the platform, and how the cache answered. */
export interface CachedResult extends LoadResult {
  readonly cache: CacheCounts;
}

export interface ScenarioResult {
  readonly name: string;
  readonly label: string;
  readonly cacheable: boolean;
  readonly distinctPaths: number;
  /** False when the route answered 404 (not built yet): no figures, shown as "not available". */
  readonly available: boolean;
  /** The status of the first path when probed before the load. */
  readonly probeStatus: number;
  /** The response's Cache-Control, and whether it sets a cookie (which keeps shared caches from storing it). */
  readonly cacheControl: string | null;
  readonly setsCookie: boolean;
  /** Whether those headers let a shared cache store the response (else the cache passes every request on). */
  readonly sharedCacheMayStore: boolean;
  readonly app?: LoadResult;
  readonly nginx?: LoadResult;
  readonly cached?: CachedResult;
}

export interface SizeRun {
  readonly kind: 'sqlite' | 'postgres';
  readonly size: BenchSize;
  readonly serverStartSeconds: number;
  /** Platform processes behind the caching proxy (direct figures always come from the first). */
  readonly instances: number;
  readonly busiestOrganisationPilots: readonly number[];
  readonly engine: EngineTimes;
  readonly scenarios: ScenarioResult[];
}

export interface BenchResults {
  readonly startedAt: string;
  finishedAt?: string;
  readonly machine: Record<string, unknown>;
  readonly options: Record<string, unknown>;
  readonly runs: SizeRun[];
}

/** The targets of the brief: shown against the figures, never a reason to fail. */
export const targets = { pageP95Ms: 50, searchOverEngine: 2, shareOfNginx: 0.3, largeOverSmallP95: 1.5 } as const;

const ms = (value: number | undefined) => (value === undefined || Number.isNaN(value) ? '–' : value < 10 ? value.toFixed(1) : value.toFixed(0));
const rate = (value: number | undefined) => (value === undefined ? '–' : value.toFixed(0));
const mark = (ok: boolean) => (ok ? 'ok' : 'MISS');
/**
 * Time per request at saturation. On SQLite one Node process with a synchronous driver handles one request at a
 * time, so this is what each request costs the server; latency at N connections is about N times that.
 */
const serverTime = (scenario: { app: LoadResult }) => 1000 / scenario.app.requestsPerSecond;
const sizeName = (size: BenchSize) => `${size.pilots.toLocaleString('en')} pilots / ${size.participations.toLocaleString('en')} participations`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((width, column) => (column === 0 ? '-' : '').padEnd(width + 1, '-') + (column === 0 ? '-' : ':')).join('|')}|`, ...rows.map(line)].join('\n');
}

const percent = (part: number, whole: number | undefined) => (whole ? `${((part / whole) * 100).toFixed(1)}%` : '–');
const hitShare = (cached: CachedResult) => {
  const all = cached.cache.hit + cached.cache.miss + cached.cache.uncached;
  return all > 0 ? `${((cached.cache.hit / all) * 100).toFixed(0)}%` : '–';
};

/**
 * The side-by-side table for one database kind: the largest size's figures with the smallest size's p95 beside,
 * the raw engine time, nginx serving the same bytes as static files, and the same load through nginx's shared
 * cache in front of the platform.
 */
export function renderKind(runs: readonly SizeRun[]): string {
  const sorted = [...runs].sort((a, b) => b.size.pilots - a.size.pilots);
  const large = sorted[0]!;
  const small = sorted.length > 1 ? sorted[sorted.length - 1]! : undefined;
  const label = (size: BenchSize) => (size.pilots >= 1000 ? `${size.pilots / 1000}k` : String(size.pilots));
  const smallLabel = small ? label(small.size) : 'smaller';
  const header = [
    'scenario', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', `${smallLabel} p95`, `${label(large.size)}/${smallLabel}`, 'engine ms',
    'nginx static req/s', 'app % static', 'via cache req/s', 'hits', 'via cache % static',
  ];
  const rows = large.scenarios.map((scenario) => {
    const name = `${scenario.name} ${scenario.label}`;
    if (!scenario.available || !scenario.app) return [`${name} (not available: ${scenario.probeStatus})`, ...header.slice(1).map(() => '–')];
    const smaller = small?.scenarios.find((entry) => entry.name === scenario.name);
    const nginx = scenario.nginx?.requestsPerSecond;
    return [
      `${name}${scenario.app.failures > 0 ? ` (${scenario.app.failures} failed)` : ''}`,
      rate(scenario.app.requestsPerSecond),
      ms(scenario.app.p50),
      ms(scenario.app.p95),
      ms(scenario.app.p99),
      ms(smaller?.app?.p95),
      smaller?.app ? (scenario.app.p95 / smaller.app.p95).toFixed(2) : '–',
      ms(large.engine.engine[scenario.name]?.mean),
      rate(nginx),
      percent(scenario.app.requestsPerSecond, nginx),
      rate(scenario.cached?.requestsPerSecond),
      scenario.cached ? (scenario.sharedCacheMayStore ? hitShare(scenario.cached) : 'not cacheable') : '–',
      scenario.cached ? percent(scenario.cached.requestsPerSecond, nginx) : '–',
    ];
  });
  const instances = large.instances > 1 ? `, ${large.instances} platform processes behind the cache` : '';
  const lines = [`${large.kind}: ${sizeName(large.size)}${small ? ` (beside ${sizeName(small.size)})` : ''}${instances}`, table(header, rows), ''];
  const measured = large.scenarios.filter((scenario): scenario is ScenarioResult & { app: LoadResult } => scenario.available && scenario.app !== undefined);
  for (const name of ['list', 'search', 'api-search']) {
    const engine = large.engine.engine[name];
    const service = large.engine.service[name];
    const page = measured.find((scenario) => scenario.name === name);
    if (!engine || !page) continue;
    lines.push(
      `${name}: engine (search SQL: page of ids + total) mean ${ms(engine.mean)} ms, p95 ${ms(engine.p95)} ms; service (adds summaries) mean ${ms(service?.mean)} ms; ` +
        `time per request at saturation (1000 / req/s) ${ms(serverTime(page))} ms = ${(serverTime(page) / engine.mean).toFixed(1)}× engine; page p50 ${ms(page.app.p50)} ms = ${(page.app.p50 / engine.mean).toFixed(1)}× engine`,
    );
  }
  const headers = large.scenarios.map((scenario) => `${scenario.name}: ${scenario.cacheControl ?? 'no Cache-Control'}${scenario.setsCookie ? ' + Set-Cookie' : ''}`);
  lines.push(`Caching headers (anonymous): ${headers.join('; ')}`);
  const busy = (run: SizeRun) => run.scenarios.map((scenario) => `${scenario.name} ${((scenario.app?.busyBefore ?? Number.NaN) * 100).toFixed(0)}%`).join(', ');
  lines.push(`Machine busy with other work just before each run (share of all cores): ${busy(large)}${small ? `; at ${smallLabel}: ${busy(small)}` : ''}`);
  const loads = (run: SizeRun) => run.scenarios.map((scenario) => `${scenario.name} ${scenario.app ? scenario.app.loadAverage[0].toFixed(1) : '–'}`).join(', ');
  lines.push(`Load average (1 min) at the start of each platform run: ${loads(large)}${small ? `; at ${smallLabel}: ${loads(small)}` : ''}`);
  for (const name of ['home', 'similar']) {
    const service = large.engine.service[name];
    if (service) lines.push(`${name}: service time in-process mean ${ms(service.mean)} ms, p95 ${ms(service.p95)} ms`);
  }
  lines.push('', 'Targets (shown, not enforced; "via cache" = nginx proxy_cache honouring the platform\'s Cache-Control):');
  for (const scenario of measured) {
    const smaller = small?.scenarios.find((entry) => entry.name === scenario.name);
    const engine = large.engine.engine[scenario.name];
    const checks = [`p95<${targets.pageP95Ms}ms ${mark(scenario.app.p95 < targets.pageP95Ms)}`];
    if (smaller?.app) checks.push(`≤${targets.largeOverSmallP95}× small ${mark(scenario.app.p95 <= targets.largeOverSmallP95 * smaller.app.p95)}`);
    if (engine && scenario.name !== 'list') checks.push(`≤${targets.searchOverEngine}× engine ${mark(serverTime(scenario) <= targets.searchOverEngine * engine.mean)}`);
    if (scenario.cacheable && scenario.nginx) {
      const shareOf = (result: LoadResult | undefined) => mark(result !== undefined && result.requestsPerSecond >= targets.shareOfNginx * scenario.nginx!.requestsPerSecond);
      checks.push(`≥${targets.shareOfNginx * 100}% nginx: direct ${shareOf(scenario.app)}, via cache ${scenario.cached ? shareOf(scenario.cached) : '–'}`);
    }
    lines.push(`  ${scenario.name.padEnd(13)} ${checks.join('  ')}`);
  }
  const missing = large.scenarios.filter((scenario) => !scenario.available).map((scenario) => `${scenario.label} (answered ${scenario.probeStatus})`);
  if (missing.length > 0) lines.push(`  not available yet: ${missing.join(', ')}`);
  return lines.join('\n');
}

/** Every kind's table. */
export function renderResults(results: BenchResults): string {
  const kinds = [...new Set(results.runs.map((run) => run.kind))];
  const machine = results.machine;
  const head = `Machine: ${String(machine.cpus)} cores (${String(machine.cpuModel)}), ${String(machine.memoryGiB)} GiB, Node ${String(machine.node)}; load average at start ${String(machine.loadAverageStart)}, at end ${String(machine.loadAverageEnd)}`;
  return [head, '', ...kinds.map((kind) => renderKind(results.runs.filter((run) => run.kind === kind)))].join('\n\n');
}

/** Writes bench/results/<timestamp>.json and latest.json; returns the timestamped file. */
export function writeResults(directory: string, results: BenchResults): string {
  fs.mkdirSync(directory, { recursive: true });
  const file = path.join(directory, `${results.startedAt.replace(/[:.]/g, '-')}.json`);
  const text = `${JSON.stringify(results, null, 2)}\n`;
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(directory, 'latest.json'), text);
  return file;
}
