// SPDX-License-Identifier: EUPL-1.2
import type { PilotSummary } from '../../pilots/pilots.service.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { ScalingCandidate } from '../scaling.service.js';

function pageHref(page: number): string {
  return `/scaling?page=${page}`;
}

interface ScalingListPageProps {
  ctx: PageContext;
  result: { items: readonly ScalingCandidate[]; total: number; page: number; pageSize: number };
  pilots: ReadonlyMap<number, PilotSummary>;
}

/** GET /scaling: the public list of scaling candidates with the state of their impact analysis. */
export function ScalingListPage({ ctx, result, pilots }: ScalingListPageProps): JSX.Element {
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <Layout ctx={ctx} title={t('scaling.list.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('scaling.list.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('scaling.list.intro')}</p>
        <h2 class="utrecht-heading-2" id="scaling-results" safe>{t('scaling.list.results', { count: result.total })}</h2>
        {result.items.length === 0 ? (
          <p class="utrecht-paragraph" safe>{t('scaling.list.none')}</p>
        ) : (
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption ps-visually-hidden" safe>{t('scaling.list.results', { count: result.total })}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.list.pilot')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.list.municipalities')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.list.status')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('scaling.list.recommendation')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {result.items.map((item) => {
                const pilot = pilots.get(item.pilotId);
                const recommendation: string = item.analysis ? t(`scaling.recommendation.${item.analysis.recommendation}`) : '–';
                return (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      <a class="utrecht-link" href={`/pilots/${item.pilotId}#scaling-heading`} safe>{pilot?.title ?? String(item.pilotId)}</a>
                    </th>
                    <td class="utrecht-table__cell" safe>{String(pilot?.municipalityCount ?? 0)}</td>
                    <td class="utrecht-table__cell" safe>{item.analysis ? t('scaling.status.recorded', { version: item.analysis.version }) : t('scaling.status.pending')}</td>
                    <td class="utrecht-table__cell" safe>{recommendation}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
        {pages > 1 ? (
          <nav aria-label={t('scaling.list.pagination')}>
            <ul class="ps-pagination">
              {result.page > 1 ? <li><a class="utrecht-link" href={pageHref(result.page - 1)} rel="prev" safe>{t('scaling.list.previous')}</a></li> : ''}
              <li safe>{t('scaling.list.pageOf', { page: result.page, pages })}</li>
              {result.page < pages ? <li><a class="utrecht-link" href={pageHref(result.page + 1)} rel="next" safe>{t('scaling.list.next')}</a></li> : ''}
            </ul>
          </nav>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}
