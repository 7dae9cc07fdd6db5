// SPDX-License-Identifier: EUPL-1.2
import type { Generated, Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/** Every role a person can have on a pilot team (issue 3, point 1; DOMAIN.md §4). */
export const teamRoles = ['lead', 'core', 'shell', 'client', 'line_manager', 'coach', 'supporter'] as const;
/** Roles members may be given by the team; 'lead' is set when the pilot is registered. */
export const assignableRoles = ['core', 'shell', 'client', 'line_manager', 'coach', 'supporter'] as const;
/** Whether a client is the one who really decides, or someone sent on their behalf. */
export const clientKinds = ['decision_maker', 'delegate'] as const;
/** Composition tags members give themselves, so the team sees which kinds of people it has and lacks. */
export const compositionTags = [
  'enthusiastic',
  'critical',
  'external',
  'internal',
  'innovating',
  'consolidating',
  'integrator',
  'connector',
  'ambassador',
] as const;

export type TeamRole = (typeof teamRoles)[number];
export type AssignableRole = (typeof assignableRoles)[number];
export type ClientKind = (typeof clientKinds)[number];
export type CompositionTag = (typeof compositionTags)[number];

/** pilot_team_members as extended by this module (the table itself is created by the pilots module). */
export interface TeamMembersTable {
  pilotId: number;
  userId: string;
  role: TeamRole;
  clientKind: ClientKind | null;
  /** JSON array of CompositionTag. */
  tags: Generated<string>;
  createdAt: string;
}

export interface PilotInvitationsTable {
  id: Generated<number>;
  pilotId: number;
  /** SHA-256 of the token sent by e-mail; the token itself is never stored. */
  tokenHash: string;
  email: string;
  role: AssignableRole;
  clientKind: ClientKind | null;
  invitedByUserId: string;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

export interface CoachNotesTable {
  id: Generated<number>;
  pilotId: number;
  authorUserId: string;
  body: string;
  createdAt: string;
}

export interface TeamTables {
  pilotTeamMembers: TeamMembersTable;
  pilotInvitations: PilotInvitationsTable;
  coachNotes: CoachNotesTable;
}

// The tables this module creates are merged into the shared schema type (src/db/schema.ts, owned by the lead).
declare module '../db/schema.js' {
  interface DB {
    pilotInvitations: PilotInvitationsTable;
    coachNotes: CoachNotesTable;
  }
}

/**
 * pilot_team_members is the pilots module's table, typed there with its first three roles and without the columns
 * this module added (client_kind, tags). An interface merge cannot widen a column's type, so queries on it use
 * this view of the schema until pilots.tables.ts carries the full row (noted for the lead).
 */
export type TeamsDB = Omit<DB, 'pilotTeamMembers'> & Pick<TeamTables, 'pilotTeamMembers'>;

/** The database typed with this module's tables. */
export const teamsDb = (db: Kysely<DB>): Kysely<TeamsDB> => db as unknown as Kysely<TeamsDB>;
