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
      list: {
        title: 'Organisaties',
        intro: 'Alle gemeenten van Nederland en de andere organisaties die pilots starten of eraan meedoen. Kies een organisatie om haar pilots te zien.',
        nameLabel: 'Naam',
        typeLabel: 'Soort organisatie',
        provinceLabel: 'Provincie',
        any: 'Alle',
        submit: 'Zoeken',
        count: { one: '1 organisatie gevonden', other: '{count} organisaties gevonden' },
        empty: 'Geen organisaties gevonden. Probeer een deel van de naam, of haal een filter weg.',
        nameColumn: 'Naam',
        typeColumn: 'Soort',
        provinceColumn: 'Provincie',
        ignored: 'Een deel van het webadres konden we niet gebruiken en hebben we overgeslagen.',
      },
      page: {
        type: 'Soort',
        province: 'Provincie',
        cbsCode: 'CBS-code',
        website: 'Website',
        about: 'Over deze organisatie',
        initiated: {
          heading: 'Pilots die {name} startte',
          empty: '{name} heeft nog geen pilots gestart die op Pilotstarter staan.',
          pagination: 'Paginering van pilots die {name} startte',
        },
        joined: {
          heading: 'Pilots waaraan {name} meedoet',
          empty: '{name} doet nog niet mee aan pilots op Pilotstarter.',
          pagination: 'Paginering van pilots waaraan {name} meedoet',
        },
        followed: {
          heading: 'Pilots die medewerkers van {name} volgen',
          empty: 'Medewerkers van {name} volgen nog geen pilots.',
          pagination: 'Paginering van pilots die medewerkers van {name} volgen',
        },
        count: { one: '1 pilot', other: '{count} pilots' },
        searchAll: 'Zoek en filter in alle pilots van {name}',
        dashboard: 'Dashboard van {name}: het hele pilotportfolio in één overzicht',
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
      list: {
        title: 'Organisations',
        intro: 'Every municipality in the Netherlands and the other organisations that start or join pilots. Choose an organisation to see its pilots.',
        nameLabel: 'Name',
        typeLabel: 'Kind of organisation',
        provinceLabel: 'Province',
        any: 'All',
        submit: 'Search',
        count: { one: '1 organisation found', other: '{count} organisations found' },
        empty: 'No organisations found. Try part of the name, or remove a filter.',
        nameColumn: 'Name',
        typeColumn: 'Kind',
        provinceColumn: 'Province',
        ignored: 'We could not use part of the web address and skipped it.',
      },
      page: {
        type: 'Kind',
        province: 'Province',
        cbsCode: 'CBS code',
        website: 'Website',
        about: 'About this organisation',
        initiated: {
          heading: 'Pilots {name} started',
          empty: '{name} has not started any pilots on Pilotstarter yet.',
          pagination: 'Pagination of pilots {name} started',
        },
        joined: {
          heading: 'Pilots {name} takes part in',
          empty: '{name} does not take part in any pilots on Pilotstarter yet.',
          pagination: 'Pagination of pilots {name} takes part in',
        },
        followed: {
          heading: 'Pilots followed by people from {name}',
          empty: 'Nobody from {name} follows a pilot yet.',
          pagination: 'Pagination of pilots followed by people from {name}',
        },
        count: { one: '1 pilot', other: '{count} pilots' },
        searchAll: 'Search and filter all pilots of {name}',
        dashboard: 'Dashboard of {name}: the whole pilot portfolio at a glance',
      },
    },
  },
};
