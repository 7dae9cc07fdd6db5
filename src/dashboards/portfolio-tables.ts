// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../platform/i18n.js';
import type { CellValue, DataColumn, DataTable } from './data-table.js';
import type { PhaseCount, Portfolio, PortfolioExport, PortfolioList, PortfolioListKind, PortfolioOrganisation, PortfolioPilot } from './portfolio.service.js';

export const portfolioTableIds = ['phases', 'initiated', 'joined'] as const;
export type PortfolioTableId = (typeof portfolioTableIds)[number];

type Texts = (key: string, params?: Record<string, string | number>) => string;

const textsOf = (t: Translate): Texts => (key, params) => t(`dashboards.portfolio.${key}`, params);

function phasesTable(organisation: PortfolioOrganisation, phases: readonly PhaseCount[], t: Translate): DataTable {
  const k = textsOf(t);
  return {
    id: 'phases',
    caption: k('phases.caption', { name: organisation.name }),
    columns: [{ label: k('phase'), kind: 'text' }, { label: k('phases.initiated'), kind: 'integer' }, { label: k('phases.joined'), kind: 'integer' }],
    rows: phases.map((entry) => [t(`pilots.phase.${entry.phase}`), entry.initiated, entry.joined]),
  };
}

/**
 * A table of pilots; learning columns only when the viewer may see them (dashboardsPolicy). With `limit`, a list
 * cut off at that many pilots ends with a row that says so, so a file never looks complete when it is not.
 */
function pilotsTable(kind: PortfolioListKind, organisation: PortfolioOrganisation, showsLearningDetails: boolean, list: PortfolioList, t: Translate, limit?: number): DataTable {
  const k = textsOf(t);
  const yesNo = (value: boolean) => k(value ? 'yes' : 'no');
  const learningColumns: DataColumn[] = showsLearningDetails
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
  const row = (pilot: PortfolioPilot): CellValue[] => [
    pilot.title,
    t(`pilots.phase.${pilot.phase}`),
    t(`pilots.status.${pilot.status}`),
    ...(pilot.learning ? [yesNo(pilot.learning.intakeDone), pilot.learning.lastReflection ?? k('none'), pilot.learning.paradoxMean, yesNo(pilot.learning.gatePending)] : []),
    pilot.closingOutcome ? t(`gates.outcome.${pilot.closingOutcome}`) : k('notClosed'),
    pilot.adoptions,
  ];
  const cutOff = limit !== undefined && list.total > list.pilots.length;
  const note: CellValue[][] = cutOff ? [[k('exportCutOff', { limit, total: list.total }), ...columns.slice(1).map(() => null)]] : [];
  return {
    id: kind,
    caption: k(`${kind}.caption`, { name: organisation.name, total: list.total }),
    columns,
    rows: [...list.pilots.map(row), ...note],
    rowLinks: [...list.pilots.map((pilot) => `/pilots/${pilot.id}`), ...note.map(() => null)],
  };
}

/** The organisation's tables for one page, translated. */
export function portfolioTables(portfolio: Portfolio, t: Translate): Record<PortfolioTableId, DataTable> {
  const { organisation, showsLearningDetails } = portfolio;
  return {
    phases: phasesTable(organisation, portfolio.phases, t),
    initiated: pilotsTable('initiated', organisation, showsLearningDetails, portfolio.initiated, t),
    joined: pilotsTable('joined', organisation, showsLearningDetails, portfolio.joined, t),
  };
}

/** The one table an export asks for, with every pilot of the portfolio (up to the export limit). */
export function portfolioExportTable(data: PortfolioExport, t: Translate): DataTable {
  if (data.table === 'phases') return phasesTable(data.organisation, data.phases, t);
  return pilotsTable(data.table, data.organisation, data.showsLearningDetails, data.list, t, data.limit);
}
