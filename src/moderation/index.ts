// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createModeration } from './migrations/20261122T1300_create_moderation.js';
import { addModerationConstraints } from './migrations/20261122T1310_add_moderation_constraints.js';
import { moderationMessages } from './moderation.messages.js';
import { registerModerationRoutes } from './moderation.routes.js';
import { registerReportRoutes } from './report.routes.js';
import { reportSection } from './views/report-section.js';

/** Moderation: reports by members, the moderators' queue, hiding and restoring pilots, and the audit log. */
export const moderationModule: PlatformModule = {
  name: 'moderation',
  migrations: {
    '20261122T1300_create_moderation': createModeration,
    '20261122T1310_add_moderation_constraints': addModerationConstraints,
  },
  messages: moderationMessages,
  register(app, context) {
    registerReportRoutes(app, context);
    registerModerationRoutes(app, context);
  },
  pilotPageSections: [reportSection],
};
