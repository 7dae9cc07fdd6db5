// SPDX-License-Identifier: EUPL-1.2
/**
 * Throughput check for indexTerms on synthetic Dutch pilot texts of ~1,000 words: `npx tsx src/search/text/bench.ts`.
 * Not a test (timings vary per machine); it prints docs/s so regressions in the hot path are easy to spot.
 * Texts mix stopwords, lexicon words with inflections, novel compounds (cache misses for the splitter),
 * thesaurus phrases and never-seen tokens (names, codes), roughly like real pilot descriptions.
 */
import { performance } from 'node:perf_hooks';
import { concepts, indexTerms } from './index.js';
import { lexiconWords } from './lexicon/index.js';

function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const random = prng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const words = [...lexiconWords()];
const phrases = concepts.flatMap((def) => def.terms);
const stopwords = 'de het een van en in op voor met aan bij die dat is zijn wordt ook om als naar door'.split(' ');
const endings = ['', '', '', 'en', 's', 'e'];
const linkers = ['', '', 's', 'en', 'e'];
let uniqueCounter = 0;

function word(): string {
  const roll = random();
  if (roll < 0.4) return pick(stopwords);
  if (roll < 0.75) return pick(words) + pick(endings);
  if (roll < 0.88) return pick(words) + pick(linkers) + pick(words) + pick(endings);
  if (roll < 0.95) return pick(phrases);
  return `naam${(uniqueCounter++).toString(36)}`;
}

function documentText(wordCount: number): string {
  const parts: string[] = [];
  for (let i = 0; i < wordCount; i++) parts.push(i % 17 === 16 ? `${word()}.` : word());
  return parts.join(' ');
}

function run(label: string, texts: readonly string[]): number {
  let terms = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const text of texts) terms += indexTerms(text).length;
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the neighbours.
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perDoc = cpuMs / texts.length;
  console.log(
    `${label}: ${texts.length} docs, wall ${ms.toFixed(0)} ms, cpu ${cpuMs.toFixed(0)} ms — ` +
      `${perDoc.toFixed(3)} cpu-ms/doc, ${Math.round(1000 / perDoc)} docs/s, ${Math.round(terms / texts.length)} terms/doc`,
  );
  return perDoc;
}

const docs = Number(process.argv[2] ?? 2000);
const texts = Array.from({ length: docs }, () => documentText(1000));
const words1000 = texts[0]?.split(' ').length ?? 0;
console.log(`synthetic documents of ${words1000} words`);
run('cold caches', texts);
run('warm caches', texts);
const fresh = Array.from({ length: docs }, () => documentText(1000));
const steady = run('new texts, warm caches', fresh);
console.log(`estimate for 100,000 such documents: ~${Math.round((steady * 100_000) / 1000)} cpu-s`);
