// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { homeMessages } from './home.messages.js';
import { registerHomeRoutes } from './home.routes.js';
import { createStatsSnapshots } from './migrations/20261122T1900_create_stats_snapshots.js';

/** The home page with live numbers: municipalities taking part, listed pilots, counts per phase and theme. */
export const homeModule: PlatformModule = {
  name: 'home',
  migrations: { '20261122T1900_create_stats_snapshots': createStatsSnapshots },
  messages: homeMessages,
  register: registerHomeRoutes,
};
