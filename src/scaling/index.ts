// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Scaling candidates and their impact analysis, recorded by moderators. */
export const scalingModule: PlatformModule = {
  name: 'scaling',
};
