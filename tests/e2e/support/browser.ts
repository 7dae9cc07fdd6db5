// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Debian's Chromium, with the flags this network needs (no background connections). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export async function newContext(browser: Browser, options: { javaScript?: boolean; locale?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({ javaScriptEnabled: options.javaScript ?? true, locale: options.locale ?? 'nl-NL' });
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules) on the page and fails with a readable list of violations.
 * axe is evaluated through the DevTools protocol, so the page's strict CSP need not allow it.
 */
export async function expectAccessible(page: Page, label = page.url()): Promise<void> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is defined by the evaluated source
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation: { id: string; help: string; nodes: { target: string[]; failureSummary?: string }[] }) => ({
      id: violation.id,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
    }));
  });
  assert.deepEqual(violations, [], `axe found accessibility problems on ${label}:\n${JSON.stringify(violations, null, 2)}`);
}

/**
 * expectAccessible for a page in a context without JavaScript, where axe cannot run (its checks wait on timers,
 * which never fire there). The page's exact HTML — with its flash and form errors, which a second GET would
 * not reproduce — is checked in a scratch context with scripts on, its own scripts removed so the DOM stays
 * what a visitor without JavaScript gets; styles load from the platform as usual.
 */
export async function expectAccessibleWithoutScripts(page: Page, label = page.url()): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('expectAccessibleWithoutScripts: the page has no browser');
  const url = page.url();
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const scratch = await browser.newContext({ javaScriptEnabled: true, locale: 'nl-NL' });
  try {
    // Served at the page's own address, so its styles load as same-origin requests.
    await scratch.route((address) => address.href === url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
    const copy = await scratch.newPage();
    await copy.goto(url);
    await expectAccessible(copy, `${label} (without JavaScript)`);
  } finally {
    await scratch.close();
  }
}
