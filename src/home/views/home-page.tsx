// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../platform/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { phases, themes } from '../../pilots/pilots.tables.js';
import type { PilotSummary } from '../../pilots/pilots.types.js';
import { pilotListUrl } from '../../pilots/pilots-search.urls.js';
import { PilotCards } from '../../pilots/views/list-card.js';
import type { NationalStats } from '../stats.service.js';

interface HomePageProps {
  ctx: PageContext;
  stats: NationalStats;
  newest: readonly PilotSummary[];
}

/** A number as the reader writes it: 12.345 in Dutch, 12,345 in English. */
const formatNumber = (value: number, locale: string) => new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL').format(value);

/** "N gemeenten doen mee aan M pilots": the verb follows the number of municipalities. */
export function headline(t: Translate, locale: string, stats: Pick<NationalStats, 'municipalitiesTakingPart' | 'pilotsListed'>): string {
  const municipalities = t('home.municipalities', { count: stats.municipalitiesTakingPart, n: formatNumber(stats.municipalitiesTakingPart, locale) });
  const pilots = t('home.pilots', { count: stats.pilotsListed, n: formatNumber(stats.pilotsListed, locale) });
  return t('home.headline', { count: stats.municipalitiesTakingPart, municipalities, pilots });
}

function CountTable({ caption, column, rows, locale, t }: { caption: string; column: string; rows: { label: string; href: string; count: number }[]; locale: string; t: Translate }): JSX.Element {
  return (
    <table class="utrecht-table ps-home__table">
      <caption class="utrecht-table__caption" safe>{caption}</caption>
      <thead class="utrecht-table__header">
        <tr class="utrecht-table__row">
          <th class="utrecht-table__header-cell" scope="col" safe>{column}</th>
          <th class="utrecht-table__header-cell utrecht-table__header-cell--numeric-column" scope="col" safe>{t('home.countColumn')}</th>
        </tr>
      </thead>
      <tbody class="utrecht-table__body">
        {rows.map((row) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__cell" scope="row">
              <a class="utrecht-link" href={row.href} safe>{row.label}</a>
            </th>
            <td class="utrecht-table__cell utrecht-table__cell--numeric-column utrecht-table__cell--numeric-data" safe>{formatNumber(row.count, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** GET /: what Pilotstarter is for, the live numbers, a search box, the newest pilots and where to start. */
export function HomePage({ ctx, stats, newest }: HomePageProps): JSX.Element {
  const { t, locale } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('home.title')}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead ps-home__intro" safe>{t('home.intro')}</p>
        <ul class="ps-home__actions">
          <li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action" href="/pilots/new" safe>{t('home.registerPilot')}</a></li>
          <li><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action" href="/pilots" safe>{t('home.browse')}</a></li>
        </ul>

        <section class="ps-home__numbers" aria-labelledby="home-numbers-heading">
          <h2 class="utrecht-heading-2" id="home-numbers-heading" safe>{t('home.headlineHeading')}</h2>
          <p class="ps-home__headline" safe>{headline(t, locale, stats)}</p>
          <p class="utrecht-paragraph ps-home__adoptions" safe>{t('home.adoptions', { count: stats.adoptions, n: formatNumber(stats.adoptions, locale) })}</p>
          <div class="ps-home__tables">
            <CountTable
              t={t}
              locale={locale}
              caption={t('home.byPhaseHeading')}
              column={t('home.phaseColumn')}
              rows={phases.map((phase) => ({ label: t(`pilots.phase.${phase}`), href: pilotListUrl({ phase: [phase] }), count: stats.byPhase[phase] }))}
            />
            <CountTable
              t={t}
              locale={locale}
              caption={t('home.byThemeHeading')}
              column={t('home.themeColumn')}
              rows={themes.map((theme) => ({ label: t(`pilots.theme.${theme}`), href: pilotListUrl({ theme: [theme] }), count: stats.byTheme[theme] }))}
            />
          </div>
        </section>

        <section class="ps-home__search" aria-labelledby="home-search-heading">
          <h2 class="utrecht-heading-2" id="home-search-heading" safe>{t('home.searchHeading')}</h2>
          <form method="get" action="/pilots" role="search" class="ps-search-form" aria-labelledby="home-search-heading">
            <div class="utrecht-form-field utrecht-form-field--text">
              <label class="utrecht-form-label" for="home-q" safe>{t('home.searchLabel')}</label>
              <input class="utrecht-textbox utrecht-textbox--html-input" id="home-q" name="q" type="search" maxlength={200} />
            </div>
            <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('home.searchButton')}</button>
          </form>
        </section>

        <section class="ps-home__newest" aria-labelledby="home-newest-heading">
          <h2 class="utrecht-heading-2" id="home-newest-heading" safe>{t('home.newestHeading')}</h2>
          {newest.length > 0 ? <PilotCards t={t} pilots={newest} /> : <p class="utrecht-paragraph" safe>{t('home.noPilots')}</p>}
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/pilots" safe>{t('home.allPilots')}</a>
          </p>
        </section>

        <section class="ps-home__start" aria-labelledby="home-start-heading">
          <h2 class="utrecht-heading-2" id="home-start-heading" safe>{t('home.actionsHeading')}</h2>
          <ul class="ps-cards ps-home__start-list">
            <li class="ps-card">
              <h3 class="utrecht-heading-3"><a class="utrecht-link" href="/pilots/new" safe>{t('home.registerPilot')}</a></h3>
              <p class="utrecht-paragraph" safe>{t('home.registerText')}</p>
            </li>
            <li class="ps-card">
              <h3 class="utrecht-heading-3"><a class="utrecht-link" href="/pilots" safe>{t('home.browse')}</a></h3>
              <p class="utrecht-paragraph" safe>{t('home.browseText')}</p>
            </li>
            <li class="ps-card">
              <h3 class="utrecht-heading-3"><a class="utrecht-link" href="/organisations" safe>{t('home.organisations')}</a></h3>
            </li>
          </ul>
        </section>
      </>
    </Layout>
  );
}
