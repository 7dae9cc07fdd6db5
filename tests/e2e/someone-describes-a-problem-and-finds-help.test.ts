// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { expertsService } from '../../src/knowledge/experts.service.js';
import { storiesService } from '../../src/knowledge/stories.service.js';
import { createMember, readMail } from '../../src/test-support/accounts.js';
import { buildPilot } from '../../src/test-support/pilot-factory.js';
import { currentUserOf } from '../../src/test-support/team-fixtures.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { startPlatform, type RunningPlatform } from './support/platform-server.js';

const pilotTitle = 'Snellaadpalen op parkeerterreinen aan de rand van de stad';
const expertEmail = 'fatima.niet.zichtbaar@utrecht.example';
const problem = 'Onze inwoners hebben steeds vaker een elektrische auto, maar in de wijken zijn te weinig oplaadpunten.';

async function signIn(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mailadres').fill('joost.visser@vlieland.example');
  await page.getByLabel('Wachtwoord').fill('eiland vol met fietsen');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('U bent ingelogd').waitFor();
}

describe('someone describes a problem and finds help', { timeout: 180_000 }, () => {
  let server: RunningPlatform;
  let browser: Browser;
  let pilotId: number;
  /** Every page the member saw, to check that the expert's address never appears. */
  const seen: string[] = [];
  const visit = async (page: Page, label: string) => {
    await expectAccessible(page, label);
    seen.push(await page.content());
  };

  before(async () => {
    server = await startPlatform({ demo: false });
    browser = await launchBrowser();
    const context = server.platform.context;
    pilotId = await buildPilot(context, {
      initiator: 'GM0193',
      title: pilotTitle,
      summary: 'Zwolle plaatst snellaadpalen op transferia zodat forenzen hun elektrische auto kunnen laden.',
      themes: ['mobility', 'sustainability'],
      participants: ['GM0344'],
    });
    await buildPilot(context, { title: 'Digitale inspraak over het bestemmingsplan', summary: 'Inwoners reageren online op plannen voor hun buurt.', themes: ['democracy'] });
    await createMember(context, { email: 'joost.visser@vlieland.example', name: 'Joost Visser', organisation: 'GM0096', password: 'eiland vol met fietsen' });
    const expert = await createMember(context, { email: expertEmail, name: 'Fatima El Amrani', organisation: 'GM0344' });
    const lead = await currentUserOf(context, await createMember(context, { organisation: 'GM0193' }));
    const scalingId = await buildPilot(context, { initiator: 'GM0193', actor: lead, phase: 'scaling', title: 'Laadpalen in heel Zwolle' });
    const story = await storiesService(context).create(scalingId, { title: 'Van tien palen naar de hele stad', body: 'Na een jaar testen rolden we de aanpak uit over de hele stad, samen met de netbeheerder en de buurten.', reusable: 'Het bestek en de afspraken met de netbeheerder.' }, lead);
    assert.ok(story.ok);
    await expertsService(context).save(await currentUserOf(context, expert), { bio: 'Ik leidde de uitrol van laadpalen in Utrecht en help graag bij de aanbesteding.', themes: ['mobility'], tags: ['laadpalen', 'aanbesteden'], offers: ['coaching', 'support'] });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('describes the problem in own words, sees the fitting pilot with why, follows it and contacts an expert', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, server.baseUrl);

    await page.getByRole('link', { name: 'Zoekhulp' }).click();
    await visit(page, 'search aid');
    await page.getByLabel('Beschrijf uw probleem of vraag').fill(problem);
    await page.getByRole('button', { name: 'Zoek wat past' }).click();
    await page.getByRole('heading', { name: 'Wat past bij uw probleem' }).waitFor();
    await visit(page, 'search aid results');
    assert.match(page.url(), /\/search-aid\?q=/, 'the results can be bookmarked');
    // The same pages in the state the no-JavaScript part reaches (axe needs JavaScript to run).
    const resultsUrl = page.url();
    await page.goto(`${server.baseUrl}/search-aid?q=laden`);
    await visit(page, 'search aid with a too short question');
    await page.goto(resultsUrl);
    await page.getByRole('link', { name: `Stuur het team van ${pilotTitle} een bericht` }).first().click();
    await visit(page, 'contact the pilot team');
    await page.goto(resultsUrl);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: pilotTitle, exact: true }) });
    assert.match(await card.innerText(), /Waarom: /);
    assert.match(await page.locator('#search-aid-organisations').locator('..').innerText(), /Utrecht/);

    await card.getByRole('button', { name: `Volg ${pilotTitle}` }).click();
    await page.getByText(`U volgt nu “${pilotTitle}”.`).waitFor();
    assert.match(page.url(), /\/search-aid\?q=/, 'back on the results after following');
    await visit(page, 'results after following');

    await page.getByRole('link', { name: 'Kennis' }).click();
    await visit(page, 'knowledge portal');
    await page.getByRole('link', { name: 'Expertpool' }).click();
    await visit(page, 'expert pool');
    await page.getByRole('link', { name: 'Stuur Fatima El Amrani een bericht' }).click();
    await visit(page, 'contact form');
    await page.getByLabel('Uw bericht').fill('Wij willen ook laadpalen in de wijken. Mogen wij uw aanbesteding zien?');
    await page.getByRole('button', { name: 'Verstuur bericht' }).click();
    await page.getByText('Uw bericht aan Fatima El Amrani is verstuurd').waitFor();
    await visit(page, 'expert pool after sending');

    await page.getByRole('link', { name: 'Kennis' }).click();
    await page.getByRole('link', { name: 'Verhalen' }).click();
    await visit(page, 'stories');
    await page.getByRole('link', { name: 'Van tien palen naar de hele stad' }).click();
    await visit(page, 'a story');
    await page.goto(`${server.baseUrl}/knowledge/experts/me`);
    await visit(page, 'own expert profile');

    const mail = server.outbox().map(readMail).find((item) => item.to.includes(expertEmail));
    assert.ok(mail, 'the expert received an e-mail');
    assert.match(mail.text, /Joost Visser \(Vlieland\)/);
    assert.match(mail.text, /Mogen wij uw aanbesteding zien\?/);
    for (const html of seen) assert.ok(!html.includes(expertEmail), 'the expert’s address is never shown');
    await context.close();
  });

  // axe cannot run in a page without JavaScript; the first journey checked these pages in the same states.
  it('works without JavaScript: a too short question is refused with the text kept, then the pilot team is contacted', async () => {
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await signIn(page, server.baseUrl);
    await page.goto(`${server.baseUrl}/search-aid`);
    await page.getByLabel('Beschrijf uw probleem of vraag').fill('laden');
    await page.getByRole('button', { name: 'Zoek wat past' }).click();
    await page.getByRole('alert').getByText('Uw vraag of probleem is te kort (minimaal 10 tekens).').waitFor();
    assert.equal(await page.getByLabel('Beschrijf uw probleem of vraag').inputValue(), 'laden');

    await page.getByLabel('Beschrijf uw probleem of vraag').fill(problem);
    await page.getByRole('button', { name: 'Zoek wat past' }).click();
    await page.getByRole('link', { name: `Stuur het team van ${pilotTitle} een bericht` }).first().click();
    await page.getByLabel('Uw bericht').fill('Hoe hebben jullie de plekken voor de palen gekozen?');
    await page.getByRole('button', { name: 'Verstuur bericht' }).click();
    await page.getByText('is verstuurd').waitFor();
    assert.match(page.url(), /\/search-aid\?q=/, 'back on the results after sending');
    const mail = server.outbox().map(readMail).find((item) => item.text.includes('Hoe hebben jullie de plekken'));
    assert.ok(mail, 'the pilot’s contact person received the message');
    assert.match(mail.text, new RegExp(pilotTitle.slice(0, 20)));
    assert.ok(pilotId > 0);
    await context.close();
  });
});
