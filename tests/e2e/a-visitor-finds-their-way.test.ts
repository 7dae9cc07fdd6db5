// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { startPlatform, type RunningPlatform } from './support/platform-server.js';

describe('a visitor finds their way', () => {
  let server: RunningPlatform;
  let browser: Browser;
  before(async () => {
    server = await startPlatform();
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('gets a helpful page for an unknown address, switches to English by keyboard, and the choice sticks', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const response = await page.goto(`${server.baseUrl}/deze-pagina-bestaat-niet`);
    assert.equal(response?.status(), 404);
    await expectAccessible(page);
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Pagina niet gevonden');
    // Keyboard only: the skip link is the first stop, then the language switch is reachable by Tab.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Direct naar de inhoud');
    await page.getByRole('link', { name: 'English' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForLoadState();
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), 'Page not found');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await expectAccessible(page);
    await context.close();
  });
});
