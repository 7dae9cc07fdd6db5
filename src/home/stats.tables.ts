// SPDX-License-Identifier: EUPL-1.2
/** Tables of the home module (migration 20261122T1900_create_stats_snapshots). */

/** One row (id 1): bumped by triggers whenever a fact behind the national numbers changes. */
export interface StatsVersionTable {
  id: number;
  version: number;
}

/** A computed set of numbers, as JSON, with the data version it was computed at. */
export interface StatsSnapshotsTable {
  name: string;
  version: number;
  computedAt: string;
  payload: string;
}

export interface HomeTables {
  statsVersion: StatsVersionTable;
  statsSnapshots: StatsSnapshotsTable;
}

declare module '../db/schema.js' {
  interface DB extends HomeTables {}
}
