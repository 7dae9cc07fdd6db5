// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';

/**
 * Who may use the reflection instruments of a pilot. Sessions, actions, barriers and risks are the team's
 * working notes, so reading and writing both need someone who may edit the pilot (its team, and moderators
 * as pilots' canEdit allows). The pilot page shows everyone only the counts.
 */
export const reflectionPolicy = {
  canUse(user: CurrentUser | null, canEditPilot: boolean): user is CurrentUser {
    return user !== null && canEditPilot;
  },
};
