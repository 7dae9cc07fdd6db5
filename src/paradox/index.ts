// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** The pilot-paradox self-assessment in rounds and its plot. */
export const paradoxModule: PlatformModule = {
  name: 'paradox',
};
