// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';

/** Search aid, expert pool, stories and the knowledge portal's entry page. */
export const knowledgeModule: PlatformModule = {
  name: 'knowledge',
};
