// SPDX-License-Identifier: EUPL-1.2

/**
 * Precomputed aggregates, one row per dashboard (now only "national"). The periodic job claims a row with a
 * conditional UPDATE on `claimed_until` before recomputing, so several instances never compute at once.
 */
export interface DashboardSnapshotsTable {
  name: string;
  /** JSON of the aggregates; '' until the first refresh. */
  payload: string;
  /** When the payload was computed; '' until the first refresh. */
  refreshedAt: string;
  /** Set while an instance recomputes; a claim older than this time has expired (crashed instance). */
  claimedUntil: string | null;
}

export interface DashboardsTables {
  dashboardSnapshots: DashboardSnapshotsTable;
}

// The shared schema type (src/db/schema.ts) is owned by the lead; merging here keeps this module self-contained.
declare module '../db/schema.js' {
  interface DB extends DashboardsTables {}
}
