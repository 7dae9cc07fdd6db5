// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { teamService } from '../teams/teams.service.js';

/**
 * Who decides at a gate and closes a pilot: its client or lead (teams module roles; moderators do not).
 * The member who registered the pilot counts as lead too, as in the pilots module's own rules.
 */
export function gateDeciders(context: AppContext) {
  return {
    async canDecide(pilotId: number, user: CurrentUser | null): Promise<boolean> {
      if (!user) return false;
      if (await teamService(context).canDecideGates(pilotId, user)) return true;
      const pilot = await pilotsService(context).findById(pilotId);
      return pilot !== undefined && pilot.createdByUserId === user.id;
    },
  };
}
