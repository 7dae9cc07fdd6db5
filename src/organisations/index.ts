// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createOrganisations } from './migrations/20261122T1000_create_organisations.js';
import { loadMunicipalities } from './migrations/20261122T1001_load_municipalities.js';
import { organisationsMessages } from './organisations.messages.js';
import { registerOrganisationRoutes } from './organisations.routes.js';

/** Organisations: the 342 municipalities from CBS and every other organisation that initiates or joins pilots. */
export const organisationsModule: PlatformModule = {
  name: 'organisations',
  migrations: {
    '20261122T1000_create_organisations': createOrganisations,
    '20261122T1001_load_municipalities': loadMunicipalities,
  },
  messages: organisationsMessages,
  register: registerOrganisationRoutes,
};
