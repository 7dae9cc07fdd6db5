// SPDX-License-Identifier: EUPL-1.2
import type { MessageBundle } from '../platform/i18n.js';

/** Texts of the home page (`home.*`). */
export const homeMessages: MessageBundle = {
  nl: {
    home: {
      title: 'Pilots van gemeenten vinden, volgen en samen doen',
      intro:
        'Gemeenten proberen veel nieuws uit, maar vaak weet de ene gemeente niet wat de andere al test. Op Pilotstarter zet u uw pilot online, ziet u wat elders loopt en sluit u aan als uw organisatie mee wil doen. Zo leert u van elkaar en krijgt een goede oplossing sneller een plek in het gewone werk.',
      headline: {
        one: '{municipalities} doet mee aan {pilots}',
        other: '{municipalities} doen mee aan {pilots}',
      },
      municipalities: { one: '1 gemeente', other: '{n} gemeenten' },
      pilots: { one: '1 pilot', other: '{n} pilots' },
      adoptions: {
        one: 'De resultaten van pilots zijn 1 keer overgenomen door een andere organisatie.',
        other: 'De resultaten van pilots zijn {n} keer overgenomen door een andere organisatie.',
      },
      headlineHeading: 'In cijfers',
      byPhaseHeading: 'Pilots per fase',
      byThemeHeading: 'Pilots per thema',
      countColumn: 'Aantal pilots',
      phaseColumn: 'Fase',
      themeColumn: 'Thema',
      searchHeading: 'Zoek een pilot',
      searchLabel: 'Waar zoekt u naar?',
      searchButton: 'Zoeken',
      newestHeading: 'Nieuwste pilots',
      allPilots: 'Bekijk alle pilots',
      noPilots: 'Er staan nog geen pilots op Pilotstarter. Meld de eerste aan!',
      actionsHeading: 'Aan de slag',
      registerPilot: 'Meld een pilot aan',
      registerText: 'Loopt er bij u een pilot? Zet hem online, zodat andere gemeenten kunnen volgen of meedoen.',
      browse: 'Bekijk wat er loopt',
      browseText: 'Zoek op onderwerp, thema, fase of gemeente, en sluit aan bij een pilot die bij u past.',
      organisations: 'Bekijk deelnemende organisaties',
    },
  },
  en: {
    home: {
      title: 'Find, follow and join the pilots of municipalities',
      intro:
        'Municipalities try out many new things, but one often does not know what another is already testing. On Pilotstarter you put your pilot online, see what runs elsewhere and join when your organisation wants to take part. That way you learn from each other and a good solution finds its place in regular work sooner.',
      headline: {
        one: '{municipalities} takes part in {pilots}',
        other: '{municipalities} take part in {pilots}',
      },
      municipalities: { one: '1 municipality', other: '{n} municipalities' },
      pilots: { one: '1 pilot', other: '{n} pilots' },
      adoptions: {
        one: 'Pilot results have been adopted once by another organisation.',
        other: 'Pilot results have been adopted {n} times by other organisations.',
      },
      headlineHeading: 'In numbers',
      byPhaseHeading: 'Pilots by phase',
      byThemeHeading: 'Pilots by theme',
      countColumn: 'Number of pilots',
      phaseColumn: 'Phase',
      themeColumn: 'Theme',
      searchHeading: 'Search for a pilot',
      searchLabel: 'What are you looking for?',
      searchButton: 'Search',
      newestHeading: 'Newest pilots',
      allPilots: 'See all pilots',
      noPilots: 'There are no pilots on Pilotstarter yet. Register the first one!',
      actionsHeading: 'Get started',
      registerPilot: 'Register a pilot',
      registerText: 'Is your organisation running a pilot? Put it online, so other municipalities can follow or join.',
      browse: 'See what is running',
      browseText: 'Search by subject, theme, phase or municipality, and join a pilot that suits you.',
      organisations: 'See the organisations taking part',
    },
  },
};
