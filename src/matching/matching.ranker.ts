// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import type { Purpose, Theme } from '../pilots/pilots.tables.js';
import type { AppContext } from '../platform/module.js';
import { cosine, explainOverlap, idfWeights, termVector, type IdfTable, type TermVector } from '../search/text/index.js';
import { candidateSearch } from './candidates.repository.js';
import { matchingRepository, type MatchDocument } from './matching.repository.js';
import { matchScore, themeOverlap, type MatchSignals } from './matching.scoring.js';
import { coverage, distinctiveTerms, expandWithNeighbours, termCounts, weightedVector, worthExplaining, type TermShape } from './matching.vectors.js';
import { termStatsRepository } from './term-stats.repository.js';

/** What a ranking starts from: a stored pilot or text being typed. */
export interface MatchSource {
  /** Set for a stored pilot: never suggested to itself, and its own terms do not count as evidence. */
  readonly id?: number;
  /** For text: a pilot not to suggest (the one being edited). */
  readonly excludeId?: number;
  readonly title: string;
  /** Analysed terms in the stored form (pilotSearchTerms). */
  readonly searchTerms: string;
  /** Labels and compound parts of the source's terms, for readable reasons. */
  readonly shape: TermShape;
  readonly themes: readonly Theme[];
  readonly purpose: Purpose | null;
  readonly organisationIds: readonly number[];
  /** Pilots a moderator linked to this one. */
  readonly linkedIds: readonly number[];
}

/** A ranked candidate with the evidence the service turns into reasons. */
export interface RankedMatch {
  readonly id: number;
  readonly title: string;
  readonly score: number;
  readonly sharedLabels: string[];
  readonly sharedThemes: Theme[];
  readonly samePurpose: Purpose | null;
  readonly sharedOrganisationIds: number[];
  readonly linked: boolean;
}

export const retrieval = {
  /** How many full-text candidates are re-ranked. */
  candidates: 100,
  /** Extra candidates asked for, to make up for unlisted ones. */
  spare: 50,
  distinctive: { max: 12, maxDfShare: 0.2, alwaysAllowedDf: 50, postingsBudget: 6_000 },
  /** Shared words shown per match. */
  reasonTerms: 4,
} as const;

/**
 * Pseudo-relevance feedback (see expandWithNeighbours): the 2 nearest candidates at half the source's weight.
 * Measured with `npm run eval:similar` (docs/adr/0009-matching-evaluation.md): precision@3 0.83 → 0.89 on the
 * tuning groups; 1 or 3 neighbours and weights 0.3–1.2 did as well or slightly worse.
 */
export const relevanceFeedback = { neighbours: 2, weight: 0.5 } as const;

/**
 * The ranking: full-text retrieval with the source's most distinctive terms, then a re-rank in TypeScript by
 * cosine similarity of TF-IDF vectors (whole text and title) with structured signals on top.
 *
 * Why it stays fast at 100,000 pilots: document frequencies come from term_stats by primary key (kept by
 * triggers), never from counting; the retrieval query uses at most 12 terms whose summed document frequencies
 * stay within a budget, so the index reads a bounded number of postings; only ~100 candidates are loaded and
 * scored; every step is one query for all candidates (term frequencies ×2, candidates, documents + themes,
 * participants), none per candidate. Measured on 100,000 synthetic pilots: see src/matching/matching.bench.ts.
 */
export async function rankSimilar(context: AppContext, source: MatchSource, limit: number): Promise<RankedMatch[]> {
  const stats = termStatsRepository(context.db);
  const repository = matchingRepository(context.db);
  const listedAt = nowIso();

  const sourceCounts = termCounts(source.searchTerms);
  const sourceStats = await stats.frequencies(sourceCounts.keys());
  const sourceIdf = idfWeights(sourceStats.df, sourceStats.total);
  const sourceVector = weightedVector(sourceCounts, sourceIdf);
  const queryTerms = distinctiveTerms(sourceVector, sourceStats.df, sourceStats.total, { ...retrieval.distinctive, minDf: source.id === undefined ? 1 : 2 });

  const excludeId = source.id ?? source.excludeId;
  const weighted = queryTerms.map((term) => ({ term, weight: sourceIdf.weights.get(term) ?? sourceIdf.unseen }));
  // Ask for extra: unlisted pilots (drafts, hidden) are dropped when the documents load.
  const found = weighted.length > 0 ? await candidateSearch(context.dbKind).candidates(context.db, weighted, retrieval.candidates + retrieval.spare) : [];
  const ids = [...new Set([...found, ...source.linkedIds])].filter((id) => id !== excludeId);
  const position = new Map(ids.map((id, index) => [id, index]));
  const linkedSet = new Set(source.linkedIds);
  // Keep the best `candidates` listed hits (in the index's order) plus every listed linked pilot.
  const listed = (await repository.documents(ids, { listedAt })).sort((a, b) => position.get(a.id)! - position.get(b.id)!);
  const hits = listed.filter((doc) => !linkedSet.has(doc.id)).slice(0, retrieval.candidates);
  const documents = [...hits, ...listed.filter((doc) => linkedSet.has(doc.id))];
  if (documents.length === 0) return [];

  // Document frequencies of the candidates' other terms, so their vectors' lengths are right.
  const candidateCounts = new Map(documents.map((doc) => [doc.id, termCounts(doc.searchTerms)]));
  const unknown = new Set<string>();
  for (const counts of candidateCounts.values()) for (const term of counts.keys()) if (!sourceCounts.has(term)) unknown.add(term);
  const docIds = documents.map((doc) => doc.id);
  const [more, participants] = await Promise.all([
    stats.frequencies(unknown),
    repository.participantsOf(source.id === undefined ? docIds : [source.id, ...docIds]),
  ]);
  const df = new Map([...sourceStats.df, ...more.df]);
  const idf = idfWeights(df, Math.max(sourceStats.total, more.total));
  const fullSource = weightedVector(sourceCounts, idf, source.shape);
  const titleSource = termVector(source.title, { idf });

  const sourceOrganisations = new Set([...source.organisationIds, ...(source.id === undefined ? [] : (participants.get(source.id) ?? []))]);

  const candidates = new Map(documents.map((doc) => {
    const vector = weightedVector(candidateCounts.get(doc.id)!, idf);
    return [doc.id, { vector, similarity: cosine(fullSource, vector) }] as const;
  }));
  const textSource = expandWithNeighbours(fullSource, [...candidates.values()], relevanceFeedback);
  const scored = documents.flatMap((doc) => {
    const match = compare(doc, candidates.get(doc.id)!, idf);
    return match ? [match] : [];
  });
  const best = scored.sort((a, b) => b.score - a.score || a.id - b.id).slice(0, limit);
  // Explanations only for what is shown.
  const total = Math.max(sourceStats.total, more.total);
  const explain = (vector: TermVector) =>
    explainOverlap(fullSource, vector, 3 * retrieval.reasonTerms)
      .filter((shared) => worthExplaining(shared.term, shared.label, df, total))
      .slice(0, retrieval.reasonTerms)
      .map((shared) => shared.label);
  return best.map(({ vector, ...match }) => ({ ...match, sharedLabels: explain(vector) }));

  function compare(doc: MatchDocument, { vector, similarity }: { vector: TermVector; similarity: number }, weights: IdfTable): (Omit<RankedMatch, 'sharedLabels'> & { vector: TermVector }) | null {
    const themes = themeOverlap(source.themes, doc.themes);
    const organisations = [doc.initiatorOrganisationId, ...(participants.get(doc.id) ?? [])].filter((id) => sourceOrganisations.has(id));
    const sharedOrganisationIds = [...new Set(organisations)];
    const samePurpose = source.purpose !== null && source.purpose === doc.purpose ? doc.purpose : null;
    const signals: MatchSignals = {
      text: textSource === fullSource ? similarity : cosine(textSource, vector),
      coverage: source.id === undefined ? coverage(fullSource, vector) : 0,
      title: cosine(titleSource, termVector(doc.title, { idf: weights })),
      themeOverlap: themes.overlap,
      samePurpose: samePurpose !== null,
      sharedOrganisations: sharedOrganisationIds.length,
      linked: linkedSet.has(doc.id),
    };
    // The neighbours only reorder: whether a candidate is shown at all is decided on its own text, so a pilot
    // without real look-alikes does not inherit its neighbours' ones.
    if (textSource !== fullSource && matchScore({ ...signals, text: similarity }) === null) return null;
    const score = matchScore(signals);
    if (score === null) return null;
    return {
      id: doc.id,
      title: doc.title,
      score,
      vector,
      sharedThemes: themes.shared,
      samePurpose,
      sharedOrganisationIds,
      linked: signals.linked,
    };
  }
}
