// SPDX-License-Identifier: EUPL-1.2

/** What is known about one candidate compared with the source pilot or text. */
export interface MatchSignals {
  /** Cosine similarity of the whole texts' TF-IDF vectors, 0..1. */
  readonly text: number;
  /** Cosine similarity of the titles alone, 0..1: a shared title word says more than a shared body word. */
  readonly title: number;
  /**
   * For typed text only (else 0): the share of the text's weight that the candidate contains, 0..1. Cosine
   * punishes a long pilot for everything the few typed words do not mention; coverage does not.
   */
  readonly coverage: number;
  /** Shared themes over all themes of both (Jaccard), 0..1; 0 when either has none. */
  readonly themeOverlap: number;
  readonly samePurpose: boolean;
  /** Organisations (initiator or participant) involved in both. */
  readonly sharedOrganisations: number;
  /** A moderator linked the two pilots by hand. */
  readonly linked: boolean;
}

/**
 * Weights of the score (documented in docs: matching). The text decides; structured facts only strengthen a
 * match that the text already shows, except a moderator's link, which is a human judgement and always counts.
 */
export const scoring = {
  titleShare: 0.25,
  /** How much full coverage of typed text counts, relative to a cosine of 1. */
  coverageWeight: 0.4,
  /** Raw text similarity at which a pair counts as a full textual match (score 1 before bonuses). */
  fullMatchAt: 0.45,
  /** Below this textual score a candidate is not shown, whatever its themes or organisations. */
  minTextScore: 0.1,
  /** Below this score a match is too weak to show (one shared everyday word); a moderator's link always shows. */
  minScore: 0.2,
  themeBonus: 0.15,
  purposeBonus: 0.05,
  organisationBonus: 0.05,
  maxOrganisationBonus: 0.1,
  linkBonus: 0.35,
} as const;

/** The textual part of the score, 0..1. */
export function textScore(signals: Pick<MatchSignals, 'text' | 'title' | 'coverage'>): number {
  const text = Math.max(signals.text, scoring.coverageWeight * signals.coverage);
  const raw = (1 - scoring.titleShare) * text + scoring.titleShare * signals.title;
  return Math.min(1, raw / scoring.fullMatchAt);
}

/**
 * The score 0..1, or null when the candidate should not be shown. Bonuses fill part of the remaining distance to
 * 1, so they can never push a weak textual match above a strong one by much, and the score never exceeds 1.
 */
export function matchScore(signals: MatchSignals): number | null {
  const base = textScore(signals);
  if (base < scoring.minTextScore && !signals.linked) return null;
  const bonus =
    scoring.themeBonus * signals.themeOverlap +
    (signals.samePurpose ? scoring.purposeBonus : 0) +
    Math.min(scoring.maxOrganisationBonus, scoring.organisationBonus * signals.sharedOrganisations) +
    (signals.linked ? scoring.linkBonus : 0);
  const score = Math.round(Math.min(1, base + (1 - base) * Math.min(1, bonus)) * 1000) / 1000;
  return score >= scoring.minScore || signals.linked ? score : null;
}

export type MatchStrength = 'strong' | 'good' | 'some';

/** Words instead of a bare number: how to describe a score to people. */
export function matchStrength(score: number): MatchStrength {
  if (score >= 0.6) return 'strong';
  if (score >= 0.35) return 'good';
  return 'some';
}

/** Jaccard overlap of two sets of themes. */
export function themeOverlap<T>(a: readonly T[], b: readonly T[]): { shared: T[]; overlap: number } {
  const other = new Set(b);
  const shared = [...new Set(a)].filter((item) => other.has(item));
  const union = new Set([...a, ...b]).size;
  return { shared, overlap: union === 0 ? 0 : shared.length / union };
}
