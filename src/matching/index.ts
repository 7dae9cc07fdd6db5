// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createTermStats } from './migrations/20261122T1400_create_term_stats.js';
import { createSimilarPilotLists } from './migrations/20261122T2000_create_similar_pilot_lists.js';
import { matchingMessages } from './matching.messages.js';
import { registerMatchingRoutes } from './matching.routes.js';
import { reindexCommand } from './reindex.command.js';
import { similarListsCommand } from './similar-lists.command.js';
import { similarListsJob } from './similar-lists.job.js';
import { similarPilotsSection } from './views/similar-section.js';

/** Matching: similar pilots on the pilot page, while registering, and in the API. */
export const matchingModule: PlatformModule = {
  name: 'matching',
  migrations: {
    '20261122T1400_create_term_stats': createTermStats,
    '20261122T2000_create_similar_pilot_lists': createSimilarPilotLists,
  },
  messages: matchingMessages,
  register: registerMatchingRoutes,
  commands: { reindex: reindexCommand, 'similar-lists': similarListsCommand },
  jobs: [similarListsJob],
  pilotPageSections: [similarPilotsSection],
};
