// SPDX-License-Identifier: EUPL-1.2
// Issue 3, point 13: one team runs its pilot on the platform — intake, reflection, pilot paradox, a gate, closing.
// The parts run in order on one pilot, each as the team member who would do it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible, expectAccessibleWithoutScripts, launchBrowser, newContext } from './support/browser.js';
import { dimensionNames, dutchNumber, plottedMarks, plottedScores, tableColumns, tableRows } from './support/paradox-plot.js';
import { startPlatform, type RunningPlatform } from './support/platform-server.js';
import { pilotWithTeam, signInAs, type PilotWithTeam } from './support/team.js';

const title = 'Buurtbus op afroep in de kleine kernen';
const intake = {
  learningGoals: 'Rijden bewoners van de kernen vaker mee als de bus op afroep komt?',
  scalingGoals: 'Als het werkt: alle kernen van de gemeente en daarna de regio.',
  whyAndForWhom: 'Voor ouderen zonder auto en voor de afdeling mobiliteit.',
  monitoring: 'Ritten tellen per week en elk kwartaal twintig gesprekken.',
  userProblem: 'De lijnbus komt twee keer per dag en ik kan niet meer fietsen.',
  decisionMaker: 'Marieke Jansen, directeur Fysiek Domein',
  resultOwners: 'Teamleider mobiliteit en teamleider Wmo-vervoer',
};
const dutchDate = (iso: string) => new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(new Date(`${iso}T12:00:00Z`));
const isoDay = (daysFromNow: number) => new Date(Date.now() + daysFromNow * 86_400_000).toISOString().slice(0, 10);

/** Rates the seven dimensions on the paradox page (radio per dimension), optionally showing the rater's name. */
async function rate(page: Page, scores: readonly number[], showName: boolean): Promise<void> {
  for (const [index, name] of dimensionNames.entries()) {
    await page.getByRole('group', { name }).getByRole('radio', { name: String(scores[index]), exact: true }).check();
  }
  if (showName) await page.getByRole('checkbox', { name: /Toon mijn naam/ }).check();
  await page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
  await page.getByText(/Uw beoordeling is opgeslagen in ronde \d/).waitFor();
}

describe('a team runs its pilot from intake to closing', { timeout: 300_000 }, () => {
  let server: RunningPlatform;
  let browser: Browser;
  let team: PilotWithTeam;
  let pilotUrl: string;
  /** The core member and the client (the decision-maker), in pilotWithTeam's order. */
  const core = () => team.members[0]!;
  const client = () => team.members[1]!;
  before(async () => {
    server = await startPlatform({ demo: false });
    browser = await launchBrowser();
    team = await pilotWithTeam(
      server.platform.context,
      { email: 'sanne.devries@dalfsen.example', name: 'Sanne de Vries', organisation: 'GM0148', password: 'de bus komt als je belt' },
      [
        { teamRole: 'core', email: 'ravi.baldew@dalfsen.example', name: 'Ravi Baldew', organisation: 'GM0148', password: 'kleine kernen grote afstanden' },
        { teamRole: 'client', clientKind: 'decision_maker', email: 'marieke.jansen@dalfsen.example', name: 'Marieke Jansen', organisation: 'GM0148', password: 'besluiten met vier punten' },
      ],
      { title, phase: 'development' },
    );
    pilotUrl = `${server.baseUrl}/pilots/${team.pilotId}`;
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs the intake: the team sees the prompt, a missing answer keeps every value, the saved intake shows on the pilot (keyboard only)', async () => {
    const visitor = await newContext(browser);
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(pilotUrl);
    assert.doesNotMatch(await visitorPage.locator('main').innerText(), /Begin met de intake/, 'visitors do not get the team’s prompt');
    await expectAccessible(visitorPage, 'pilot page for a visitor');
    await visitor.close();

    const { context, page } = await signInAs(browser, server.baseUrl, team.lead);
    await page.goto(pilotUrl);
    await expectAccessible(page, 'pilot page without intake');
    await page.getByRole('note').getByText('Begin met de intake').waitFor();
    await page.getByRole('link', { name: 'Intake invullen' }).click();
    await expectAccessible(page, 'empty intake form');

    // The whole form by keyboard: type, Tab to the next field, Enter in the last one submits.
    // "Wie beslist" is left empty on purpose.
    await page.getByLabel('Leerdoelen', { exact: true }).focus();
    for (const field of ['learningGoals', 'scalingGoals', 'whyAndForWhom', 'monitoring', 'userProblem'] as const) {
      await page.keyboard.type(intake[field]);
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Tab'); // past "Wie beslist echt over deze pilot?"
    await page.keyboard.type(intake.resultOwners);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('6');
    await page.keyboard.press('Enter');

    const summary = page.getByRole('alert');
    await summary.waitFor();
    assert.match(await summary.innerText(), /Wie beslist echt over deze pilot\? is verplicht/);
    await expectAccessible(page, 'intake form with an error');
    assert.equal(await page.getByLabel('Leerdoelen', { exact: true }).inputValue(), intake.learningGoals);
    assert.equal(await page.getByLabel('Opschalingsdoelen').inputValue(), intake.scalingGoals);
    assert.equal(await page.getByLabel('Waarom en voor wie').inputValue(), intake.whyAndForWhom);
    assert.equal(await page.getByLabel('Hoe beantwoordt en volgt u').inputValue(), intake.monitoring);
    assert.equal(await page.getByLabel('Het probleem zoals de eindgebruiker').inputValue(), intake.userProblem);
    assert.equal(await page.getByLabel('Welke lijnmanagers').inputValue(), intake.resultOwners);
    assert.equal(await page.getByLabel('Om de hoeveel weken').inputValue(), '6');

    // Still by keyboard: focus starts on the error summary; its link leads to the empty field.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'field-decisionMaker');
    await page.keyboard.type(intake.decisionMaker);
    await page.keyboard.press('Enter');
    await page.getByText('De intake is opgeslagen.').waitFor();
    assert.equal(new URL(page.url()).pathname, `/pilots/${team.pilotId}`);
    const section = page.getByRole('region', { name: 'Leerdoelen' });
    assert.match(await section.innerText(), /Rijden bewoners van de kernen vaker mee/);
    assert.match(await section.innerText(), /De pilot reflecteert elke 6 weken\./);
    assert.doesNotMatch(await page.locator('main').innerText(), /Begin met de intake/);
    await expectAccessible(page, 'pilot page with intake');
    await context.close();
  });

  it('records a reflection with an action that stays open into the next session (without JavaScript)', async () => {
    const { context, page } = await signInAs(browser, server.baseUrl, core(), { javaScript: false });
    await page.goto(pilotUrl);
    await page.getByRole('link', { name: 'Naar de reflectiesessies' }).click();
    await expectAccessibleWithoutScripts(page, 'reflection page, no sessions');
    assert.match(await page.locator('main').innerText(), /Het team reflecteert elke 6 weken\./, 'the rhythm comes from the intake');

    const firstDay = isoDay(-42);
    const due = isoDay(30);
    await page.getByLabel('Datum van de sessie').fill(firstDay);
    await page.getByLabel('Welke lessen hebben we tot nu toe geleerd').fill('Bewoners bellen liever dan dat ze een app gebruiken.');
    await page.getByLabel('Notities en besluiten').fill('We houden het telefoonnummer als eerste ingang.');
    await page.getByLabel('Actie 1', { exact: true }).fill('Tien bewoners van Lemelerveld interviewen');
    await page.getByLabel('Wie doet het (actie 1)').fill('Ravi Baldew');
    await page.getByLabel('Streefdatum (actie 1)').fill(due);
    await page.getByRole('button', { name: 'Sessie vastleggen' }).click();
    await page.getByText('De reflectiesessie is vastgelegd.').waitFor();

    const action = `Tien bewoners van Lemelerveld interviewen — Ravi Baldew (streefdatum ${dutchDate(due)})`;
    const open = page.getByRole('heading', { name: 'Open acties' }).locator('xpath=following-sibling::ul[1]');
    assert.deepEqual(await open.getByRole('listitem').allInnerTexts(), [action]);
    await expectAccessibleWithoutScripts(page, 'reflection page after the first session');

    // The next session: the open action is offered to tick off; left unticked, it carries over.
    const offered = page.getByRole('group', { name: 'Open acties die nu klaar zijn' }).getByRole('checkbox', { name: action });
    assert.equal(await offered.isChecked(), false);
    const secondDay = await page.getByLabel('Datum van de sessie').inputValue(); // today, as the form proposes
    await page.getByLabel('Welke lessen hebben we tot nu toe geleerd').fill('Chauffeurs horen veel; we vragen het ze na elke rit.');
    await page.getByRole('button', { name: 'Sessie vastleggen' }).click();
    await page.getByText('De reflectiesessie is vastgelegd.').waitFor();
    assert.deepEqual(await open.getByRole('listitem').allInnerTexts(), [action], 'the action is still open');
    const first = page.getByRole('article').filter({ has: page.getByRole('heading', { name: `Sessie van ${dutchDate(firstDay)}` }) });
    assert.match(await first.innerText(), /Afgesproken acties[\s\S]*Tien bewoners van Lemelerveld interviewen.*\(open\)/);
    await expectAccessibleWithoutScripts(page, 'reflection page after the second session');

    await page.getByRole('link', { name: 'Terug naar de pilot' }).click();
    const summary = await page.getByRole('region', { name: 'Reflectie en belemmeringen' }).innerText();
    assert.match(summary, new RegExp(`Het team hield 2 reflectiesessies, de laatste op ${dutchDate(secondDay)}`));
    assert.match(summary, /Er staat 1 open actie\./);
    await expectAccessibleWithoutScripts(page, 'pilot page after reflecting');
    await context.close();
  });

  it('two members rate the pilot paradox in two rounds; the plot moves and the table holds the same numbers', async () => {
    const sanne = await signInAs(browser, server.baseUrl, team.lead);
    const ravi = await signInAs(browser, server.baseUrl, core());
    const paradoxUrl = `${pilotUrl}/paradox`;

    await sanne.page.goto(pilotUrl);
    await sanne.page.getByRole('link', { name: 'Naar de pilotparadox' }).click();
    await expectAccessible(sanne.page, 'paradox page before any round');
    await rate(sanne.page, [1, 2, 1, 2, 1, 1, 3], true);
    await expectAccessible(sanne.page, 'paradox page, round 1 with one rating');
    await ravi.page.goto(paradoxUrl);
    // Leadership left out: the error names it and the six chosen scores stay chosen.
    for (const [index, name] of dimensionNames.slice(0, 6).entries()) {
      await ravi.page.getByRole('group', { name }).getByRole('radio', { name: String([3, 2, 1, 2, 1, 2][index]), exact: true }).check();
    }
    await ravi.page.getByRole('button', { name: 'Beoordeling opslaan' }).click();
    assert.match(await ravi.page.getByRole('alert').innerText(), /Kies bij Leiderschap een cijfer van 1 tot en met 5\./);
    assert.ok(await ravi.page.getByRole('group', { name: 'Afstand tot de organisatie' }).getByRole('radio', { name: '3', exact: true }).isChecked());
    assert.ok(await ravi.page.getByRole('group', { name: 'Eigenaarschap' }).getByRole('radio', { name: '2', exact: true }).isChecked());
    await expectAccessible(ravi.page, 'paradox form with an error');
    await rate(ravi.page, [3, 2, 1, 2, 1, 2, 3], false);
    await expectAccessible(ravi.page, 'paradox page, round 1');

    const firstMeans = [2, 2, 1, 2, 1, 1.5, 3];
    assert.deepEqual(await tableColumns(ravi.page), ['Dimensie', 'Sanne de Vries', 'Teamlid 2 (u)', 'Gemiddelde', 'Verschuiving', 'Stuur met']);
    const firstRows = await tableRows(ravi.page);
    assert.deepEqual(dimensionNames.map((name) => dutchNumber(firstRows.get(name)![2]!)), firstMeans, 'the table shows the means');
    assert.deepEqual(await plottedScores(ravi.page, '.ps-paradox-chart__mean'), firstMeans, 'the plot’s mean line matches the table');
    assert.ok((await plottedMarks(ravi.page)).includes('Sanne de Vries: 1'), 'a member who opted in is named at her mark');
    assert.ok(!(await ravi.page.locator('main').innerText()).includes('Ravi Baldew'), 'a member who did not opt in stays unnamed');
    const diverging = ravi.page.getByRole('region', { name: 'Bespreek bij de volgende reflectie' });
    assert.deepEqual(await diverging.getByRole('listitem').allInnerTexts(), ['Afstand tot de organisatie'], 'ratings 2 points apart are flagged');

    await sanne.page.goto(paradoxUrl);
    await sanne.page.getByRole('button', { name: 'Nieuwe ronde beginnen' }).click();
    await sanne.page.getByText('Ronde 2 is begonnen.').waitFor();
    await sanne.page.getByText('In deze ronde heeft nog niemand een beoordeling gegeven.').waitFor();
    await expectAccessible(sanne.page, 'paradox page, empty round 2');
    await rate(sanne.page, [3, 3, 2, 3, 2, 3, 4], true);
    await ravi.page.goto(paradoxUrl);
    await rate(ravi.page, [3, 4, 2, 3, 2, 3, 4], false);
    await expectAccessible(ravi.page, 'paradox page, round 2');

    const secondMeans = [3, 3.5, 2, 3, 2, 3, 4];
    const secondRows = await tableRows(ravi.page);
    assert.deepEqual(dimensionNames.map((name) => dutchNumber(secondRows.get(name)![2]!)), secondMeans);
    assert.deepEqual(dimensionNames.map((name) => secondRows.get(name)![3]), ['+1,0', '+1,5', '+1,0', '+1,0', '+1,0', '+1,5', '+1,0'], 'the table shows the shift');
    assert.ok((await tableColumns(ravi.page)).includes('Verschuiving sinds ronde 1'));
    const plotted = await plottedScores(ravi.page, '.ps-paradox-chart__mean');
    assert.deepEqual(plotted, secondMeans, 'the mean line moved to the new means');
    assert.notDeepEqual(plotted, firstMeans);
    assert.deepEqual(await plottedScores(ravi.page, '.ps-paradox-chart__previous'), firstMeans, 'the previous round stays as the dashed line');
    assert.match(await ravi.page.locator('main').innerText(), /De beoordelingen liggen op alle dimensies dicht bij elkaar\./);

    await ravi.page.getByRole('link', { name: 'Terug naar de pilot' }).click();
    assert.match(await ravi.page.getByRole('region', { name: 'Pilotparadox' }).innerText(), /ronde 2/);
    await expectAccessible(ravi.page, 'pilot page after two paradox rounds');
    await sanne.context.close();
    await ravi.context.close();
  });

  it('the client passes a GO gate with scores and notes; the phase moves on and the history shows it', async () => {
    const notDecider = await signInAs(browser, server.baseUrl, core());
    await notDecider.page.goto(`${pilotUrl}/gates`);
    await notDecider.page.getByText('Alleen de opdrachtgever of de trekker van deze pilot kan een fasebesluit nemen.').waitFor();
    assert.equal(await notDecider.page.getByRole('button', { name: 'Besluit vastleggen' }).count(), 0);
    await expectAccessible(notDecider.page, 'gate page for a core member');
    await notDecider.context.close();

    const { context, page } = await signInAs(browser, server.baseUrl, client());
    await page.goto(pilotUrl);
    assert.match(await page.locator('[aria-current="step"]').innerText(), /Ontwikkeling/);
    await page.getByRole('link', { name: 'Een fasebesluit nemen' }).click();
    await expectAccessible(page, 'gate form');
    await page.getByRole('radio', { name: /^GO: door naar de volgende fase/ }).check();
    const indicators = [
      ['publieke waarde', '4', 'Bewoners in drie kernen rijden mee.'],
      ['gebruikswaarde', '5', 'Chauffeurs en bellers zijn tevreden.'],
      ['technische aanpak', '3', 'Het belsysteem moet nog robuuster.'],
      ['kosten', '4', 'Goedkoper per rit dan de lijnbus.'],
    ] as const;
    for (const [indicator, score, note] of indicators) {
      await page.getByLabel(`Score ${indicator}`).selectOption(score);
      await page.getByLabel(`Toelichting ${indicator}`).fill(note);
    }
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    assert.match(await page.getByRole('alert').innerText(), /Waarom dit besluit is verplicht\./);
    assert.ok(await page.getByRole('radio', { name: /^GO: door naar de volgende fase/ }).isChecked(), 'the decision is kept');
    assert.equal(await page.getByLabel('Score technische aanpak').inputValue(), '3');
    assert.equal(await page.getByLabel('Toelichting kosten').inputValue(), 'Goedkoper per rit dan de lijnbus.');
    await expectAccessible(page, 'gate form with an error');
    await page.getByLabel('Waarom dit besluit').fill('Het werkt in de praktijk; nu inbedden bij het Wmo-vervoer.');
    await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await page.getByText('Het fasebesluit is vastgelegd.').waitFor();
    assert.match(await page.locator('main').innerText(), /Nu: fase Implementatie, status Loopt\./);
    const history = page.getByRole('table', { name: 'Fasebesluiten, nieuwste eerst' });
    const row = await history.getByRole('row').nth(1).innerText();
    for (const expected of ['GO', 'Ontwikkeling → Implementatie', 'Marieke Jansen', 'nu inbedden bij het Wmo-vervoer', 'Publieke waarde: 4 van 5', 'Gebruikswaarde: 5 van 5', 'Technische aanpak: 3 van 5', 'Kosten: 4 van 5', 'Het belsysteem moet nog robuuster.']) {
      assert.ok(row.includes(expected), `the history row shows "${expected}":\n${row}`);
    }
    await expectAccessible(page, 'gate page after the decision');

    await page.getByRole('link', { name: 'Terug naar de pilot' }).click();
    assert.match(await page.locator('[aria-current="step"]').innerText(), /Implementatie/);
    assert.match(await page.getByRole('region', { name: 'Fasebesluiten' }).innerText(), /GO op .*: Ontwikkeling → Implementatie/);
    await expectAccessible(page, 'pilot page in implementation');
    await context.close();
  });

  it('the lead closes the pilot with an end evaluation and records where the results go', async () => {
    const { context, page } = await signInAs(browser, server.baseUrl, team.lead);
    await page.goto(pilotUrl);
    await page.getByRole('link', { name: 'Afsluiting en doorwerking' }).click();
    await expectAccessible(page, 'closing page');
    await page.getByRole('radio', { name: 'Resultaat bereikt' }).check();
    await page.getByRole('checkbox', { name: 'Direct effect voor inwoners' }).check();
    await page.getByRole('checkbox', { name: 'Leerervaringen' }).check();
    await page.getByLabel('Hoe groot is de waarde?').selectOption({ label: 'groot' });
    await page.getByRole('radio', { name: 'overgenomen', exact: true }).check();
    await page.getByLabel('Onderbouwing van het besluit').fill('De afdeling Wmo-vervoer neemt de buurtbus op afroep over in de gewone dienstregeling.');
    await page.getByRole('button', { name: 'Eindevaluatie opslaan' }).click();
    await page.getByText('De eindevaluatie is opgeslagen.').waitFor();
    await expectAccessible(page, 'closing page after the evaluation');

    await page.getByLabel('Wat wordt meegenomen?').selectOption({ label: 'De innovatie zelf' });
    await page.getByLabel('Waar naartoe?').fill('De dienstregeling van het Wmo-vervoer');
    await page.getByLabel('Door wie of hoe?').fill('Teamleider Wmo-vervoer, met de chauffeurs');
    await page.getByRole('radio', { name: 'verticaal' }).check();
    await page.getByRole('radio', { name: 'binnen de organisatie' }).check();
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('De doorwerking is toegevoegd.').waitFor();
    const closing = await page.locator('main').innerText();
    assert.match(closing, /Resultaat bereikt\. Besluit over de resultaten: overgenomen\./);
    assert.match(closing, /Waarde: Direct effect voor inwoners, Leerervaringen \(groot\)\./);
    assert.match(closing, /De innovatie zelf → De dienstregeling van het Wmo-vervoer, door Teamleider Wmo-vervoer, met de chauffeurs \(verticaal, binnen de organisatie\)/);
    await expectAccessible(page, 'closing page with follow-through');

    await page.getByRole('link', { name: 'Terug naar de pilot' }).click();
    const main = await page.locator('main').innerText();
    assert.match(main, /Status: Afgerond met resultaat/);
    assert.match(await page.getByRole('region', { name: 'Afsluiting en doorwerking' }).innerText(), /Resultaat bereikt\. Besluit over de resultaten: overgenomen\./);
    await expectAccessible(page, 'closed pilot page');
    await context.close();
  });
});
