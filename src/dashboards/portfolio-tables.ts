// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../platform/i18n.js';
import type { DataColumn, DataTable } from './data-table.js';
import type { Portfolio, PortfolioPilot } from './portfolio.service.js';

export const portfolioTableIds = ['phases', 'initiated', 'joined'] as const;
export type PortfolioTableId = (typeof portfolioTableIds)[number];

/** The organisation's tables, translated; learning columns only when the viewer may see them (dashboardsPolicy). */
export function portfolioTables(portfolio: Portfolio, t: Translate): Record<PortfolioTableId, DataTable> {
  const k = (key: string, params?: Record<string, string | number>) => t(`dashboards.portfolio.${key}`, params);
  const yesNo = (value: boolean) => k(value ? 'yes' : 'no');
  const learningColumns: DataColumn[] = portfolio.showsLearningDetails
    ? [
        { label: k('intake'), kind: 'text' },
        { label: k('lastReflection'), kind: 'text' },
        { label: k('paradoxMean'), kind: 'decimal' },
        { label: k('gatePending'), kind: 'text' },
      ]
    : [];
  const columns: DataColumn[] = [
    { label: k('pilot'), kind: 'text' },
    { label: k('phase'), kind: 'text' },
    { label: k('status'), kind: 'text' },
    ...learningColumns,
    { label: k('closing'), kind: 'text' },
    { label: k('adoptions'), kind: 'integer' },
  ];
  const row = (pilot: PortfolioPilot) => [
    pilot.title,
    t(`pilots.phase.${pilot.phase}`),
    t(`pilots.status.${pilot.status}`),
    ...(pilot.learning ? [yesNo(pilot.learning.intakeDone), pilot.learning.lastReflection ?? k('none'), pilot.learning.paradoxMean, yesNo(pilot.learning.gatePending)] : []),
    pilot.closingOutcome ? t(`gates.outcome.${pilot.closingOutcome}`) : k('notClosed'),
    pilot.adoptions,
  ];
  const pilotsTable = (id: 'initiated' | 'joined', list: Portfolio['initiated']): DataTable => ({
    id,
    caption: k(`${id}.caption`, { name: portfolio.organisation.name, total: list.total }),
    columns,
    rows: list.pilots.map(row),
    rowLinks: list.pilots.map((pilot) => `/pilots/${pilot.id}`),
  });
  return {
    phases: {
      id: 'phases',
      caption: k('phases.caption', { name: portfolio.organisation.name }),
      columns: [{ label: k('phase'), kind: 'text' }, { label: k('phases.initiated'), kind: 'integer' }, { label: k('phases.joined'), kind: 'integer' }],
      rows: portfolio.phases.map((entry) => [t(`pilots.phase.${entry.phase}`), entry.initiated, entry.joined]),
    },
    initiated: pilotsTable('initiated', portfolio.initiated),
    joined: pilotsTable('joined', portfolio.joined),
  };
}
