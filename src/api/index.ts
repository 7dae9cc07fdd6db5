// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** The open data API (/api/v1) and its OpenAPI 3.1 document. */
export const apiModule: PlatformModule = {
  name: 'api',
};
