// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { createReflectionTables } from './migrations/20261122T1730_create_reflection_tables.js';
import { reflectionReminderJob } from './reflection.jobs.js';
import { reflectionMessages } from './reflection.messages.js';
import { registerReflectionRoutes } from './reflection.routes.js';
import { reflectionPageSection } from './reflection.sections.js';

/** Reflection sessions with actions and reminders; barriers and dark-side risks. */
export const reflectionModule: PlatformModule = {
  name: 'reflection',
  migrations: {
    '20261122T1730_create_reflection_tables': createReflectionTables,
  },
  messages: reflectionMessages,
  register(app: FastifyInstance, context: AppContext) {
    registerReflectionRoutes(app, context);
  },
  jobs: [reflectionReminderJob],
  pilotPageSections: [reflectionPageSection],
};
