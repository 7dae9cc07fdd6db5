// SPDX-License-Identifier: EUPL-1.2
import type { MessageBundle } from '../platform/i18n.js';

export const matchingMessages: MessageBundle = {
  nl: {
    matching: {
      section: {
        heading: 'Vergelijkbare pilots',
        intro: 'Deze pilots lijken op deze pilot. Misschien kunt u van elkaar leren of samen optrekken.',
        none: 'We hebben nog geen pilots gevonden die op deze pilot lijken.',
      },
      notice: {
        heading: 'Er zijn al pilots die hierop lijken',
        intro: 'Bekijk ze voordat u verdergaat. Misschien kunt u meedoen of van de ervaringen leren.',
        none: 'We hebben geen pilots gevonden die op uw beschrijving lijken.',
        tooShort: 'Typ een titel en korte beschrijving van minstens drie woorden om te zien of er al vergelijkbare pilots zijn.',
        opensInNewTab: '(opent in een nieuw tabblad)',
      },
      result: {
        by: 'Initiatiefnemer: {organisation}',
        match: '{strength} ({percent}%)',
        why: 'Waarom: {reasons}',
      },
      strength: {
        strong: 'Sterke overeenkomst',
        good: 'Goede overeenkomst',
        some: 'Enige overeenkomst',
      },
      reason: {
        linked_by_moderator: 'door een moderator gekoppeld',
        shared_terms: 'beide over {values}',
        same_theme: { one: 'zelfde thema: {values}', other: 'zelfde thema’s: {values}' },
        same_purpose: 'zelfde soort pilot: {values}',
        shared_organisations: 'ook betrokken: {values}',
        and: 'en',
      },
    },
  },
  en: {
    matching: {
      section: {
        heading: 'Similar pilots',
        intro: 'These pilots look like this one. Perhaps you can learn from each other or work together.',
        none: 'We have not found any pilots like this one yet.',
      },
      notice: {
        heading: 'There are already similar pilots',
        intro: 'Have a look before you continue. Perhaps you can join one or learn from its experience.',
        none: 'We found no pilots that look like your description.',
        tooShort: 'Type a title and short description of at least three words to see whether similar pilots exist.',
        opensInNewTab: '(opens in a new tab)',
      },
      result: {
        by: 'Initiator: {organisation}',
        match: '{strength} ({percent}%)',
        why: 'Why: {reasons}',
      },
      strength: {
        strong: 'Strong match',
        good: 'Good match',
        some: 'Some overlap',
      },
      reason: {
        linked_by_moderator: 'linked by a moderator',
        shared_terms: 'both about {values}',
        same_theme: { one: 'same theme: {values}', other: 'same themes: {values}' },
        same_purpose: 'same kind of pilot: {values}',
        shared_organisations: 'also involved: {values}',
        and: 'and',
      },
    },
  },
};
