// SPDX-License-Identifier: EUPL-1.2
import { isModerator, type CurrentUser } from '../platform/current-user.js';

/** What the rules need to know about a pilot. */
export interface PilotAccessSubject {
  readonly state: 'draft' | 'published';
  readonly createdByUserId: string | null;
  readonly hiddenAt: string | null;
  readonly listed: boolean;
}

export type RegisterDecision = 'allowed' | 'sign_in' | 'verify_email' | 'no_organisation';

/**
 * Who may do what with pilots. `isTeam` is true when the user is on the pilot's team (pilot_team_members);
 * the registrant is always on it as lead, but is also recognised by created_by_user_id.
 */
export const pilotsPolicy = {
  /** Registering needs a member with a verified e-mail address who works for a known organisation. */
  register(user: CurrentUser | null): RegisterDecision {
    if (!user) return 'sign_in';
    if (!user.emailVerified) return 'verify_email';
    if (!user.organisation) return 'no_organisation';
    return 'allowed';
  },

  /** Only moderators and administrators may register a pilot on behalf of another organisation. */
  chooseInitiator(user: CurrentUser | null): boolean {
    return isModerator(user);
  },

  isTeam(user: CurrentUser | null, pilot: Pick<PilotAccessSubject, 'createdByUserId'>, onTeam: boolean): boolean {
    return user !== null && (onTeam || (pilot.createdByUserId !== null && pilot.createdByUserId === user.id));
  },

  /** Initiator and team edit their pilot; moderators and administrators may edit any pilot. */
  edit(user: CurrentUser | null, pilot: Pick<PilotAccessSubject, 'createdByUserId'>, onTeam: boolean): boolean {
    return isModerator(user) || this.isTeam(user, pilot, onTeam);
  },

  /**
   * Listed pilots are public. Drafts, hidden pilots and pilots past their municipality deadline are seen only
   * by their team and by moderators (everyone else gets a 404, so their existence does not leak).
   */
  view(user: CurrentUser | null, pilot: PilotAccessSubject, onTeam: boolean): boolean {
    if (pilot.listed) return true;
    return isModerator(user) || this.isTeam(user, pilot, onTeam);
  },
};
