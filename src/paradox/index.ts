// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { createParadoxRatings } from './migrations/20261122T1700_create_paradox_ratings.js';
import { paradoxMessages } from './paradox.messages.js';
import { registerParadoxRoutes } from './paradox.routes.js';
import { paradoxPageSection } from './paradox.sections.js';

/** The pilot-paradox self-assessment in rounds and its plot. */
export const paradoxModule: PlatformModule = {
  name: 'paradox',
  migrations: {
    '20261122T1700_create_paradox_ratings': createParadoxRatings,
  },
  messages: paradoxMessages,
  register(app: FastifyInstance, context: AppContext) {
    registerParadoxRoutes(app, context);
  },
  pilotPageSections: [paradoxPageSection],
};
