// SPDX-License-Identifier: EUPL-1.2

/** How a column's values are written: numbers stay numbers in XLSX and are right-aligned in HTML. */
export type ColumnKind = 'text' | 'integer' | 'decimal';

export interface DataColumn {
  readonly label: string;
  readonly kind: ColumnKind;
}

export type CellValue = string | number | null;

/**
 * One table of a dashboard, already translated: the single source for the HTML table under a chart and for its
 * CSV and XLSX exports, so an export always holds exactly what the page shows.
 */
export interface DataTable {
  /** Stable id: the anchor on the page and the export file name (`/dashboard/export/<id>.csv`). */
  readonly id: string;
  readonly caption: string;
  readonly columns: readonly DataColumn[];
  /** The first cell of each row names the row (a row header). */
  readonly rows: readonly (readonly CellValue[])[];
  /** Optional link per row for the first cell (e.g. the pilot page); not exported. */
  readonly rowLinks?: readonly (string | null)[];
}
