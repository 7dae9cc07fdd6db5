// SPDX-License-Identifier: EUPL-1.2
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/database.js';
import { teamsDb, type AssignableRole, type ClientKind, type TeamRole, type TeamsDB } from './teams.tables.js';

type Executor = Kysely<TeamsDB> | Transaction<TeamsDB>;

export interface TeamMemberRow {
  pilotId: number;
  userId: string;
  role: TeamRole;
  clientKind: ClientKind | null;
  tags: string;
  createdAt: string;
}

export interface InvitationRow {
  id: number;
  pilotId: number;
  email: string;
  role: AssignableRole;
  clientKind: ClientKind | null;
  expiresAt: string;
  acceptedAt: string | null;
}

export interface CoachNoteRow {
  id: number;
  pilotId: number;
  authorUserId: string;
  body: string;
  createdAt: string;
}

/** Team rows, invitations and coach notes. A user has one row per pilot (primary key pilot_id, user_id). */
export function teamsRepository(database: Database) {
  const db = teamsDb(database);
  return {
    membersOf(pilotId: number): Promise<TeamMemberRow[]> {
      return db.selectFrom('pilotTeamMembers').selectAll().where('pilotId', '=', pilotId).orderBy('createdAt').orderBy('userId').execute();
    },

    memberRow(pilotId: number, userId: string, trx?: Executor): Promise<TeamMemberRow | undefined> {
      return (trx ?? db).selectFrom('pilotTeamMembers').selectAll().where('pilotId', '=', pilotId).where('userId', '=', userId).executeTakeFirst();
    },

    async insertMember(row: Omit<TeamMemberRow, 'tags'>, trx?: Executor): Promise<void> {
      await (trx ?? db).insertInto('pilotTeamMembers').values(row).execute();
    },

    async updateRole(pilotId: number, userId: string, role: TeamRole, clientKind: ClientKind | null, trx?: Executor): Promise<void> {
      await (trx ?? db).updateTable('pilotTeamMembers').set({ role, clientKind }).where('pilotId', '=', pilotId).where('userId', '=', userId).execute();
    },

    async updateTags(pilotId: number, userId: string, tags: string): Promise<void> {
      await db.updateTable('pilotTeamMembers').set({ tags }).where('pilotId', '=', pilotId).where('userId', '=', userId).execute();
    },

    async deleteMember(pilotId: number, userId: string): Promise<void> {
      await db.deleteFrom('pilotTeamMembers').where('pilotId', '=', pilotId).where('userId', '=', userId).execute();
    },

    async countRole(pilotId: number, role: TeamRole): Promise<number> {
      const row = await db
        .selectFrom('pilotTeamMembers')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('pilotId', '=', pilotId)
        .where('role', '=', role)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Pilots where the user has the role, newest membership first, at most `limit`. */
    async pilotIdsWithRole(userId: string, role: TeamRole, limit: number): Promise<number[]> {
      const rows = await db
        .selectFrom('pilotTeamMembers')
        .select('pilotId')
        .where('userId', '=', userId)
        .where('role', '=', role)
        .orderBy('createdAt', 'desc')
        .limit(limit)
        .execute();
      return rows.map((row) => row.pilotId);
    },

    /** True when the user has the role in at least one pilot team (one indexed lookup, stops at the first). */
    async hasRoleAnywhere(userId: string, role: TeamRole): Promise<boolean> {
      const row = await db.selectFrom('pilotTeamMembers').select('pilotId').where('userId', '=', userId).where('role', '=', role).limit(1).executeTakeFirst();
      return row !== undefined;
    },

    /** Of the given pilots, those with at least one member in the role (one query). */
    async pilotsHavingRole(pilotIds: readonly number[], role: TeamRole): Promise<Set<number>> {
      if (pilotIds.length === 0) return new Set();
      const rows = await db
        .selectFrom('pilotTeamMembers')
        .select('pilotId')
        .distinct()
        .where('pilotId', 'in', [...pilotIds])
        .where('role', '=', role)
        .execute();
      return new Set(rows.map((row) => row.pilotId));
    },

    async insertInvitation(row: Omit<InvitationRow, 'id' | 'acceptedAt'> & { tokenHash: string; invitedByUserId: string; createdAt: string }): Promise<void> {
      await db.insertInto('pilotInvitations').values({ ...row, acceptedAt: null }).execute();
    },

    invitationByHash(tokenHash: string, trx?: Executor): Promise<InvitationRow | undefined> {
      return (trx ?? db)
        .selectFrom('pilotInvitations')
        .select(['id', 'pilotId', 'email', 'role', 'clientKind', 'expiresAt', 'acceptedAt'])
        .where('tokenHash', '=', tokenHash)
        .executeTakeFirst();
    },

    openInvitations(pilotId: number, nowIso: string): Promise<InvitationRow[]> {
      return db
        .selectFrom('pilotInvitations')
        .select(['id', 'pilotId', 'email', 'role', 'clientKind', 'expiresAt', 'acceptedAt'])
        .where('pilotId', '=', pilotId)
        .where('acceptedAt', 'is', null)
        .where('expiresAt', '>', nowIso)
        .orderBy('id')
        .execute();
    },

    /** Marks the invitation used; false when someone else used it first (so a token works exactly once). */
    async claimInvitation(id: number, nowIso: string, trx: Executor): Promise<boolean> {
      const result = await trx
        .updateTable('pilotInvitations')
        .set({ acceptedAt: nowIso })
        .where('id', '=', id)
        .where('acceptedAt', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    async insertNote(row: Omit<CoachNoteRow, 'id'>): Promise<void> {
      await db.insertInto('coachNotes').values(row).execute();
    },

    notesOf(pilotId: number, limit: number): Promise<CoachNoteRow[]> {
      return db.selectFrom('coachNotes').selectAll().where('pilotId', '=', pilotId).orderBy('createdAt', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },

    transaction<T>(work: (trx: Transaction<TeamsDB>) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },
  };
}
