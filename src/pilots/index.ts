// SPDX-License-Identifier: EUPL-1.2
import type { MessageBundle } from '../platform/i18n.js';
import type { PlatformModule } from '../platform/module.js';
import { createPilots } from './migrations/20261122T1100_create_pilots.js';
import { addPublicationConditions } from './migrations/20261122T1420_add_publication_conditions.js';
import { addListingIndexes } from './migrations/20261122T1600_add_listing_indexes.js';
import { addListedCountIndexes } from './migrations/20261122T1930_add_listed_count_indexes.js';
import { pilotSearchMessages } from './pilots-search.messages.js';
import { registerPilotSearchRoutes } from './pilots-search.routes.js';
import { pilotsMessages } from './pilots.messages.js';
import { municipalityDeadlineJob } from './pilots.jobs.js';
import { registerPilotRoutes } from './pilots.routes.js';

/** Registering and the pilot page (`pilots.*`) plus the list with search and filters (`finding.*`). */
const messages: MessageBundle = {
  nl: { ...pilotsMessages.nl, ...pilotSearchMessages.nl },
  en: { ...pilotsMessages.en, ...pilotSearchMessages.en },
};

/** Pilots: registering, publishing, editing, the pilot page, the list with search and filters. */
export const pilotsModule: PlatformModule = {
  name: 'pilots',
  migrations: {
    '20261122T1100_create_pilots': createPilots,
    '20261122T1420_add_publication_conditions': addPublicationConditions,
    // Covering indexes for the list filters and the home page numbers (ADR 0004).
    '20261122T1600_add_listing_indexes': addListingIndexes,
    // The exact total of the unfiltered list from two narrow partial indexes (pilots-listed-count.repository.ts).
    '20261122T1930_add_listed_count_indexes': addListedCountIndexes,
  },
  messages,
  register(app, context) {
    registerPilotRoutes(app, context);
    registerPilotSearchRoutes(app, context);
  },
  jobs: [municipalityDeadlineJob],
};
