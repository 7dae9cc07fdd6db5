// SPDX-License-Identifier: EUPL-1.2
import { stringify } from 'csv-stringify/sync';
import writeXlsxFile from 'write-excel-file/node';
import type { Cell, Row } from 'write-excel-file/node';
import type { Locale } from '../platform/i18n.js';
import type { CellValue, DataTable } from './data-table.js';

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"), plus tab and CR. */
const formulaStart = /^[=+\-@\t\r]/;

/** Prefixes a text that a spreadsheet would run as a formula with an apostrophe, so it is shown as text. */
export function guardFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/**
 * Dutch Excel splits CSV on ';' (its list separator, because the decimal separator is a comma) and shows
 * decimals with a comma; English Excel uses ',' and '.'. The file follows the language of the page it came from.
 */
function csvCell(value: CellValue, locale: Locale): string {
  if (value === null) return '';
  if (typeof value === 'number') return locale === 'nl' ? String(value).replace('.', ',') : String(value);
  return guardFormula(value);
}

/** The table as CSV: UTF-8 with a byte-order mark (so Excel reads accents right), header row first. */
export function tableToCsv(table: DataTable, locale: Locale): string {
  const records = [table.columns.map((column) => csvCell(column.label, locale)), ...table.rows.map((row) => row.map((value) => csvCell(value, locale)))];
  return stringify(records, { bom: true, delimiter: locale === 'nl' ? ';' : ',', record_delimiter: 'windows' });
}

function xlsxCell(value: CellValue): Cell {
  if (value === null) return null;
  // Text cells are stored as strings, never as formulas, so "=..." is shown, not run: no guard needed here.
  return typeof value === 'number' ? { value, type: Number } : { value, type: String };
}

/** The table as an XLSX workbook with one sheet: a bold header row, then the rows with numbers as numbers. */
export async function tableToXlsx(table: DataTable): Promise<Buffer> {
  const header: Row = table.columns.map((column) => ({ value: column.label, type: String, fontWeight: 'bold' }));
  const rows: Row[] = table.rows.map((row) => row.map(xlsxCell));
  // Sheet names are at most 31 characters and may not hold []:*?/\ (Excel's rule).
  const sheet = table.caption.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || table.id;
  return writeXlsxFile([header, ...rows], { sheet }).toBuffer();
}

/** A download name such as `pilotstarter-funnel-2026-11-22.csv` (ASCII only, safe in Content-Disposition). */
export function exportFileName(prefix: string, table: DataTable, format: ExportFormat, now: Date = new Date()): string {
  const safe = `${prefix}-${table.id}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${safe}-${now.toISOString().slice(0, 10)}.${format}`;
}
