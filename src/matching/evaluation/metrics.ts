// SPDX-License-Identifier: EUPL-1.2
/**
 * Ranking metrics for "similar pilots" against a labelled set (docs/adr/0009-matching-evaluation.md).
 *
 * Every labelled pilot is a query; the other pilots of its group are its relevant answers ("mates").
 * - precision@1: 1 when the first suggestion is a mate, else 0.
 * - precision@3: mates among the first 3 suggestions, divided by min(3, number of mates), so a perfect ranking
 *   scores 1 also in a group of 3 (2 mates). Missing suggestions (fewer than 3 returned) count as misses.
 * - reciprocal rank: 1 / position of the first mate among the suggestions, 0 when none is returned.
 * The set's figures are means over queries (MRR is the mean reciprocal rank). Pilots without mates (a group
 * of one) are distractors: they stay in the collection but are not queries.
 */

/** One query's outcome: the group of the source and the groups of its suggestions, best first. */
export interface QueryOutcome {
  readonly group: string;
  /** Groups of the returned suggestions in rank order (never the query itself). */
  readonly rankedGroups: readonly string[];
  /** How many other pilots share the query's group. */
  readonly mates: number;
}

export interface QueryScores {
  readonly precisionAt1: number;
  readonly precisionAt3: number;
  readonly reciprocalRank: number;
}

export interface Metrics {
  readonly queries: number;
  readonly precisionAt1: number;
  readonly precisionAt3: number;
  readonly mrr: number;
}

/** The three scores of one query (see the module comment for the definitions). */
export function scoreQuery(outcome: QueryOutcome): QueryScores {
  const hit = (group: string | undefined) => group === outcome.group;
  const first = outcome.rankedGroups.findIndex(hit);
  const inTop3 = outcome.rankedGroups.slice(0, 3).filter(hit).length;
  const possible = Math.min(3, outcome.mates);
  return {
    precisionAt1: hit(outcome.rankedGroups[0]) ? 1 : 0,
    precisionAt3: possible === 0 ? 0 : inTop3 / possible,
    reciprocalRank: first === -1 ? 0 : 1 / (first + 1),
  };
}

/** Means over the queries that have at least one mate; zeros when there are none. */
export function summarise(outcomes: readonly QueryOutcome[]): Metrics {
  const scored = outcomes.filter((outcome) => outcome.mates > 0).map(scoreQuery);
  const mean = (pick: (scores: QueryScores) => number) =>
    scored.length === 0 ? 0 : scored.reduce((sum, scores) => sum + pick(scores), 0) / scored.length;
  return {
    queries: scored.length,
    precisionAt1: mean((scores) => scores.precisionAt1),
    precisionAt3: mean((scores) => scores.precisionAt3),
    mrr: mean((scores) => scores.reciprocalRank),
  };
}

/** Metrics per group, in the order the groups first appear among the outcomes. */
export function summariseByGroup(outcomes: readonly QueryOutcome[]): Map<string, Metrics> {
  const byGroup = new Map<string, QueryOutcome[]>();
  for (const outcome of outcomes) byGroup.set(outcome.group, [...(byGroup.get(outcome.group) ?? []), outcome]);
  return new Map([...byGroup].map(([group, list]) => [group, summarise(list)]));
}
