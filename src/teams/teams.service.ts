// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { nowIso } from '../db/columns.js';
import { auditService } from '../moderation/audit.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { parseTags } from './teams.composition.js';
import { teamsPolicy } from './teams.policy.js';
import { teamsRepository, type TeamMemberRow } from './teams.repository.js';
import { compositionTags, type AssignableRole, type ClientKind, type CompositionTag, type TeamRole } from './teams.tables.js';

export interface TeamMember {
  readonly userId: string;
  readonly name: string;
  readonly role: TeamRole;
  readonly clientKind: ClientKind | null;
  readonly tags: readonly CompositionTag[];
}

/** A role as the team sets it: client kind only for clients (and then required). */
export interface RoleChoice {
  readonly role: AssignableRole;
  readonly clientKind: ClientKind | null;
}

type Failure<R extends string> = { ok: false; reason: R };
export type MemberChangeResult = { ok: true } | Failure<'not_found' | 'forbidden' | 'not_member' | 'is_lead'>;

/** The largest number of coached pilots the overview lists (coaches have a handful; this only bounds a query). */
const maxCoachedPilots = 200;

/** Pilot teams: who is on a pilot in which role, and the checks other modules ask about them. */
export function teamService(context: AppContext) {
  const repository = teamsRepository(context.db);

  const normalised = (choice: RoleChoice): RoleChoice => ({ role: choice.role, clientKind: choice.role === 'client' ? choice.clientKind ?? 'delegate' : null });

  async function roleOf(pilotId: number, userId: string): Promise<TeamRole[]> {
    const row = await repository.memberRow(pilotId, userId);
    return row ? [row.role] : [];
  }

  async function named(rows: readonly TeamMemberRow[]): Promise<TeamMember[]> {
    const users = await accountsService(context).usersByIds(rows.map((row) => row.userId));
    const names = new Map(users.map((user) => [user.id, user.name]));
    return rows.map((row) => ({ userId: row.userId, name: names.get(row.userId) ?? '', role: row.role, clientKind: row.clientKind, tags: parseTags(row.tags) }));
  }

  async function guard(pilotId: number, actor: CurrentUser | null): Promise<Failure<'not_found' | 'forbidden'> | null> {
    if (!(await pilotsService(context).findById(pilotId))) return { ok: false, reason: 'not_found' };
    if (actor && !teamsPolicy.manageTeam(actor, await roleOf(pilotId, actor.id))) return { ok: false, reason: 'forbidden' };
    return null;
  }

  return {
    /** Everyone on the pilot's team with name, role, client kind and composition tags, in order of joining. */
    async membersOf(pilotId: number): Promise<TeamMember[]> {
      return named(await repository.membersOf(pilotId));
    },

    /** The user's roles on the pilot (empty when not on the team). An array so a later multi-role model fits. */
    roleOf,

    async isTeamMember(pilotId: number, userId: string): Promise<boolean> {
      return (await roleOf(pilotId, userId)).length > 0;
    },

    /** True for the pilot's client or lead; moderators and admins are not deciders by their platform role. */
    async canDecideGates(pilotId: number, user: CurrentUser | null): Promise<boolean> {
      return user !== null && teamsPolicy.decideGates(await roleOf(pilotId, user.id));
    },

    /** Pilots the user coaches, most recently joined first. */
    coachPilotIds(userId: string): Promise<number[]> {
      return repository.pilotIdsWithRole(userId, 'coach', maxCoachedPilots);
    },

    /** True when the user coaches at least one pilot (the profile page then links the coach overview). */
    isCoach(userId: string): Promise<boolean> {
      return repository.hasRoleAnywhere(userId, 'coach');
    },

    /** Of these pilots, the ones without a receiving line manager (one query). */
    async withoutLineManager(pilotIds: readonly number[]): Promise<Set<number>> {
      const having = await repository.pilotsHavingRole(pilotIds, 'line_manager');
      return new Set(pilotIds.filter((id) => !having.has(id)));
    },

    /**
     * Puts a user on the team directly (used when an invitation is accepted and by the demo loader). With an
     * actor the actor must be allowed to manage the team; without one the caller has checked (system use).
     */
    async addMember(pilotId: number, userId: string, choice: RoleChoice, actor: CurrentUser | null): Promise<{ ok: true } | Failure<'not_found' | 'forbidden' | 'already_member'>> {
      const refused = await guard(pilotId, actor);
      if (refused) return refused;
      if (await repository.memberRow(pilotId, userId)) return { ok: false, reason: 'already_member' };
      const { role, clientKind } = normalised(choice);
      await repository.insertMember({ pilotId, userId, role, clientKind, createdAt: nowIso() });
      if (actor) await auditService(context).record({ actorUserId: actor.id, action: 'team.add', subjectType: 'pilot', subjectId: String(pilotId), details: { userId, role } });
      return { ok: true };
    },

    /** Changes a member's role; the lead keeps theirs (there is always exactly the registering lead). */
    async changeRole(pilotId: number, userId: string, choice: RoleChoice, actor: CurrentUser): Promise<MemberChangeResult> {
      const refused = await guard(pilotId, actor);
      if (refused) return refused;
      const row = await repository.memberRow(pilotId, userId);
      if (!row) return { ok: false, reason: 'not_member' };
      if (row.role === 'lead') return { ok: false, reason: 'is_lead' };
      const { role, clientKind } = normalised(choice);
      await repository.updateRole(pilotId, userId, role, clientKind);
      return { ok: true };
    },

    /** Takes someone off the team; the lead cannot be removed. */
    async removeMember(pilotId: number, userId: string, actor: CurrentUser): Promise<MemberChangeResult> {
      const refused = await guard(pilotId, actor);
      if (refused) return refused;
      const row = await repository.memberRow(pilotId, userId);
      if (!row) return { ok: false, reason: 'not_member' };
      if (row.role === 'lead') return { ok: false, reason: 'is_lead' };
      await repository.deleteMember(pilotId, userId);
      await auditService(context).record({ actorUserId: actor.id, action: 'team.remove', subjectType: 'pilot', subjectId: String(pilotId), details: { userId } });
      return { ok: true };
    },

    /** Sets a member's composition tags. Routes pass the signed-in member's own id: nobody tags someone else. */
    async setTags(pilotId: number, userId: string, tags: readonly CompositionTag[]): Promise<{ ok: true } | Failure<'not_member'>> {
      if (!(await repository.memberRow(pilotId, userId))) return { ok: false, reason: 'not_member' };
      const known = compositionTags.filter((tag) => tags.includes(tag));
      await repository.updateTags(pilotId, userId, JSON.stringify(known));
      return { ok: true };
    },
  };
}

export type TeamService = ReturnType<typeof teamService>;
