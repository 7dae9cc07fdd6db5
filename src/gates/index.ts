// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Phases and gate decisions, closing evaluation, follow-through and adoption by other organisations. */
export const gatesModule: PlatformModule = {
  name: 'gates',
};
