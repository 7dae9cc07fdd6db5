// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { createMember } from '../../src/test-support/accounts.js';
import { buildPilot } from '../../src/test-support/pilot-factory.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { startPlatform, type RunningPlatform } from './support/platform-server.js';

/** The number of municipalities in the home page's headline ("163 gemeenten doen mee aan 57 pilots"). */
async function municipalitiesOnHome(page: Page, baseUrl: string): Promise<number> {
  await page.goto(baseUrl);
  const text = await page.locator('main').innerText();
  const match = text.match(/([\d.]+) gemeenten? doe[nt] mee aan/);
  assert.ok(match, `home page shows the headline, got:\n${text.slice(0, 500)}`);
  return Number(match[1]!.replace(/\./g, ''));
}

describe('a municipality finds and joins a pilot', () => {
  let server: RunningPlatform;
  let browser: Browser;
  let pilotId: number;
  before(async () => {
    server = await startPlatform();
    browser = await launchBrowser();
    pilotId = await buildPilot(server.platform.context, {
      initiator: 'GM0193',
      title: 'Snellaadpalen op parkeerterreinen aan de rand van de stad',
      summary: 'Zwolle plaatst snellaadpalen op transferia zodat forenzen hun elektrische auto kunnen laden.',
      themes: ['mobility', 'sustainability'],
    });
    await createMember(server.platform.context, {
      email: 'joost.visser@vlieland.example',
      name: 'Joost Visser',
      organisation: 'GM0096',
      password: 'eiland vol met fietsen',
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('searches in other words, finds the pilot, joins on behalf of Vlieland, and the home page count goes up', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const before = await municipalitiesOnHome(page, server.baseUrl);
    await expectAccessible(page, 'home');

    await page.getByRole('link', { name: 'Inloggen' }).click();
    await expectAccessible(page, 'sign-in');
    await page.getByLabel('E-mailadres').fill('joost.visser@vlieland.example');
    await page.getByLabel('Wachtwoord').fill('eiland vol met fietsen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('U bent ingelogd').waitFor();

    await page.goto(`${server.baseUrl}/pilots`);
    // Other words than the title: singular "laadpaal" must find "snellaadpalen".
    await page.getByRole('searchbox', { name: 'Zoek op woorden' }).fill('laadpaal');
    await page.getByRole('button', { name: 'Zoeken' }).first().click();
    await expectAccessible(page, 'search results');
    await page.getByRole('link', { name: 'Snellaadpalen op parkeerterreinen aan de rand van de stad' }).click();
    assert.match(page.url(), new RegExp(`/pilots/${pilotId}$`));
    await expectAccessible(page, 'pilot page');

    await page.getByRole('button', { name: 'Doe mee namens Vlieland' }).click();
    await page.getByRole('button', { name: 'Stop met meedoen namens Vlieland' }).waitFor();
    assert.match(await page.locator('main').innerText(), /Vlieland/);
    await expectAccessible(page, 'pilot page after joining');

    const after = await municipalitiesOnHome(page, server.baseUrl);
    assert.equal(after, before + 1);
    await context.close();
  });

  it('works without JavaScript too: search by a synonym and follow', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/sign-in`);
    await page.getByLabel('E-mailadres').fill('joost.visser@vlieland.example');
    await page.getByLabel('Wachtwoord').fill('eiland vol met fietsen');
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.goto(`${server.baseUrl}/pilots?q=${encodeURIComponent('oplaadpunten elektrische auto')}`);
    await page.getByRole('link', { name: 'Snellaadpalen op parkeerterreinen aan de rand van de stad' }).click();
    await page.getByRole('button', { name: 'Volg deze pilot' }).click();
    await page.getByRole('button', { name: 'Niet meer volgen' }).waitFor();
    await context.close();
  });
});
