// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { intakeMessages } from './intake.messages.js';
import { registerIntakeRoutes } from './intake.routes.js';
import { intakePageSection } from './intake.sections.js';
import { createIntakes } from './migrations/20261122T1711_create_intakes.js';

/** Intake and theory of change of a pilot. */
export const intakeModule: PlatformModule = {
  name: 'intake',
  migrations: {
    '20261122T1711_create_intakes': createIntakes,
  },
  messages: intakeMessages,
  register(app: FastifyInstance, context: AppContext) {
    registerIntakeRoutes(app, context);
  },
  pilotPageSections: [intakePageSection],
};
