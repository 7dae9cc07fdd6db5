// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { createScaling } from './migrations/20261122T1801_create_scaling.js';
import { scalingMessages } from './scaling.messages.js';
import { registerScalingRoutes } from './scaling.routes.js';
import { scalingPageSection } from './scaling.sections.js';

/** Scaling candidates and their impact analysis, recorded by moderators. */
export const scalingModule: PlatformModule = {
  name: 'scaling',
  migrations: {
    '20261122T1801_create_scaling': createScaling,
  },
  messages: scalingMessages,
  register(app: FastifyInstance, context: AppContext) {
    registerScalingRoutes(app, context);
  },
  pilotPageSections: [scalingPageSection],
};
