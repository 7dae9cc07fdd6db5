// SPDX-License-Identifier: EUPL-1.2
import { isModerator, type CurrentUser } from '../platform/current-user.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import type { PilotFacts } from './pilot-facts.js';

/** Why a member may not act on a pilot yet; each maps to a flash message that says what to do. */
export type ActorRefusal = 'unauthenticated' | 'unverified' | 'no_organisation';

export type ActorCheck<U> = { ok: true; user: U } | { ok: false; reason: ActorRefusal };

type MemberWithOrganisation = CurrentUser & { organisation: NonNullable<CurrentUser['organisation']> };

/**
 * Who may do what in participation. Acting on behalf of an organisation (joining, leaving) needs a confirmed
 * e-mail address and an employer; following needs a confirmed address; linking pilots is moderators' work.
 */
export const participationPolicy = {
  /** Following (and anything else a member does for themselves) needs a signed-in member with a confirmed address. */
  member(user: CurrentUser | null): ActorCheck<CurrentUser> {
    if (!user) return { ok: false, reason: 'unauthenticated' };
    if (!user.emailVerified) return { ok: false, reason: 'unverified' };
    return { ok: true, user };
  },

  /** Joining or leaving on behalf of the member's organisation. */
  organisationMember(user: CurrentUser | null): ActorCheck<MemberWithOrganisation> {
    const member = participationPolicy.member(user);
    if (!member.ok) return member;
    if (!member.user.organisation) return { ok: false, reason: 'no_organisation' };
    return { ok: true, user: member.user as MemberWithOrganisation };
  },

  /**
   * A pilot is open to join when it is listed. A municipality joining a pilot that waits for one rescues it,
   * which is allowed while the pilot's deadline has not passed.
   */
  openToJoin(pilot: Pick<PilotFacts, 'published' | 'hidden' | 'listed' | 'municipalityDeadline'>, organisationType: OrganisationType, now: string): boolean {
    if (!pilot.published || pilot.hidden) return false;
    if (pilot.listed) return true;
    return organisationType === 'municipality' && pilot.municipalityDeadline !== null && pilot.municipalityDeadline > now;
  },

  /** The pilot's team (initiator, team members) and moderators manage its participants. */
  canManageParticipants(user: CurrentUser | null, isTeam: boolean): boolean {
    return user !== null && (isTeam || isModerator(user));
  },

  /** A participation may be ended by its own organisation's members or by those who manage participants. */
  canRemoveParticipant(user: CurrentUser | null, organisationId: number, canManage: boolean): boolean {
    if (canManage) return true;
    const member = participationPolicy.organisationMember(user);
    return member.ok && member.user.organisation.id === organisationId;
  },

  /** Only moderators (and administrators) link pilots by hand. */
  canLinkPilots(user: CurrentUser | null): user is CurrentUser {
    return user !== null && isModerator(user);
  },
};
