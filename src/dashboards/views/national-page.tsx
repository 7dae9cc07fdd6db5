// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { DataTable } from '../data-table.js';
import type { NationalTableId } from '../national-tables.js';
import type { NationalDashboard } from '../national.service.js';
import { ChartWithTable, DataTableView } from './data-table-view.js';
import { nationalCharts } from './national-charts.js';

export interface NationalPageProps {
  ctx: PageContext;
  dashboard: NationalDashboard;
  tables: Record<NationalTableId, DataTable>;
  minMunicipalities: number;
}

const exportBase = '/dashboard/export';

function Section({ id, heading, intro, children }: { id: string; heading: string; intro?: string; children: JSX.Element }): JSX.Element {
  return (
    <section aria-labelledby={`heading-${id}`} class="ps-dashboard-section">
      <h2 class="utrecht-heading-2" id={`heading-${id}`} safe>{heading}</h2>
      {intro ? <p class="utrecht-paragraph" safe>{intro}</p> : ''}
      {children}
    </section>
  );
}

/** GET /dashboard: the national picture, each chart followed by its table and export links. */
export function NationalPage({ ctx, dashboard, tables, minMunicipalities }: NationalPageProps): JSX.Element {
  const { t } = ctx;
  const k = (key: string, params?: Record<string, string | number>) => t(`dashboards.national.${key}`, params);
  const charts = nationalCharts(dashboard, t, ctx.locale);
  const refreshed = new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(dashboard.refreshedAt));
  const chart = (id: keyof typeof charts) => <ChartWithTable ctx={ctx} svg={charts[id]} table={tables[id]} exportBase={exportBase} />;
  const totals = dashboard.followThroughTotals;
  return (
    <Layout ctx={ctx} title={k('title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{k('title')}</h1>
        <p class="utrecht-paragraph" safe>{k('intro')}</p>
        <p class="utrecht-paragraph ps-dashboard-refreshed" safe>{k('refreshed', { time: refreshed })}</p>
        <Section id="participation" heading={k('participation.heading')}>
          <>
            <DataTableView ctx={ctx} table={tables.participation} exportBase={exportBase} />
            {chart('by-month')}
          </>
        </Section>
        <Section id="funnel" heading={k('funnel.heading')} intro={k('funnel.intro')}>{chart('funnel')}</Section>
        <Section id="gates" heading={k('gates.heading')} intro={k('gates.intro')}>{chart('gates')}</Section>
        <Section id="themes" heading={k('themes.heading')} intro={k('themes.intro')}>{chart('themes')}</Section>
        <Section id="provinces" heading={k('provinces.heading')} intro={k('provinces.intro')}>{chart('provinces')}</Section>
        <Section id="follow-through" heading={k('followThrough.heading')} intro={k('followThrough.totals', { closings: totals.closings, records: totals.followThroughRecords, adoptions: totals.adoptions })}>
          {chart('follow-through')}
        </Section>
        <Section id="most-joined" heading={k('mostJoined.heading')}>{chart('most-joined')}</Section>
        <Section id="scaling-candidates" heading={k('candidates.heading')} intro={k('candidates.intro')}>
          <>
            <form method="get" action="/dashboard#heading-scaling-candidates" class="ps-dashboard-threshold">
              <div class="utrecht-form-field utrecht-form-field--text">
                <div class="utrecht-form-field__label">
                  <label class="utrecht-form-label" for="dashboard-min" safe>{k('candidates.minLabel')}</label>
                </div>
                <div class="utrecht-form-field__input">
                  <input class="utrecht-textbox utrecht-textbox--html-input ps-dashboard-threshold__input" id="dashboard-min" name="min" type="number" min="1" max="342" value={String(minMunicipalities)} inputmode="numeric" />
                </div>
              </div>
              <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{k('candidates.apply')}</button>
            </form>
            <DataTableView ctx={ctx} table={tables['scaling-candidates']} exportBase={exportBase} query={`?min=${minMunicipalities}`} />
            <h3 class="utrecht-heading-3" safe>{k('marked.heading')}</h3>
            <p class="utrecht-paragraph">
              <span safe>{k('marked.intro')}</span>{' '}
              <a class="utrecht-link" href="/scaling" safe>{k('marked.link')}</a>
            </p>
            <DataTableView ctx={ctx} table={tables['marked-candidates']} exportBase={exportBase} />
          </>
        </Section>
      </>
    </Layout>
  );
}
