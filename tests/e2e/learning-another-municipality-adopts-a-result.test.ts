// SPDX-License-Identifier: EUPL-1.2
// Issue 3, point 9 and 13: another municipality records "we adopted this"; it shows on the source pilot, on
// the adopter's own pilot, and in the national number on the home page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';
import { startPlatform, type RunningPlatform } from './support/platform-server.js';
import { pilotWithTeam, signInAs, type PilotWithTeam } from './support/team.js';

const sourceTitle = 'Deelscootmobielen bij de bibliotheek';
const ownTitle = 'Scootmobielen delen in de wijk Colmschate';
const note = 'Wij hebben de uitleenregels en het reserveringsformulier van Zutphen overgenomen.';

/** The home page's national number of adoptions ("… zijn 3 keer overgenomen …"). */
async function adoptionsOnHome(page: Page, baseUrl: string): Promise<number> {
  await page.goto(baseUrl);
  const text = await page.locator('main').innerText();
  const match = text.match(/De resultaten van pilots zijn ([\d.]+) keer overgenomen/);
  assert.ok(match, `the home page shows the number of adoptions, got:\n${text.slice(0, 800)}`);
  return Number(match[1]!.replace(/\./g, ''));
}

describe('another municipality adopts a result', { timeout: 120_000 }, () => {
  let server: RunningPlatform;
  let browser: Browser;
  let source: PilotWithTeam;
  let adopter: PilotWithTeam;
  before(async () => {
    server = await startPlatform({ demo: false });
    browser = await launchBrowser();
    const context = server.platform.context;
    source = await pilotWithTeam(context, { email: 'joris.meijer@zutphen.example', name: 'Joris Meijer', organisation: 'GM0301' }, [], {
      title: sourceTitle,
      summary: 'Inwoners lenen een scootmobiel bij de bibliotheek, voor een dag of een week.',
      phase: 'implementation',
    });
    adopter = await pilotWithTeam(context, { email: 'femke.smit@deventer.example', name: 'Femke Smit', organisation: 'GM0150', password: 'overnemen is ook innoveren' }, [], {
      title: ownTitle,
      summary: 'Deventer probeert gedeelde scootmobielen in één wijk.',
      phase: 'development',
    });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('records "we adopted this" with its own pilot; it shows on both pilots and the national number goes up', async () => {
    const visitor = await newContext(browser);
    const visitorPage = await visitor.newPage();
    const before = await adoptionsOnHome(visitorPage, server.baseUrl);
    await expectAccessible(visitorPage, 'home');
    await visitorPage.goto(`${server.baseUrl}/pilots/${source.pilotId}`);
    await visitorPage.getByRole('link', { name: 'Log in om vast te leggen dat uw organisatie dit heeft overgenomen.' }).waitFor();
    await expectAccessible(visitorPage, 'source pilot for a visitor');
    await visitor.close();

    const { context, page } = await signInAs(browser, server.baseUrl, adopter.lead);
    await page.goto(`${server.baseUrl}/pilots/${source.pilotId}`);
    const adopted = page.getByRole('region', { name: 'Afsluiting en doorwerking' });
    assert.match(await adopted.innerText(), /Nog geen andere organisaties hebben dit overgenomen\./);
    await expectAccessible(page, 'source pilot before adoption');

    // A pilot number that is not Deventer's own is refused, and what was typed stays.
    await page.getByLabel('Wat heeft uw organisatie overgenomen?').fill(note);
    await page.getByLabel('Nummer van uw eigen pilot').fill(String(source.pilotId));
    await page.getByRole('button', { name: 'Wij hebben dit overgenomen' }).click();
    await page.getByRole('alert').waitFor();
    assert.equal(await page.getByLabel('Wat heeft uw organisatie overgenomen?').inputValue(), note);
    await expectAccessible(page, 'adoption form with an error');

    await page.getByLabel('Nummer van uw eigen pilot').fill(String(adopter.pilotId));
    await page.getByRole('button', { name: 'Wij hebben dit overgenomen' }).click();
    await page.getByText('Vastgelegd: uw organisatie heeft dit overgenomen.').waitFor();
    assert.equal(new URL(page.url()).pathname, `/pilots/${source.pilotId}`);
    const listed = await page.getByRole('region', { name: 'Afsluiting en doorwerking' }).innerText();
    assert.match(listed, new RegExp(`Deventer \\(in hun pilot ${adopter.pilotId}\\): ${note}`));
    assert.equal(await page.getByRole('button', { name: 'Wij hebben dit overgenomen' }).count(), 0, 'one adoption per organisation');
    await expectAccessible(page, 'source pilot after adoption');

    await page.getByRole('link', { name: `in hun pilot ${adopter.pilotId}`, exact: false }).click();
    assert.equal(new URL(page.url()).pathname, `/pilots/${adopter.pilotId}`);
    const buildsOn = page.getByRole('region', { name: 'Afsluiting en doorwerking' });
    assert.match(await buildsOn.innerText(), /Bouwt voort op/);
    await buildsOn.getByRole('link', { name: sourceTitle }).waitFor();
    await expectAccessible(page, 'adopter’s own pilot');

    assert.equal(await adoptionsOnHome(page, server.baseUrl), before + 1, 'the national number of adoptions goes up');

    // The same record in English.
    await page.getByRole('link', { name: 'English' }).click();
    await page.goto(`${server.baseUrl}/pilots/${source.pilotId}`);
    const english = await page.getByRole('region', { name: 'Closing and follow-through' }).innerText();
    assert.match(english, /Adopted by/);
    assert.match(english, new RegExp(`Deventer \\(in their pilot ${adopter.pilotId}\\): ${note}`));
    await expectAccessible(page, 'source pilot in English');
    await context.close();
  });
});
