// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext, PlatformModule } from '../platform/module.js';
import { nationalSnapshotJob } from './dashboards.jobs.js';
import { dashboardsMessages } from './dashboards.messages.js';
import { registerDashboardRoutes } from './dashboards.routes.js';
import { createDashboardSnapshots } from './migrations/20261122T1900_create_dashboard_snapshots.js';
import { indexParticipationsByDate } from './migrations/20261122T1901_index_participations_by_date.js';

/** National and organisation dashboards with server-side SVG charts and CSV/XLSX exports. */
export const dashboardsModule: PlatformModule = {
  name: 'dashboards',
  migrations: {
    '20261122T1900_create_dashboard_snapshots': createDashboardSnapshots,
    '20261122T1901_index_participations_by_date': indexParticipationsByDate,
  },
  messages: dashboardsMessages,
  register(app: FastifyInstance, context: AppContext) {
    registerDashboardRoutes(app, context);
  },
  jobs: [nationalSnapshotJob],
};
