// SPDX-License-Identifier: EUPL-1.2
import type { MessageBundle } from '../platform/i18n.js';

export const organisationsMessages: MessageBundle = {
  nl: {
    organisations: {
      type: {
        municipality: 'Gemeente',
        partnership: 'Samenwerkingsverband van gemeenten',
        government: 'Andere overheid',
        company: 'Bedrijf',
        knowledge_institute: 'Kennisinstelling',
        foundation: 'Stichting of vereniging',
      },
    },
  },
  en: {
    organisations: {
      type: {
        municipality: 'Municipality',
        partnership: 'Partnership of municipalities',
        government: 'Other government body',
        company: 'Company',
        knowledge_institute: 'Knowledge institute',
        foundation: 'Foundation or association',
      },
    },
  },
};
