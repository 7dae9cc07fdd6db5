// SPDX-License-Identifier: EUPL-1.2
import { applyIdf, isAspectToken, isConceptToken, type IdfTable, type TermVector } from '../search/text/index.js';

/**
 * Term vectors built from the analysed `search_terms` of a pilot, so stored pilots and typed text are compared in
 * exactly the form the full-text index holds them (title ×3, summary ×2, body ×1 by repetition). Concept tokens
 * weigh more: they are what connects "laadpaal" with "oplaadpunt" across different wording.
 */
export const conceptWeight = 1.5;

/** Concepts of how a pilot works (data, privacy, research) rather than what it is about count less. */
export const aspectWeight = 0.5;

/** Weighted term counts of a space-separated term string. */
export function termCounts(searchTerms: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of searchTerms.split(' ')) {
    if (term === '') continue;
    counts.set(term, (counts.get(term) ?? 0) + (isConceptToken(term) ? (isAspectToken(term) ? aspectWeight : conceptWeight) : 1));
  }
  return counts;
}

/** How to show terms: readable labels and the words compound parts were cut from (see termVector). */
export type TermShape = Pick<TermVector, 'labels' | 'partOf'>;

const noShape: TermShape = { labels: new Map(), partOf: new Map() };

/** TF-IDF vector (sublinear tf) of weighted counts; the shape makes shared terms readable. */
export function weightedVector(counts: ReadonlyMap<string, number>, idf: IdfTable, shape: TermShape = noShape): TermVector {
  return applyIdf({ weights: counts, labels: shape.labels, partOf: shape.partOf }, idf);
}

export interface DistinctiveOptions {
  /** At most this many terms. */
  readonly max: number;
  /** Terms in fewer pilots are useless for retrieval (1 when the source itself is indexed: only itself has it). */
  readonly minDf: number;
  /** Terms in more than this share of all pilots say little about a topic and make the query slow. */
  readonly maxDfShare: number;
  /** Document frequency that never counts as too common, whatever the share. */
  readonly alwaysAllowedDf: number;
  /** Upper bound on the summed document frequencies, which bounds the work of the full-text query. */
  readonly postingsBudget: number;
}

/**
 * The source's most distinctive terms, highest TF-IDF weight first, for the candidate query. Terms are skipped
 * when too rare to find anything else or too common to mean anything; the summed document frequencies stay
 * within a budget, so the full-text query reads a bounded number of index entries even at 100,000 pilots.
 */
export function distinctiveTerms(vector: TermVector, df: ReadonlyMap<string, number>, total: number, options: DistinctiveOptions): string[] {
  const ranked = [...vector.weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // In a small collection every word is "common"; the share only starts to bite from a few hundred pilots.
  const maxDf = Math.max(options.minDf, options.alwaysAllowedDf, Math.floor(total * options.maxDfShare));
  const chosen: string[] = [];
  let postings = 0;
  for (const [term] of ranked) {
    if (chosen.length >= options.max) break;
    const count = df.get(term) ?? 0;
    if (count < options.minDf || count > maxDf) continue;
    // Always allow two terms, even common ones, so a query never ends up empty for lack of budget.
    if (chosen.length >= 2 && postings + count > options.postingsBudget) continue;
    chosen.push(term);
    postings += count;
  }
  return chosen;
}

/** The share of `query`'s weight on terms that `document` contains too, 0..1. */
export function coverage(query: TermVector, document: TermVector): number {
  let covered = 0;
  let total = 0;
  for (const [term, weight] of query.weights) {
    total += weight;
    if ((document.weights.get(term) ?? 0) > 0) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

// Words about time say when something happens (milestones), not what a pilot is about.
const timeWords = new Set([
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'voorjaar', 'zomer', 'najaar', 'winter', 'kwartaal', 'week', 'weken', 'maand', 'maanden', 'jaar', 'jaren', 'dag', 'dagen',
]);

/**
 * Whether a shared term is worth showing as a reason: not a number or a word about time, and not so common that
 * it says nothing (in more than `maxShare` of all pilots, once there are enough pilots to tell).
 */
export function worthExplaining(term: string, label: string, df: ReadonlyMap<string, number>, total: number, maxShare = 0.3): boolean {
  const word = label.toLowerCase();
  if (/^\d+$/.test(word) || timeWords.has(word) || timeWords.has(term)) return false;
  return total < 40 || (df.get(term) ?? 0) <= total * maxShare;
}

function unitWeights(weights: ReadonlyMap<string, number>): Map<string, number> {
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  const length = Math.sqrt(sum) || 1;
  return new Map([...weights].map(([term, weight]) => [term, weight / length]));
}

/**
 * Pseudo-relevance feedback (Rocchio): the source vector plus `weight` × the mean of its `neighbours` closest
 * candidates (all unit length; `similarity` is each candidate's cosine with the source). Pilots on one subject share its core vocabulary, so the nearest few pull the
 * query towards what they have in common and away from the source's incidental words; a candidate that shares
 * the subject but not the source's wording then ranks higher. Labels stay those of the source.
 */
export function expandWithNeighbours(
  source: TermVector,
  candidates: readonly { readonly vector: TermVector; readonly similarity: number }[],
  options: { neighbours: number; weight: number },
): TermVector {
  if (options.neighbours <= 0 || options.weight <= 0 || candidates.length === 0) return source;
  const nearest = candidates
    .filter((entry) => entry.similarity > 0)
    .sort((a, b) => b.similarity - a.similarity)
    .slice(0, options.neighbours);
  if (nearest.length === 0) return source;
  const weights = unitWeights(source.weights);
  for (const { vector } of nearest) {
    for (const [term, weight] of unitWeights(vector.weights)) {
      weights.set(term, (weights.get(term) ?? 0) + (options.weight * weight) / nearest.length);
    }
  }
  return { weights, labels: source.labels, partOf: source.partOf };
}
