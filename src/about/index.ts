// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { aboutMessages } from './about.messages.js';
import { registerAboutRoutes } from './about.routes.js';

/** The "about" page: the platform's purpose and the conditions for a pilot. */
export const aboutModule: PlatformModule = {
  name: 'about',
  messages: aboutMessages,
  register: (app) => registerAboutRoutes(app),
};
