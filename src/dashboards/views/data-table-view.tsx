// SPDX-License-Identifier: EUPL-1.2
import type { Locale } from '../../platform/i18n.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { CellValue, DataTable } from '../data-table.js';

// One number format per language: toLocaleString would build a new formatter for every cell.
const numberFormats: Record<Locale, Intl.NumberFormat> = { nl: new Intl.NumberFormat('nl-NL'), en: new Intl.NumberFormat('en-GB') };

function formatCell(value: CellValue, locale: Locale): string {
  if (value === null) return '–';
  return typeof value === 'number' ? numberFormats[locale].format(value) : value;
}

/**
 * A dashboard table: caption, column headers with scope, the first cell of each row as its row header, and links
 * to download exactly this table as CSV and XLSX (`<exportBase>/<id>.csv`, keeping `query`).
 */
export function DataTableView({ ctx, table, exportBase, query = '' }: { ctx: PageContext; table: DataTable; exportBase: string; query?: string }): JSX.Element {
  const { t } = ctx;
  return (
    <div class="ps-dashboard-table">
      <div class="ps-table-scroll">
        <table class="utrecht-table ps-dashboard-table__table" id={`table-${table.id}`}>
          <caption class="utrecht-table__caption" safe>{table.caption}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              {table.columns.map((column) => (
                <th class={`utrecht-table__header-cell${column.kind === 'text' ? '' : ' utrecht-table__header-cell--numeric'}`} scope="col" safe>{column.label}</th>
              ))}
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {table.rows.length === 0 ? (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell" colspan={String(table.columns.length)} safe>{t('dashboards.table.empty')}</td>
              </tr>
            ) : (
              table.rows.map((row, rowIndex) => {
                const link = table.rowLinks?.[rowIndex] ?? null;
                const [first, ...rest] = row;
                return (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">
                      {link ? <a class="utrecht-link" href={link} safe>{formatCell(first ?? null, ctx.locale)}</a> : <span safe>{formatCell(first ?? null, ctx.locale)}</span>}
                    </th>
                    {rest.map((value, index) => (
                      <td class={`utrecht-table__cell${table.columns[index + 1]?.kind === 'text' ? '' : ' utrecht-table__cell--numeric'}`} safe>{formatCell(value, ctx.locale)}</td>
                    ))}
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </div>
      <ul class="ps-dashboard-exports">
        {(['csv', 'xlsx'] as const).map((format) => (
          <li>
            <a class="utrecht-link" href={`${exportBase}/${table.id}.${format}${query}`} download="">
              <span safe>{t(`dashboards.table.download.${format}`)}</span>
              <span class="ps-visually-hidden" safe>{` (${table.caption})`}</span>
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A chart (an SVG string from src/dashboards/charts, which escape every text) followed by its table. */
export function ChartWithTable({ ctx, svg, table, exportBase, query }: { ctx: PageContext; svg: string | null; table: DataTable; exportBase: string; query?: string }): JSX.Element {
  const safeSvg = svg ?? '';
  return (
    <>
      {svg ? <figure class="ps-dashboard-figure">{safeSvg}</figure> : ''}
      <DataTableView ctx={ctx} table={table} exportBase={exportBase} query={query} />
    </>
  );
}
