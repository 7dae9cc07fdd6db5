// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Browser, Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { buildKnownData, type KnownData } from '../../src/dashboards/dashboards.test-fixtures.js';
import { refreshNationalSnapshot } from '../../src/dashboards/national.service.js';
import { expectAccessible, expectAccessibleWithoutScripts, launchBrowser, newContext } from './support/browser.js';
import { startPlatform, type RunningPlatform } from './support/platform-server.js';

const startedCaption = 'Pilots die Rotterdam is begonnen (2)';

/** The cells of a table as shown, header row first; an empty cell is shown as "–" and exported as "". */
async function tableCells(page: Page, caption: string): Promise<string[][]> {
  const rows = page.getByRole('table', { name: caption }).getByRole('row');
  const cells: string[][] = [];
  for (const row of await rows.all()) cells.push((await row.locator('th, td').allInnerTexts()).map((text) => (text.trim() === '–' ? '' : text.trim())));
  return cells;
}

/** Clicks a download link and returns the downloaded file's bytes and suggested name. */
async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: linkName }).click()]);
  const filePath = await file.path();
  return { name: file.suggestedFilename(), bytes: fs.readFileSync(filePath) };
}

describe('a municipality exports its dashboard', () => {
  let server: RunningPlatform;
  let browser: Browser;
  let data: KnownData;

  before(async () => {
    server = await startPlatform({ demo: false });
    browser = await launchBrowser();
    data = await buildKnownData(server.platform.context);
    await refreshNationalSnapshot(server.platform.context, { force: true });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a Rotterdam member checks the portfolio table and downloads it as CSV and XLSX', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('E-mailadres').fill(data.rotterdamLead.email);
    await page.getByLabel('Wachtwoord').fill(data.rotterdamLead.password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('U bent ingelogd').waitFor();

    await page.goto(`${server.baseUrl}/organisations/rotterdam/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Dashboard van Rotterdam' }).waitFor();
    await expectAccessible(page, 'organisation dashboard');
    const shown = await tableCells(page, startedCaption);
    assert.deepEqual(shown[0], ['Pilot', 'Fase', 'Status', 'Intake gedaan', 'Laatste reflectie', 'Pilotparadox (1 intern – 5 extern)', 'Fasebesluit nodig', 'Afsluiting', 'Overnames']);
    assert.deepEqual(shown[1], ['=Laadpalen in de wijk', 'Ontwikkeling', 'Gepauzeerd', 'ja', '2026-10-01', '3,1', 'nee', 'loopt nog', '0']);
    assert.equal(shown.length, 3);

    const csv = await download(page, `Download als CSV (${startedCaption})`);
    assert.match(csv.name, /^pilotstarter-rotterdam-initiated-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvRows = parse(csv.bytes, { bom: true, delimiter: ';' }) as string[][];
    // The export holds exactly the table, with a title that starts with "=" made harmless for spreadsheets.
    assert.deepEqual(csvRows, shown.map((row) => row.map((cell) => (cell.startsWith('=') ? `'${cell}` : cell))));

    const xlsx = await download(page, `Download als Excel (XLSX) (${startedCaption})`);
    assert.match(xlsx.name, /\.xlsx$/);
    const sheet = await readSheet(xlsx.bytes);
    assert.deepEqual(
      sheet.map((row) => row.map((cell) => (cell === null ? '' : typeof cell === 'number' ? cell.toLocaleString('nl-NL') : String(cell)))),
      shown,
    );
    await context.close();
  });

  it('the national dashboard is reachable from the menu, accessible and works without JavaScript', async () => {
    for (const javaScript of [true, false]) {
      const context = await newContext(browser, { javaScript });
      const page = await context.newPage();
      await page.goto(server.baseUrl);
      await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click();
      await page.getByRole('heading', { level: 1, name: 'Dashboard: pilots in Nederland' }).waitFor();
      // axe needs timers, which never fire without JavaScript: that page is checked as served, in a scratch context.
      await (javaScript ? expectAccessible : expectAccessibleWithoutScripts)(page, 'national dashboard');
      assert.equal(await page.getByRole('img', { name: 'Trechter van pilots per fase' }).count(), 1);
      const funnel = await tableCells(page, 'Pilots per fase');
      assert.deepEqual(funnel[2], ['Ontwikkeling', '2', '3']);
      await page.getByLabel('Minimaal aantal deelnemende gemeenten').fill('3');
      await page.getByRole('button', { name: 'Toon kandidaten' }).click();
      const candidates = await tableCells(page, 'Pilots met minstens 3 deelnemende gemeenten (1 in totaal, de eerste 50 getoond)');
      assert.deepEqual(candidates[1], ['=Laadpalen in de wijk', '4', '3']);
      await context.close();
    }
  });
});
