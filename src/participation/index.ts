// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { createParticipations } from './migrations/20261122T1200_create_participations.js';
import { renamePilotConnectionColumns } from './migrations/20261122T1201_rename_pilot_connection_columns.js';
import { registerConnectionRoutes } from './connections.routes.js';
import { registerParticipantRoutes } from './participants.routes.js';
import { participationMessages } from './participation.messages.js';
import { registerParticipationRoutes } from './participation.routes.js';
import { connectionsPageSection, participationPageSection } from './participation.sections.js';

/** Participation: organisations joining pilots, members following them, and links between similar pilots. */
export const participationModule: PlatformModule = {
  name: 'participation',
  migrations: {
    '20261122T1200_create_participations': createParticipations,
    '20261122T1201_rename_pilot_connection_columns': renamePilotConnectionColumns,
  },
  messages: participationMessages,
  register(app: FastifyInstance, context: AppContext) {
    registerParticipationRoutes(app, context);
    registerParticipantRoutes(app, context);
    registerConnectionRoutes(app, context);
  },
  pilotPageSections: [participationPageSection, connectionsPageSection],
};
