// SPDX-License-Identifier: EUPL-1.2
// Reads the pilot-paradox page the way a journey checks it: the plot's mean line back into numbers, and the
// accessible table's numbers, so the two can be compared with each other and between rounds.
import type { Page } from 'playwright-core';

/** The chart's outer radius in SVG units and the top of the scale (src/paradox/paradox-chart.ts). */
const outerRadius = 170;
const maxScore = 5;

/** The seven dimensions as the table names them, in the plot's axis order. */
export const dimensionNames = [
  'Afstand tot de organisatie',
  'Betrokken partijen',
  'Relatie met beleid',
  'Reikwijdte',
  'Middelen',
  'Eigenaarschap',
  'Leiderschap',
] as const;

/**
 * The scores a closed radial path stands for: each vertex's distance from the centre, scaled back to 1..5 and
 * rounded to one decimal (the table's precision). `selector` picks the mean or the previous round's mean.
 */
export async function plottedScores(page: Page, selector: '.ps-paradox-chart__mean' | '.ps-paradox-chart__previous'): Promise<number[]> {
  const path = await page.locator(`svg.ps-paradox-chart path${selector}`).getAttribute('d');
  if (!path) throw new Error(`no ${selector} path in the plot`);
  const numbers = (path.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? []).map(Number);
  const scores: number[] = [];
  for (let index = 0; index + 1 < numbers.length; index += 2) {
    const radius = Math.hypot(numbers[index]!, numbers[index + 1]!);
    scores.push(Math.round((radius / outerRadius) * maxScore * 10) / 10);
  }
  return scores;
}

/** The people's marks in the plot as their tooltips say them ("Sanne de Vries: 2"). */
export async function plottedMarks(page: Page): Promise<string[]> {
  return page.locator('svg.ps-paradox-chart circle.ps-paradox-chart__person title').allTextContents();
}

/** The accessible table as rows of cell texts keyed by dimension name (row header excluded). */
export async function tableRows(page: Page): Promise<Map<string, string[]>> {
  const table = page.getByRole('table', { name: /Beoordelingen per dimensie/ });
  const rows = new Map<string, string[]>();
  for (const name of dimensionNames) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    rows.set(name, await row.getByRole('cell').allInnerTexts());
  }
  return rows;
}

/** The table's column headers, e.g. ["Dimensie", "Sanne de Vries (u)", "Teamlid 2", "Gemiddelde", …]. */
export async function tableColumns(page: Page): Promise<string[]> {
  const table = page.getByRole('table', { name: /Beoordelingen per dimensie/ });
  return table.getByRole('columnheader').allInnerTexts();
}

/** "2,5" → 2.5 (Dutch decimal comma). */
export const dutchNumber = (text: string): number => Number(text.trim().replace('−', '-').replace(',', '.'));
