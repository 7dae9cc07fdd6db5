// SPDX-License-Identifier: EUPL-1.2
/**
 * "Similar pilots": sparse term vectors over the same analysis as the search index, TF-IDF weighting from
 * document frequencies the database layer keeps, cosine similarity and a human-readable explanation.
 */
import { analyseText, type TermKind } from './analyse.js';
import { conceptByToken, isConceptToken } from './concepts/index.js';
import { conceptsOfStem } from './matcher.js';

/** A sparse bag of terms with a readable label per term. */
export interface TermVector {
  readonly weights: ReadonlyMap<string, number>;
  /** A surface form per term ("laadpalen" for "laadpal") or the concept label, for explanations. */
  readonly labels: ReadonlyMap<string, string>;
  /** For compound/hyphen part terms: the whole-word terms they were cut from. */
  readonly partOf: ReadonlyMap<string, ReadonlySet<string>>;
}

/** A plain text, or named fields (title, summary, body, …) weighted by TermVectorOptions.fieldWeights. */
export type TermVectorInput = string | Readonly<Record<string, string | null | undefined>>;

/** Inverse document frequencies; `unseen` is used for terms that no stored document has. */
export interface IdfTable {
  readonly weights: ReadonlyMap<string, number>;
  readonly unseen: number;
}

/** How termVector weighs fields and kinds of terms. */
export interface TermVectorOptions {
  /** Weight per field name; unlisted fields weigh 1. A plain string counts as one field of weight 1. */
  readonly fieldWeights?: Readonly<Record<string, number>>;
  /** Weight per term kind. Concepts bridge different wording, parts are weaker evidence than whole words. */
  readonly kindWeights?: Readonly<Partial<Record<TermKind, number>>>;
  /** When given, the vector is TF-IDF weighted (see applyIdf); otherwise it holds weighted term counts. */
  readonly idf?: IdfTable;
}

/** Title words say what a pilot is about far more than body words do. */
export const DEFAULT_FIELD_WEIGHTS: Readonly<Record<string, number>> = { title: 3, summary: 2, body: 1 };
/** Concepts count most (they link different wordings), compound parts least (they are partial evidence). */
export const DEFAULT_KIND_WEIGHTS: Readonly<Record<TermKind, number>> = { word: 1, part: 0.5, concept: 1.5 };

/**
 * Builds a weighted bag of terms: each occurrence adds fieldWeight × kindWeight. Without `idf` the weights are
 * weighted counts (ready for TF-IDF); with it they are TF-IDF weights.
 */
export function termVector(input: TermVectorInput, options: TermVectorOptions = {}): TermVector {
  const fieldWeights = options.fieldWeights ?? DEFAULT_FIELD_WEIGHTS;
  const kindWeights = { ...DEFAULT_KIND_WEIGHTS, ...options.kindWeights };
  const weights = new Map<string, number>();
  const labels = new Map<string, string>();
  const partOf = new Map<string, Set<string>>();
  const fields: [string, string | null | undefined][] =
    typeof input === 'string' ? [['', input]] : Object.entries(input);
  for (const [field, text] of fields) {
    if (text === null || text === undefined || text.length === 0) continue;
    const fieldWeight = field === '' ? 1 : (fieldWeights[field] ?? 1);
    if (fieldWeight <= 0) continue;
    for (const term of analyseText(text)) {
      const weight = fieldWeight * kindWeights[term.kind];
      if (weight <= 0) continue;
      weights.set(term.text, (weights.get(term.text) ?? 0) + weight);
      if (!labels.has(term.text)) labels.set(term.text, term.label);
      if (term.of !== undefined && term.of !== term.text) {
        const wholes = partOf.get(term.text);
        if (wholes === undefined) partOf.set(term.text, new Set([term.of]));
        else wholes.add(term.of);
      }
    }
  }
  const vector: TermVector = { weights, labels, partOf };
  return options.idf === undefined ? vector : applyIdf(vector, options.idf);
}

/** Counts in how many documents each term occurs (once per document), from each document's index terms. */
export function documentFrequencies(documents: Iterable<Iterable<string>>): Map<string, number> {
  const df = new Map<string, number>();
  for (const terms of documents) for (const term of new Set(terms)) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/**
 * Turns document frequencies into IDF weights, BM25-style: ln(1 + (N − df + 0.5) / (df + 0.5)). Always positive,
 * so a term in every document still counts a little instead of cancelling out.
 */
export function idfWeights(
  df: ReadonlyMap<string, number> | Readonly<Record<string, number>>,
  totalDocs: number,
): IdfTable {
  const n = Math.max(0, totalDocs);
  const idf = (count: number): number => {
    const clamped = Math.min(Math.max(0, count), n);
    return Math.log(1 + (n - clamped + 0.5) / (clamped + 0.5));
  };
  const entries: Iterable<[string, number]> = df instanceof Map ? df.entries() : Object.entries(df);
  const weights = new Map<string, number>();
  for (const [term, count] of entries) weights.set(term, idf(count));
  return { weights, unseen: idf(0) };
}

/** Applies IDF to a count vector with sublinear TF: ln(1 + tf) × idf, so repetition saturates. */
export function applyIdf(vector: TermVector, idf: IdfTable): TermVector {
  const weights = new Map<string, number>();
  for (const [term, tf] of vector.weights) weights.set(term, Math.log1p(tf) * (idf.weights.get(term) ?? idf.unseen));
  return { weights, labels: vector.labels, partOf: vector.partOf };
}

// Vectors are never changed after they are built, so a vector's length is computed once: re-ranking compares one
// source with a hundred candidates, and the candidates with the expanded source again.
const norms = new WeakMap<ReadonlyMap<string, number>, number>();

function norm(weights: ReadonlyMap<string, number>): number {
  const known = norms.get(weights);
  if (known !== undefined) return known;
  let sum = 0;
  for (const weight of weights.values()) sum += weight * weight;
  const length = Math.sqrt(sum);
  norms.set(weights, length);
  return length;
}

/** Cosine similarity in [0, 1] for non-negative vectors; 0 when either vector is empty. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a.weights, b.weights] : [b.weights, a.weights];
  let dot = 0;
  for (const [term, weight] of small) dot += weight * (large.get(term) ?? 0);
  if (dot === 0) return 0;
  return dot / (norm(a.weights) * norm(b.weights));
}

/** A term two vectors share, with a label the UI can show ("laadpaal", "parkeren"). */
export interface SharedTerm {
  readonly term: string;
  readonly label: string;
  /** The concept id (`c_laadpaal`) when the shared term is a thesaurus concept. */
  readonly conceptId?: string;
  /** Contribution to the dot product: weight in a × weight in b. */
  readonly score: number;
}

/**
 * The top `k` shared terms by contribution to the similarity, concepts labelled by their thesaurus label and
 * stems by a surface form seen in the text. Evidence is folded upwards so the UI says "laadpaal" once rather
 * than "laadpaal, laadpalen, laad, palen": a part is skipped when the word it was cut from is shared too, and a
 * word is skipped when its concept is shared too.
 */
export function explainOverlap(a: TermVector, b: TermVector, k = 5): SharedTerm[] {
  const shared: { term: string; score: number }[] = [];
  for (const [term, weight] of a.weights) {
    const other = b.weights.get(term);
    if (other !== undefined && other > 0 && weight > 0) shared.push({ term, score: weight * other });
  }
  const sharedTerms = new Set(shared.map((entry) => entry.term));
  shared.sort((x, y) => y.score - x.score || (x.term < y.term ? -1 : x.term > y.term ? 1 : 0));
  const out: SharedTerm[] = [];
  const labelsShown = new Set<string>();
  for (const { term, score } of shared) {
    if (out.length >= Math.max(0, k)) break;
    if (!isConceptToken(term)) {
      if (conceptsOfStem(term).some((concept) => sharedTerms.has(concept))) continue;
      const wholes = [...(a.partOf.get(term) ?? []), ...(b.partOf.get(term) ?? [])];
      if (wholes.some((whole) => sharedTerms.has(whole))) continue;
    }
    const concept = isConceptToken(term) ? conceptByToken(term) : undefined;
    const label = concept?.label ?? a.labels.get(term) ?? b.labels.get(term) ?? term;
    if (labelsShown.has(label)) continue;
    labelsShown.add(label);
    out.push(concept === undefined ? { term, label, score } : { term, label, conceptId: concept.id, score });
  }
  return out;
}
