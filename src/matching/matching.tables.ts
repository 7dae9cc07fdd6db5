// SPDX-License-Identifier: EUPL-1.2

/**
 * How many pilots contain each analysed term (kept by database triggers, see the migration). The row with the
 * empty term counts all pilots. Read for the IDF weights of "similar pilots".
 */
export type TermStatsTable = {
  term: string;
  docCount: number;
};

/** A pilot's stored "similar pilots" list (ADR 0013); its entries are in similar_pilot_items. */
export type SimilarPilotListsTable = {
  pilotId: number;
  computedAt: string;
  /** 1 when something the list was computed from changed; still served until the job recomputes it. */
  stale: number;
  /** Bumped by every change; a recompute stores its result only if the version it started from is current. */
  version: number;
  /** Set while a job instance recomputes the list (ISO time the claim expires). */
  claimedUntil: string | null;
};

/** One entry of a stored list, in rank order; reasons as JSON (SimilarityReason[]). */
export type SimilarPilotItemsTable = {
  pilotId: number;
  rank: number;
  similarId: number;
  score: number;
  reasons: string;
};

// A type alias (not an interface) so it satisfies Kysely's withTables<Record<string, …>> constraint.
export type MatchingTables = {
  termStats: TermStatsTable;
  similarPilotLists: SimilarPilotListsTable;
  similarPilotItems: SimilarPilotItemsTable;
};
