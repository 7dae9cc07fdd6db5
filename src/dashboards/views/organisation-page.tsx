// SPDX-License-Identifier: EUPL-1.2
import type { Locale, Translate } from '../../platform/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { barChartSvg } from '../charts/bar-chart.js';
import { funnelChartSvg } from '../charts/funnel-chart.js';
import type { DataTable } from '../data-table.js';
import type { PortfolioTableId } from '../portfolio-tables.js';
import { portfolioExportLimit, type Portfolio, type PortfolioPilot } from '../portfolio.service.js';
import { ChartWithTable } from './data-table-view.js';

export interface OrganisationPageProps {
  ctx: PageContext;
  portfolio: Portfolio;
  tables: Record<PortfolioTableId, DataTable>;
}

/** The paradox position of the pilots shown (mean of the seven dimensions), as dots between the two poles. */
function paradoxChart(t: Translate, locale: Locale, id: string, pilots: readonly PortfolioPilot[]): string | null {
  const rated = pilots.filter((pilot) => pilot.learning?.paradoxMean != null);
  if (rated.length === 0) return null;
  const k = (key: string) => t(`dashboards.portfolio.${key}`);
  return barChartSvg({
    id,
    title: k('paradoxChartTitle'),
    description: k('paradoxChartDescription'),
    mark: 'dot',
    scale: { min: 1, max: 5, minLabel: k('poleInternal'), maxLabel: k('poleExternal') },
    bars: rated.map((pilot) => ({ label: pilot.title, value: pilot.learning!.paradoxMean!, valueText: pilot.learning!.paradoxMean!.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB') })),
  });
}

/** GET /organisations/:slug/dashboard: one organisation's pilot portfolio with charts, tables and exports. */
export function OrganisationPage({ ctx, portfolio, tables }: OrganisationPageProps): JSX.Element {
  const { t } = ctx;
  const k = (key: string, params?: Record<string, string | number>) => t(`dashboards.portfolio.${key}`, params);
  const { organisation } = portfolio;
  const base = `/organisations/${organisation.slug}/dashboard`;
  const exportBase = `${base}/export`;
  const pages = Math.max(1, Math.ceil(Math.max(portfolio.initiated.total, portfolio.joined.total) / portfolio.pageSize));
  const phaseChart = funnelChartSvg({
    id: 'chart-phases',
    title: k('phases.chartTitle', { name: organisation.name }),
    description: k('phases.chartDescription'),
    steps: portfolio.phases.map((entry) => ({ name: t(`pilots.phase.${entry.phase}`), value: entry.initiated + entry.joined, label: k('phases.stepLabel', { initiated: entry.initiated, joined: entry.joined }) })),
  });
  return (
    <Layout ctx={ctx} title={k('title', { name: organisation.name })}>
      <>
        <h1 class="utrecht-heading-1" safe>{k('title', { name: organisation.name })}</h1>
        <p class="utrecht-paragraph" safe>{k('intro')}</p>
        <p class="utrecht-paragraph" safe>{portfolio.showsLearningDetails ? k('learningShown') : k('learningHidden', { name: organisation.name })}</p>
        <p class="utrecht-paragraph" safe>{k('exportsWhole', { pageSize: portfolio.pageSize, limit: portfolioExportLimit.toLocaleString(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB') })}</p>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/organisations/${organisation.slug}`} safe>{k('backToOrganisation', { name: organisation.name })}</a>
        </p>
        <section aria-labelledby="heading-phases" class="ps-dashboard-section">
          <h2 class="utrecht-heading-2" id="heading-phases" safe>{k('phases.heading')}</h2>
          <ChartWithTable ctx={ctx} svg={phaseChart} table={tables.phases} exportBase={exportBase} />
        </section>
        {(['initiated', 'joined'] as const).map((kind) => (
          <section aria-labelledby={`heading-${kind}`} class="ps-dashboard-section">
            <h2 class="utrecht-heading-2" id={`heading-${kind}`} safe>{k(`${kind}.heading`)}</h2>
            <ChartWithTable ctx={ctx} svg={portfolio.showsLearningDetails ? paradoxChart(t, ctx.locale, `chart-paradox-${kind}`, portfolio[kind].pilots) : null} table={tables[kind]} exportBase={exportBase} />
          </section>
        ))}
        {pages > 1 ? (
          <nav aria-label={k('pagination')}>
            <ul class="ps-pagination">
              {portfolio.page > 1 ? (
                <li>
                  <a class="utrecht-link" href={`${base}?page=${portfolio.page - 1}`} rel="prev" safe>{k('previous')}</a>
                </li>
              ) : (
                ''
              )}
              <li safe>{k('pageOf', { page: portfolio.page, pages })}</li>
              {portfolio.page < pages ? (
                <li>
                  <a class="utrecht-link" href={`${base}?page=${portfolio.page + 1}`} rel="next" safe>{k('next')}</a>
                </li>
              ) : (
                ''
              )}
            </ul>
          </nav>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}
