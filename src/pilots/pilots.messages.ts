// SPDX-License-Identifier: EUPL-1.2
import type { MessageBundle } from '../platform/i18n.js';
import { pilotsEn } from './pilots.messages.en.js';
import { pilotsNl } from './pilots.messages.nl.js';

/**
 * Texts under `pilots.*`. Other modules reuse `pilots.phase.<key>`, `pilots.status.<key>`, `pilots.theme.<key>`,
 * `pilots.purpose.<key>`, `pilots.object.<key>`, `pilots.degree.<key>` and `pilots.level.<key>`.
 */
export const pilotsMessages: MessageBundle = {
  nl: { pilots: pilotsNl },
  en: { pilots: pilotsEn },
};
