// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

/** An organisation taking part in a pilot: one per organisation per pilot. */
export interface ParticipationsTable {
  id: Generated<number>;
  pilotId: number;
  organisationId: number;
  joinedByUserId: string | null;
  createdAt: string;
}

/** A member following a pilot (the outer circle); the organisation is the member's employer at the time. */
export interface FollowsTable {
  pilotId: number;
  userId: string;
  organisationId: number | null;
  createdAt: string;
}

/** A link between two pilots made by a moderator; stored once with the lower id first. */
export interface PilotConnectionsTable {
  id: Generated<number>;
  /** The pair is stored once, lower pilot id first (columns renamed in 20261122T1201). */
  lowerPilotId: number;
  higherPilotId: number;
  note: string | null;
  createdByUserId: string | null;
  createdAt: string;
}

export interface ParticipationTables {
  participations: ParticipationsTable;
  follows: FollowsTable;
  pilotConnections: PilotConnectionsTable;
}
