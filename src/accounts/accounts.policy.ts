// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';

/**
 * Who may do what with accounts. Members manage their own profile and tokens; administrators manage roles.
 * `canRegisterPilots` is the rule other modules use: a member must have confirmed their e-mail address first.
 */
export const accountsPolicy = {
  canEditOwnProfile: (user: CurrentUser | null): user is CurrentUser => user !== null,
  canManageUsers: (user: CurrentUser | null): boolean => user?.role === 'admin',
  canRegisterPilots: (user: CurrentUser | null): boolean => user !== null && user.emailVerified,
  needsEmailVerification: (user: CurrentUser | null): user is CurrentUser => user !== null && !user.emailVerified,
};
