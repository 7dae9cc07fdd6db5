// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { lessonsMessages } from './lessons.messages.js';
import { registerLessonRoutes } from './lessons.routes.js';
import { lessonsPageSection } from './lessons.sections.js';
import { createLessons } from './migrations/20261122T1712_create_lessons.js';

/** Learning log and lessons, published to the platform-wide lessons list. */
export const lessonsModule: PlatformModule = {
  name: 'lessons',
  migrations: {
    '20261122T1712_create_lessons': createLessons,
  },
  messages: lessonsMessages,
  // GET /api/v1/lessons is served by the API module (src/api), with the rest of /api/v1 and its OpenAPI document.
  register(app: FastifyInstance, context: AppContext) {
    registerLessonRoutes(app, context);
  },
  pilotPageSections: [lessonsPageSection],
};
