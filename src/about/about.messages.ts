// SPDX-License-Identifier: EUPL-1.2
import type { MessageBundle } from '../platform/i18n.js';

export const aboutMessages: MessageBundle = {
  nl: {
    about: {
      title: 'Over Pilotstarter',
      intro:
        'Gemeenten proberen veel nieuwe dingen uit, maar de meeste pilots krijgen geen vervolg. Wat een pilot binnen laat slagen — een beschermde plek, een klein enthousiast team, extra geld — maakt het juist moeilijk om de uitkomst daarna breed in te voeren. En omdat niemand overzicht heeft, vinden gemeenten elk opnieuw hetzelfde wiel uit.',
      purposeHeading: 'Waar het platform voor is',
      purpose1: 'Een actueel overzicht van innovatiepilots van gemeenten en hun partners.',
      purpose2: 'Meedoen namens uw organisatie, of volgen wat een ander probeert.',
      purpose3: 'Vergelijkbare pilots vinden, ook als ze in andere woorden zijn beschreven.',
      purpose4: 'Bewust leren en resultaten laten doorwerken in het gewone werk.',
      conditionsHeading: 'Welke pilots passen hier',
      conditions1: 'Het gaat om vernieuwing van de informatievoorziening, dienstverlening of bedrijfsvoering van gemeenten.',
      conditions2: 'Minstens één gemeente doet mee. Komt het initiatief van een andere partij, dan moet er binnen een maand een gemeente aan gekoppeld zijn.',
      conditions3: 'De oplossing is nog in ontwikkeling: geen af product.',
      conditions4: 'Het is niet commercieel: geen reclame of verkooppraatjes.',
      openHeading: 'Open',
      open: 'Pilotstarter is open source onder de EUPL-1.2. De gegevens over gepubliceerde pilots zijn als open data beschikbaar via de API.',
      apiLink: 'Beschrijving van de API (OpenAPI)',
    },
  },
  en: {
    about: {
      title: 'About Pilotstarter',
      intro:
        'Municipalities try many new things, but most pilots get no follow-up. What makes a pilot succeed inside — a protected place, a small enthusiastic team, extra money — is exactly what makes it hard to roll the result out widely afterwards. And because nobody has an overview, municipalities keep reinventing the same wheel.',
      purposeHeading: 'What the platform is for',
      purpose1: 'A current overview of innovation pilots by municipalities and their partners.',
      purpose2: 'Join on behalf of your organisation, or follow what others are trying.',
      purpose3: 'Find similar pilots, even when they are described in other words.',
      purpose4: 'Learn on purpose and carry results into regular work.',
      conditionsHeading: 'Which pilots belong here',
      conditions1: 'It is about renewing the information provision, services or operations of municipalities.',
      conditions2: 'At least one municipality takes part. When another party takes the initiative, a municipality must be linked within one month.',
      conditions3: 'The solution is still being developed: not a finished product.',
      conditions4: 'It is not commercial: no advertising or sales pitches.',
      openHeading: 'Open',
      open: 'Pilotstarter is open source under the EUPL-1.2. Data on published pilots is available as open data through the API.',
      apiLink: 'API description (OpenAPI)',
    },
  },
};
