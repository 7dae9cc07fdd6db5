// SPDX-License-Identifier: EUPL-1.2
/**
 * Summarises a V8 CPU profile written by `npm run bench -- --profile`: the functions with the most self time and
 * the most inclusive time, grouped by function and file, so "where time goes" reads without a browser.
 *   npx tsx bench/profile-summary.ts bench/results/profiles/<run>/<file>.cpuprofile [--top 25] [--filter src/]
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' }, filter: { type: 'string' } } });
const file = positionals[0];
if (!file) throw new Error('Usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [--top 25] [--filter src/]');
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

const shortUrl = (url: string) => url.replace(/^file:\/\//, '').replace(/^.*\/node_modules\//, 'nm:').replace(/^.*\/work\/main\//, '');
const key = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${shortUrl(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

const selfMs = new Map<string, number>();
const totalMs = new Map<string, number>();
let sampledMs = 0;
profile.samples.forEach((sample, index) => {
  const ms = (profile.timeDeltas[index] ?? 0) / 1000;
  sampledMs += ms;
  const leaf = byId.get(sample);
  if (!leaf) return;
  selfMs.set(key(leaf), (selfMs.get(key(leaf)) ?? 0) + ms);
  // Inclusive: every distinct function on the stack once.
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
    const node = byId.get(id)!;
    const name = key(node);
    if (seen.has(name)) continue;
    seen.add(name);
    totalMs.set(name, (totalMs.get(name) ?? 0) + ms);
  }
});

const top = Number(values.top);
const show = (title: string, map: Map<string, number>) => {
  console.log(`\n${title} (of ${(sampledMs / 1000).toFixed(1)} s sampled)`);
  [...map]
    .filter(([name]) => !values.filter || name.includes(values.filter))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([name, ms]) => console.log(`  ${((ms / sampledMs) * 100).toFixed(1).padStart(5)}%  ${(ms / 1000).toFixed(2).padStart(6)} s  ${name}`));
};
show('Self time', selfMs);
show('Inclusive time', totalMs);
