// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Documents attached to a pilot or to the library: upload, type check by content, download. */
export const documentsModule: PlatformModule = {
  name: 'documents',
};
