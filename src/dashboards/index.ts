// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** National and organisation dashboards with server-side SVG charts and CSV/XLSX exports. */
export const dashboardsModule: PlatformModule = {
  name: 'dashboards',
};
