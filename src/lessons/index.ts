// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Learning log and lessons, published to the platform-wide lessons list. */
export const lessonsModule: PlatformModule = {
  name: 'lessons',
};
