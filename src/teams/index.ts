// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { registerCoachRoutes } from './coach.routes.js';
import { registerInvitationRoutes } from './invitations.routes.js';
import { extendPilotTeams } from './migrations/20261122T1700_extend_pilot_teams.js';
import { teamsMessages } from './teams.messages.js';
import { registerTeamRoutes } from './teams.routes.js';
import { teamPageSection } from './teams.sections.js';

/** Pilot teams: roles, invitations, composition guidance, and the coach's overview. */
export const teamsModule: PlatformModule = {
  name: 'teams',
  migrations: {
    '20261122T1700_extend_pilot_teams': extendPilotTeams,
  },
  messages: teamsMessages,
  register(app, context) {
    registerTeamRoutes(app, context);
    registerInvitationRoutes(app, context);
    registerCoachRoutes(app, context);
  },
  pilotPageSections: [teamPageSection],
};
