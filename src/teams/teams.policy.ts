// SPDX-License-Identifier: EUPL-1.2
import { isModerator, type CurrentUser } from '../platform/current-user.js';
import type { TeamRole } from './teams.tables.js';

/** Roles that run the pilot and so may manage its team. */
const managingRoles: readonly TeamRole[] = ['lead', 'core'];
/** Roles that may take gate decisions (issue 3, point 4): the client or the lead, never a moderator as such. */
const decidingRoles: readonly TeamRole[] = ['lead', 'client'];

/** Who may do what with a pilot's team, given the viewer's roles on it. */
export const teamsPolicy = {
  /** The team page is for the team itself and for moderators. */
  viewTeam(user: CurrentUser | null, roles: readonly TeamRole[]): boolean {
    return user !== null && (roles.length > 0 || isModerator(user));
  },
  /** Lead and core members invite, change roles and remove; moderators too, for pilots whose team is stuck. */
  manageTeam(user: CurrentUser | null, roles: readonly TeamRole[]): boolean {
    return user !== null && (roles.some((role) => managingRoles.includes(role)) || isModerator(user));
  },
  decideGates(roles: readonly TeamRole[]): boolean {
    return roles.some((role) => decidingRoles.includes(role));
  },
  /** Only a coach of the pilot leaves coach notes. */
  writeCoachNote(roles: readonly TeamRole[]): boolean {
    return roles.includes('coach');
  },
};
