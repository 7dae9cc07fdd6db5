// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Reflection sessions with actions and reminders; barriers and dark-side risks. */
export const reflectionModule: PlatformModule = {
  name: 'reflection',
};
