// SPDX-License-Identifier: EUPL-1.2

/**
 * How many pilots contain each analysed term (kept by database triggers, see the migration). The row with the
 * empty term counts all pilots. Read for the IDF weights of "similar pilots".
 */
export type TermStatsTable = {
  term: string;
  docCount: number;
};

// A type alias (not an interface) so it satisfies Kysely's withTables<Record<string, …>> constraint.
export type MatchingTables = {
  termStats: TermStatsTable;
};
