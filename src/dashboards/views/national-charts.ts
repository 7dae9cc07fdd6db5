// SPDX-License-Identifier: EUPL-1.2
import type { Locale, Translate } from '../../platform/i18n.js';
import { barChartSvg } from '../charts/bar-chart.js';
import { funnelChartSvg } from '../charts/funnel-chart.js';
import { lineChartSvg } from '../charts/line-chart.js';
import type { NationalDashboard } from '../national.service.js';

// Formatters are costly to create (about 0.2 ms each), so one per language is kept.
const monthFormats: Record<Locale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};

/** "2026-11" → "nov 2026" (nl) or "Nov 2026" (en), for chart axes; tables keep the sortable form. */
export function monthLabel(month: string, locale: Locale): string {
  return monthFormats[locale].format(new Date(`${month}-01T00:00:00Z`));
}

/** The SVG of each national chart, keyed like the tables they belong to. */
export function nationalCharts(dashboard: NationalDashboard, t: Translate, locale: Locale): Record<'by-month' | 'funnel' | 'gates' | 'themes' | 'provinces' | 'follow-through' | 'most-joined', string> {
  const k = (key: string, params?: Record<string, string | number>) => t(`dashboards.national.${key}`, params);
  const months = dashboard.byMonth.map((row) => monthLabel(row.month, locale));
  return {
    'by-month': lineChartSvg({
      id: 'chart-by-month',
      title: k('byMonth.chartTitle'),
      description: k('byMonth.chartDescription'),
      categories: months,
      series: [
        { label: k('byMonth.participations'), values: dashboard.byMonth.map((row) => row.participations) },
        { label: k('byMonth.pilotsPublished'), values: dashboard.byMonth.map((row) => row.pilotsPublished) },
      ],
      areaUnderFirst: true,
      labelEvery: 6,
    }),
    funnel: funnelChartSvg({
      id: 'chart-funnel',
      title: k('funnel.chartTitle'),
      description: k('funnel.chartDescription'),
      steps: dashboard.funnel.map((row) => ({ name: t(`pilots.phase.${row.phase}`), value: row.reached, label: k('funnel.stepLabel', { reached: row.reached, current: row.current }) })),
    }),
    gates: barChartSvg({
      id: 'chart-gates',
      title: k('gates.chartTitle'),
      description: k('gates.chartDescription'),
      bars: dashboard.gates.map((row) => ({ label: t(`gates.decision.${row.decision}`), value: row.count })),
    }),
    themes: barChartSvg({
      id: 'chart-themes',
      title: k('themes.chartTitle'),
      description: k('themes.chartDescription'),
      bars: [...dashboard.themes].sort((a, b) => b.count - a.count).map((row) => ({ label: t(`pilots.theme.${row.theme}`), value: row.count })),
    }),
    provinces: barChartSvg({
      id: 'chart-provinces',
      title: k('provinces.chartTitle'),
      description: k('provinces.chartDescription'),
      bars: dashboard.provinces.map((row) => ({ label: row.name, value: row.municipalitiesTakingPart, valueText: k('provinces.ofTotal', { count: row.municipalitiesTakingPart, total: row.municipalities }) })),
    }),
    'follow-through': lineChartSvg({
      id: 'chart-follow-through',
      title: k('followThrough.chartTitle'),
      description: k('followThrough.chartDescription'),
      categories: months,
      series: [
        { label: k('followThrough.closings'), values: dashboard.followThrough.map((row) => row.closings) },
        { label: k('followThrough.records'), values: dashboard.followThrough.map((row) => row.followThroughRecords) },
        { label: k('followThrough.adoptions'), values: dashboard.followThrough.map((row) => row.adoptions) },
      ],
      labelEvery: 6,
    }),
    'most-joined': barChartSvg({
      id: 'chart-most-joined',
      title: k('mostJoined.chartTitle'),
      description: k('mostJoined.chartDescription'),
      bars: dashboard.mostJoined.map((row) => ({ label: row.title, value: row.municipalityCount })),
    }),
  };
}
