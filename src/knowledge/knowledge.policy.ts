// SPDX-License-Identifier: EUPL-1.2
import { isModerator, type CurrentUser } from '../platform/current-user.js';
import type { Phase } from '../pilots/pilots.tables.js';

/**
 * Who may do what in the knowledge portal. Reading (search aid, experts, stories) is public; writing a profile,
 * contacting someone and following need a member; unpublishing a story needs a moderator.
 */
export const knowledgePolicy = {
  member(user: CurrentUser | null): { ok: true; user: CurrentUser } | { ok: false; reason: 'unauthenticated' } {
    return user ? { ok: true, user } : { ok: false, reason: 'unauthenticated' };
  },
  moderate(user: CurrentUser | null): boolean {
    return isModerator(user);
  },
};

/** Stories are for pilots far enough along to have something to show (DOMAIN §7: "advanced pilots"). */
export const storiesPolicy = {
  advancedPhases: ['implementation', 'scaling'] as readonly Phase[],
  advanced(phase: Phase): boolean {
    return storiesPolicy.advancedPhases.includes(phase);
  },
};
