// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createPilots } from './migrations/20261122T1100_create_pilots.js';

/** Pilots: registering, publishing, editing, the pilot page, the list with search and filters. */
export const pilotsModule: PlatformModule = {
  name: 'pilots',
  migrations: { '20261122T1100_create_pilots': createPilots },
};
