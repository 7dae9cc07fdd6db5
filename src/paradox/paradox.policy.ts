// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';

export type ParadoxDecision = { ok: true; user: CurrentUser } | { ok: false; reason: 'unauthenticated' | 'forbidden' };

/**
 * Who may do what with the self-assessment. Only the pilot's team sees the individual marks, rates and opens
 * rounds; a rating always belongs to the signed-in rater (there is no way to write someone else's). Moderators
 * are not on the team, so they neither rate nor see individual marks.
 */
export const paradoxPolicy = {
  /** Seeing the page with everyone's marks, rating and opening a round: team members only. */
  team(user: CurrentUser | null, isTeam: boolean): ParadoxDecision {
    if (!user) return { ok: false, reason: 'unauthenticated' };
    if (!isTeam) return { ok: false, reason: 'forbidden' };
    return { ok: true, user };
  },
};
