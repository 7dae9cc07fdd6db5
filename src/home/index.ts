// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** The home page with live numbers. */
export const homeModule: PlatformModule = {
  name: 'home',
};
