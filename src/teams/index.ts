// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Pilot teams: roles, invitations, composition guidance, and the coach's overview. */
export const teamsModule: PlatformModule = {
  name: 'teams',
};
