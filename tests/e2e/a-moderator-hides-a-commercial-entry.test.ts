// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createMember } from '../../src/test-support/accounts.js';
import { buildPilot } from '../../src/test-support/pilot-factory.js';
import { organisationsService } from '../../src/organisations/organisations.service.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { startPlatform, type RunningPlatform } from './support/platform-server.js';

const title = 'Raadhuis Assistent 3000: de slimste chatbot voor elke gemeente';
const reason = 'Dit is een productpresentatie van een leverancier, geen pilot die samen met gemeenten wordt ontwikkeld.';

async function signIn(browser: Browser, baseUrl: string, email: string, password: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord').fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('U bent ingelogd').waitFor();
  return { context, page };
}

describe('a moderator hides a commercial entry', () => {
  let server: RunningPlatform;
  let browser: Browser;
  let pilotId: number;
  before(async () => {
    server = await startPlatform();
    browser = await launchBrowser();
    const context = server.platform.context;
    const company = await organisationsService(context.db).findOrCreate('Raadhuissoft BV', 'company');
    const vendor = await createMember(context, { email: 'sales@raadhuissoft.example', name: 'Rik de Verkoper', organisation: 'Raadhuissoft BV', password: 'verkoop verkoop verkoop' });
    await createMember(context, { email: 'anouk.bakker@schiermonnikoog.example', name: 'Anouk Bakker', organisation: 'GM0088', password: 'wadden en wind 2026' });
    await createMember(context, { email: 'moderator@pilotstarter.example', name: 'Mo de Rator', organisation: 'GM0344', role: 'moderator', password: 'zorgvuldig modereren' });
    pilotId = await buildPilot(context, {
      initiator: 'Raadhuissoft BV',
      participants: ['GM0363'],
      title,
      summary: 'Onze bewezen chatbot beantwoordt alle vragen van inwoners, direct inzetbaar in uw gemeente.',
      actor: {
        id: vendor.id,
        name: vendor.name,
        email: vendor.email,
        emailVerified: true,
        role: 'member',
        organisation: { id: company.id, name: company.name, slug: company.slug, type: company.type },
      },
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('a member reports it, a moderator hides it with a reason, and the initiator sees why', async () => {
    const member = await signIn(browser, server.baseUrl, 'anouk.bakker@schiermonnikoog.example', 'wadden en wind 2026');
    await member.page.goto(`${server.baseUrl}/pilots/${pilotId}`);
    await member.page.getByRole('link', { name: 'Meld deze pilot' }).click();
    await expectAccessible(member.page, 'report form');
    await member.page.getByRole('radio', { name: /Commercieel/ }).check();
    await member.page.getByRole('button', { name: 'Melding versturen' }).click();
    await member.page.getByText('Bedankt voor uw melding').waitFor();
    await member.context.close();

    const moderator = await signIn(browser, server.baseUrl, 'moderator@pilotstarter.example', 'zorgvuldig modereren');
    await moderator.page.getByRole('link', { name: 'Moderatie' }).click();
    await expectAccessible(moderator.page, 'moderation queue');
    await moderator.page.getByRole('link', { name: `Beoordelen: ${title}` }).click();
    await expectAccessible(moderator.page, 'review page');
    await moderator.page.getByLabel('Reden voor de initiatiefnemer').fill(reason);
    await moderator.page.getByRole('button', { name: 'Verberg de pilot' }).click();
    await moderator.page.getByText('De pilot is verborgen').waitFor();
    await moderator.page.goto(`${server.baseUrl}/moderation/audit`);
    assert.match(await moderator.page.locator('main').innerText(), /Dit is een productpresentatie/);
    await expectAccessible(moderator.page, 'audit log');
    await moderator.context.close();

    const anonymous = await newContext(browser);
    const visitorPage = await anonymous.newPage();
    const response = await visitorPage.goto(`${server.baseUrl}/pilots/${pilotId}`);
    assert.equal(response?.status(), 404, 'a hidden pilot is gone for visitors');
    await anonymous.close();

    const mail = server.outbox().find((item) => item.includes('sales@raadhuissoft.example') && item.includes('productpresentatie'));
    assert.ok(mail, 'the initiator got an e-mail with the reason');

    const vendor = await signIn(browser, server.baseUrl, 'sales@raadhuissoft.example', 'verkoop verkoop verkoop');
    await vendor.page.goto(`${server.baseUrl}/pilots/${pilotId}`);
    const main = await vendor.page.locator('main').innerText();
    assert.match(main, /Een moderator heeft deze pilot verborgen/);
    assert.ok(main.includes(reason), 'the initiator sees the moderator’s reason');
    await expectAccessible(vendor.page, 'hidden pilot seen by its initiator');
    await vendor.context.close();
  });
});
