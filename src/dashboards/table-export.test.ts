// SPDX-License-Identifier: EUPL-1.2
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import type { DataTable } from './data-table.js';
import { exportFileName, guardFormula, tableToCsv, tableToXlsx } from './table-export.js';

const table: DataTable = {
  id: 'test',
  caption: 'Proef: tabel [1]',
  columns: [{ label: 'Naam', kind: 'text' }, { label: 'Gemiddelde', kind: 'decimal' }, { label: 'Aantal', kind: 'integer' }],
  rows: [
    ['Gemeente ’s-Hertogenbosch', 3.1, 12],
    ['@SUM(A1)', null, -4],
    ['+31 tel', 2, 0],
  ],
};

describe('table exports', () => {
  it('guards every formula start, and leaves other text alone', () => {
    assert.deepEqual(['=1+1', '+1', '-1', '@x', '\tx', 'gewoon', ''].map(guardFormula), ["'=1+1", "'+1", "'-1", "'@x", "'\tx", 'gewoon', '']);
  });

  it('writes Dutch CSV with a BOM, semicolons and decimal commas; numbers are never guarded', () => {
    const csv = tableToCsv(table, 'nl');
    assert.ok(csv.startsWith('\ufeff'));
    assert.deepEqual(parse(csv, { bom: true, delimiter: ';' }), [
      ['Naam', 'Gemiddelde', 'Aantal'],
      ['Gemeente ’s-Hertogenbosch', '3,1', '12'],
      ["'@SUM(A1)", '', '-4'],
      ["'+31 tel", '2', '0'],
    ]);
  });

  it('writes English CSV with commas and decimal points', () => {
    assert.deepEqual(parse(tableToCsv(table, 'en'), { bom: true })[1], ['Gemeente ’s-Hertogenbosch', '3.1', '12']);
  });

  it('writes an XLSX sheet with typed cells that reads back equal to the table', async () => {
    const rows = await readSheet(await tableToXlsx(table));
    assert.deepEqual(rows, [['Naam', 'Gemiddelde', 'Aantal'], ['Gemeente ’s-Hertogenbosch', 3.1, 12], ['@SUM(A1)', null, -4], ['+31 tel', 2, 0]]);
  });

  it('names the file with the table id and the date, ASCII only', () => {
    assert.equal(exportFileName('pilotstarter-’s-hertogenbosch', table, 'csv', new Date('2026-11-22T12:00:00Z')), 'pilotstarter-s-hertogenbosch-test-2026-11-22.csv');
  });
});
