// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { gatesMessages } from './gates.messages.js';
import { registerGateRoutes } from './gates.routes.js';
import { registerClosingRoutes } from './closing.routes.js';
import { closingPageSection, gatesPageSection } from './gates.sections.js';
import { createGateDecisions } from './migrations/20261122T1720_create_gate_decisions.js';
import { createClosingAndAdoptions } from './migrations/20261122T1721_create_closing_and_adoptions.js';

/** Phases and gate decisions, closing evaluation, follow-through and adoption by other organisations. */
export const gatesModule: PlatformModule = {
  name: 'gates',
  migrations: {
    '20261122T1720_create_gate_decisions': createGateDecisions,
    '20261122T1721_create_closing_and_adoptions': createClosingAndAdoptions,
  },
  messages: gatesMessages,
  register(app, context) {
    registerGateRoutes(app, context);
    registerClosingRoutes(app, context);
  },
  pilotPageSections: [gatesPageSection, closingPageSection],
};
