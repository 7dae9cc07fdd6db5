// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createTermStats } from './migrations/20261122T1400_create_term_stats.js';
import { matchingMessages } from './matching.messages.js';
import { registerMatchingRoutes } from './matching.routes.js';
import { reindexCommand } from './reindex.command.js';
import { similarPilotsSection } from './views/similar-section.js';

/** Matching: similar pilots on the pilot page, while registering, and in the API. */
export const matchingModule: PlatformModule = {
  name: 'matching',
  migrations: { '20261122T1400_create_term_stats': createTermStats },
  messages: matchingMessages,
  register: registerMatchingRoutes,
  commands: { reindex: reindexCommand },
  pilotPageSections: [similarPilotsSection],
};
