// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { registerContactRoutes } from './contact.routes.js';
import { contactPageSection } from './contact.sections.js';
import { registerExpertRoutes } from './experts.routes.js';
import { knowledgeMessages } from './knowledge.messages.js';
import { createKnowledge } from './migrations/20261122T1800_create_knowledge.js';
import { registerSearchAidRoutes } from './search-aid.routes.js';
import { registerStoryRoutes } from './stories.routes.js';
import { storiesPageSection } from './stories.sections.js';

/** Search aid, expert pool, stories, contact through the platform and the knowledge portal's entry page. */
export const knowledgeModule: PlatformModule = {
  name: 'knowledge',
  migrations: {
    '20261122T1800_create_knowledge': createKnowledge,
  },
  messages: knowledgeMessages,
  register(app: FastifyInstance, context: AppContext) {
    registerSearchAidRoutes(app, context);
    registerExpertRoutes(app, context);
    registerContactRoutes(app, context);
    registerStoryRoutes(app, context);
  },
  pilotPageSections: [storiesPageSection, contactPageSection],
};
