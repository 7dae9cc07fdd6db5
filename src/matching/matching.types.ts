// SPDX-License-Identifier: EUPL-1.2

/** Why two pilots look alike; `values` are readable words, theme or purpose codes, or organisation names. */
export interface SimilarityReason {
  readonly type: 'shared_terms' | 'same_theme' | 'same_purpose' | 'shared_organisations' | 'linked_by_moderator';
  readonly values: string[];
}

/** A pilot that looks like the one being viewed or registered (contracts.md: matching). */
export interface SimilarPilot {
  readonly id: number;
  readonly title: string;
  /** 0..1; higher is more alike. */
  readonly score: number;
  readonly reasons: SimilarityReason[];
}
