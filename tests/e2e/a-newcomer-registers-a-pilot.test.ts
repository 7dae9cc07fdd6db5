// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { linkFromMail, startPlatform, type RunningPlatform } from './support/platform-server.js';

const pilot = {
  title: 'Slimme laadpalen bij de sportparken van Zwolle',
  summary: 'We testen of laadpalen die meebewegen met het stroomnet ook op drukke sportavonden genoeg kunnen laden.',
  what: 'Bij drie sportparken plaatsen we laadpalen die hun vermogen afstemmen op wat het net aankan. We meten hoe vaak het net vol zit.',
  goal: 'Sporters en bewoners kunnen hun elektrische auto laden zonder dat het net overbelast raakt en zonder extra netverzwaring.',
  deliverables: 'Een werkwijze voor slim laden bij gemeentelijke locaties, met meetgegevens van een jaar en een advies voor andere parken.',
  approach: 'Samen met de netbeheerder en twee sportverenigingen. We starten klein, meten elk kwartaal en stellen bij waar nodig.',
  milestones: 'Maart: palen geplaatst. Juni: eerste metingen. December: evaluatie en besluit over uitbreiding naar vijf parken.',
};

async function fillPilotForm(page: Page): Promise<void> {
  await page.getByLabel('Titel').fill(pilot.title);
  await page.getByLabel('Korte samenvatting').fill(pilot.summary);
  await page.getByRole('checkbox', { name: 'Mobiliteit' }).check();
  await page.getByLabel('Wat is het?').fill(pilot.what);
  await page.getByLabel('Wat is het doel?').fill(pilot.goal);
  await page.getByLabel('Wat levert het op?').fill(pilot.deliverables);
  await page.getByLabel('Hoe gaat u het doen?').fill(pilot.approach);
  await page.getByLabel('Mijlpalen en resultaten').fill(pilot.milestones);
  await page.getByLabel('Trefwoorden').fill('laadpalen, slim laden, netcongestie');
}

describe('a newcomer registers a pilot', () => {
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

  it('signs up, verifies the e-mail, gets a condition wrong, keeps the input, fixes it and publishes', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.baseUrl);
    await page.getByRole('link', { name: 'Account aanmaken' }).first().click();
    await expectAccessible(page, 'sign-up');
    await page.getByLabel('Naam', { exact: true }).fill('Fatima el Amrani');
    await page.getByLabel('E-mailadres').fill('fatima.elamrani@zwolle.example');
    await page.getByLabel('Wachtwoord', { exact: true }).fill('een lange zin als wachtwoord');
    await page.getByLabel('Wachtwoord nog een keer').fill('een lange zin als wachtwoord');
    await page.getByLabel('Werkgever').fill('Zwolle');
    await page.getByRole('button', { name: 'Account aanmaken' }).click();
    await page.getByRole('heading', { name: 'Kijk in uw mailbox' }).waitFor();
    await expectAccessible(page, 'check your mail');

    const mail = server.outbox().find((item) => item.includes('fatima.elamrani@zwolle.example'));
    assert.ok(mail, 'a verification e-mail was sent');
    await page.goto(linkFromMail(mail, server.baseUrl));
    await page.getByText('Uw e-mailadres is bevestigd').waitFor();

    await page.goto(`${server.baseUrl}/pilots/new`);
    await expectAccessible(page, 'registration form');
    await fillPilotForm(page);
    await page.getByRole('checkbox', { name: /Dienstverlening: wat inwoners/ }).check();
    await page.getByRole('checkbox', { name: /geen af product/ }).check();
    // The "not commercial" confirmation is left out on purpose.
    await page.getByRole('button', { name: 'Publiceren' }).click();

    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Voorwaarde 4/);
    await expectAccessible(page, 'form with errors');
    assert.equal(await page.getByLabel('Titel').inputValue(), pilot.title);
    assert.equal(await page.getByLabel('Wat is het doel?').inputValue(), pilot.goal);
    assert.ok(await page.getByRole('checkbox', { name: 'Mobiliteit' }).isChecked());

    await page.getByRole('checkbox', { name: /geen reclame/ }).check();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    await page.getByRole('heading', { level: 1, name: pilot.title }).waitFor();
    assert.match(await page.locator('main').innerText(), /Zwolle/);
    await expectAccessible(page, 'published pilot page');
    await context.close();
  });
});
