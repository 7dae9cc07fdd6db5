// SPDX-License-Identifier: EUPL-1.2
import { isModerator, type CurrentUser } from '../platform/current-user.js';

/**
 * Marking scaling candidates and recording impact analyses is platform staff's work (DOMAIN §6: a national
 * party judges broadly supported pilots). Everyone may read a recorded analysis of a pilot they may see.
 */
export const scalingPolicy = {
  manage: (user: CurrentUser | null): boolean => isModerator(user),
};
