// SPDX-License-Identifier: EUPL-1.2
import os from 'node:os';
import autocannon from 'autocannon';

/** What one bounded load run measured. Latencies in milliseconds. */
export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly requests: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly mean: number;
  /** Responses that were not 2xx, plus connection errors and timeouts: any of these makes the figures suspect. */
  readonly failures: number;
  readonly statusCodes: Record<string, number>;
  readonly bytesPerResponse: number;
  /** The 1-minute load average before and after the run (the machine is shared). */
  readonly loadAverage: readonly [number, number];
  /** Share of all cores busy (with other work: the bench idles meanwhile) just before the run, 0..1. */
  readonly busyBefore: number;
}

export interface LoadOptions {
  readonly connections: number;
  readonly durationSeconds: number;
  readonly warmupSeconds: number;
  /** Waits up to this long before measuring for the machine to be mostly idle (others' tests); 0 never waits. */
  readonly quietWaitSeconds: number;
}

/** The share of all cores busy over `ms`, from the kernel's per-core counters. */
async function busyShare(ms: number): Promise<number> {
  const total = () => os.cpus().reduce((sum, cpu) => ({ idle: sum.idle + cpu.times.idle, all: sum.all + Object.values(cpu.times).reduce((a, b) => a + b, 0) }), { idle: 0, all: 0 });
  const before = total();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const after = total();
  const all = after.all - before.all;
  return all > 0 ? 1 - (after.idle - before.idle) / all : 0;
}

/**
 * On a shared machine other work steals the cores the server and the load generator need. Waits, at most
 * `maxSeconds`, until under half of the machine is busy; returns the last busy share seen.
 */
export async function waitForQuiet(maxSeconds: number): Promise<number> {
  const deadline = Date.now() + maxSeconds * 1000;
  let busy = await busyShare(1000);
  while (busy > 0.5 && Date.now() < deadline) busy = await busyShare(2000);
  return busy;
}

// Enough for 10 s at 100,000 req/s; beyond that the sample is more than plenty, so later responses are skipped.
const maxSamples = 1_000_000;

/** The value below which `share` of the sorted samples fall (nearest rank). */
export function percentile(sorted: ArrayLike<number>, share: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
}

function onlyLoopback(baseUrl: string): void {
  const host = new URL(baseUrl).hostname;
  if (host !== '127.0.0.1') throw new Error(`the bench only sends traffic to 127.0.0.1, not ${host}`);
}

function fire(baseUrl: string, paths: readonly string[], connections: number, durationSeconds: number, latencies?: Float64Array, counter?: { n: number }) {
  let next = 0;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const options: autocannon.Options = {
      url: baseUrl,
      connections,
      duration: durationSeconds,
      timeout: 10,
      // Each request takes the next path in turn, so repeated identical queries do not flatter caches.
      requests: [
        {
          method: 'GET',
          setupRequest: (request) => {
            request.path = paths[next % paths.length]!;
            next += 1;
            return request;
          },
        },
      ],
    };
    const instance = autocannon(options, (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)));
    if (latencies && counter) {
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        if (counter.n < latencies.length) latencies[counter.n++] = responseTime;
      });
    }
  });
}

/**
 * Runs a bounded load (a warm-up that is thrown away, then `durationSeconds` of measuring) against `paths` on a
 * loopback server with a fixed number of keep-alive connections. Percentiles come from every response's own time.
 * `hooks.beforeMeasuring` runs between the warm-up and the measured run (the caching proxy starts counting there).
 */
export async function runLoad(baseUrl: string, paths: readonly string[], options: LoadOptions, hooks: { beforeMeasuring?: () => void } = {}): Promise<LoadResult> {
  onlyLoopback(baseUrl);
  if (paths.length === 0) throw new Error('no paths to load');
  // Measured while the bench's own processes idle, so what is busy is other work.
  const busyBefore = await waitForQuiet(options.quietWaitSeconds);
  if (options.warmupSeconds > 0) await fire(baseUrl, paths, options.connections, options.warmupSeconds);
  hooks.beforeMeasuring?.();
  const latencies = new Float64Array(maxSamples);
  const counter = { n: 0 };
  const loadBefore = os.loadavg()[0]!;
  const result = await fire(baseUrl, paths, options.connections, options.durationSeconds, latencies, counter);
  const loadAfter = os.loadavg()[0]!;
  const sorted = latencies.subarray(0, counter.n).sort();
  let sum = 0;
  for (const value of sorted) sum += value;
  const statusCodes: Record<string, number> = {};
  for (const [code, stats] of Object.entries(result.statusCodeStats ?? {})) statusCodes[code] = (stats as { count: number }).count;
  const responses = result.requests.total;
  return {
    requestsPerSecond: responses / (result.duration || options.durationSeconds),
    requests: responses,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    mean: sorted.length > 0 ? sum / sorted.length : Number.NaN,
    failures: result.non2xx + result.errors + result.timeouts,
    statusCodes,
    bytesPerResponse: responses > 0 ? result.throughput.total / responses : 0,
    loadAverage: [loadBefore, loadAfter],
    busyBefore,
  };
}
