// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

/** A round of the self-assessment: numbered per pilot, opened by a team member. */
export interface ParadoxRoundsTable {
  id: Generated<number>;
  pilotId: number;
  number: number;
  openedByUserId: string | null;
  createdAt: string;
}

/** One team member's ratings in one round (1 = internal pole … 5 = external pole); only the rater changes it. */
export interface ParadoxRatingsTable {
  roundId: number;
  /** Kept beside round_id so "latest round of these pilots" needs no join to find the pilot. */
  pilotId: number;
  userId: string;
  distance: number;
  parties: number;
  policy: number;
  scope: number;
  resources: number;
  ownership: number;
  leadership: number;
  /** 1 when the rater agreed to have their name shown beside their mark. */
  showName: number;
  updatedAt: string;
}

export interface ParadoxTables {
  paradoxRounds: ParadoxRoundsTable;
  paradoxRatings: ParadoxRatingsTable;
}

// The shared schema type (src/db/schema.ts) lists each module's tables; this module adds its own here so it
// needs no edit outside its folder. The lead may move it into schema.ts.
declare module '../db/schema.js' {
  interface DB extends ParadoxTables {}
}
