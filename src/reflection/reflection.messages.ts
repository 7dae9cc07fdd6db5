// SPDX-License-Identifier: EUPL-1.2
import type { MessageBundle } from '../platform/i18n.js';
import { reflectionEn } from './reflection.messages.en.js';
import { reflectionNl } from './reflection.messages.nl.js';

export const reflectionMessages: MessageBundle = {
  nl: { reflection: reflectionNl },
  en: { reflection: reflectionEn },
};
