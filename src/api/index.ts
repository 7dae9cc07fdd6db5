// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { apiMessages } from './api.messages.js';
import { registerApi } from './api.plugin.js';

/** The open data API (/api/v1) and its OpenAPI 3.1 document. */
export const apiModule: PlatformModule = {
  name: 'api',
  messages: apiMessages,
  register: registerApi,
};
