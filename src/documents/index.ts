// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { documentsMessages } from './documents.messages.js';
import { registerDocumentRoutes } from './documents.routes.js';
import { documentsPageSection } from './documents.sections.js';
import { createDocuments } from './migrations/20261122T1800_create_documents.js';

/** Documents attached to a pilot or to the library: upload, type check by content, download. */
export const documentsModule: PlatformModule = {
  name: 'documents',
  migrations: {
    '20261122T1800_create_documents': createDocuments,
  },
  messages: documentsMessages,
  async register(app: FastifyInstance, context: AppContext) {
    await registerDocumentRoutes(app, context);
  },
  pilotPageSections: [documentsPageSection],
};
