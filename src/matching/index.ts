// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Matching: similar pilots on the pilot page, while registering, and in the API. */
export const matchingModule: PlatformModule = {
  name: 'matching',
};
