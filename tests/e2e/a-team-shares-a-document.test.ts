// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp, createPlatform, type Platform } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { minimalDocx, minimalPdf } from '../../src/documents/documents.fixtures.js';
import { createMember, type TestMember } from '../../src/test-support/accounts.js';
import { currentUserOf, pilotLedBy } from '../../src/test-support/team-fixtures.js';
import { freshDatabase } from '../../src/test-support/test-database.js';
import { expectAccessible, launchBrowser, newContext } from './support/browser.js';

/**
 * The platform as in support/platform-server.ts, but with uploads in a temporary documents directory, so the
 * journey never writes into ./data.
 */
async function startWithDocuments(): Promise<{ baseUrl: string; platform: Platform; stop(): Promise<void> }> {
  const database = await freshDatabase();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-e2e-documents-'));
  const port = 3900 + Math.floor(Math.random() * 500);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    OUTBOX_DIR: path.join(scratch, 'outbox'),
    DOCUMENTS_DIR: path.join(scratch, 'documents'),
    DEMO_DATA: '0',
    LOG_LEVEL: 'silent',
    PORT: String(port),
    BASE_URL: `http://127.0.0.1:${port}`,
  });
  const platform = await createPlatform(config);
  const app: FastifyInstance = await buildApp(platform.context);
  await app.listen({ port, host: '127.0.0.1' });
  return {
    baseUrl: config.baseUrl,
    platform,
    stop: async () => {
      await app.close();
      await platform.close();
      await database.drop();
      fs.rmSync(scratch, { recursive: true, force: true });
    },
  };
}

async function signIn(page: Page, baseUrl: string, member: TestMember): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel('E-mailadres').fill(member.email);
  await page.getByLabel('Wachtwoord').fill(member.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('U bent ingelogd').waitFor();
}

describe('a team shares a document', () => {
  let server: Awaited<ReturnType<typeof startWithDocuments>>;
  let browser: Browser;
  let pilotId: number;
  let lead: TestMember;
  let colleague: TestMember;
  const pdf = minimalPdf('Monitoringsplan');

  before(async () => {
    server = await startWithDocuments();
    browser = await launchBrowser();
    const context = server.platform.context;
    lead = await createMember(context, { organisation: 'GM0599', name: 'Tessa Team' });
    pilotId = await pilotLedBy(context, await currentUserOf(context, lead));
    colleague = await createMember(context, { organisation: 'GM0344', name: 'Karel Collega' });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads a PDF through the pilot page form, and another member downloads the same bytes', async () => {
    const teamContext = await newContext(browser);
    const page = await teamContext.newPage();
    await signIn(page, server.baseUrl, lead);
    await page.goto(`${server.baseUrl}/pilots/${pilotId}`);
    const section = page.getByRole('region', { name: 'Documenten' });
    await expectAccessible(page, 'pilot page with the upload form');
    await section.getByLabel('Titel').fill('Monitoringsplan sensoren');
    await section.getByLabel('Korte beschrijving').fill('Hoe we de vulgraad een half jaar volgen.');
    await section.getByLabel('Bestand').setInputFiles({ name: 'monitoringsplan.pdf', mimeType: 'application/pdf', buffer: pdf });
    await section.getByRole('button', { name: 'Document toevoegen' }).click();
    await page.getByText('Het document is toegevoegd.').waitFor();
    await page.getByRole('link', { name: 'Download Monitoringsplan sensoren' }).waitFor();
    await expectAccessible(page, 'pilot page after the upload');
    await teamContext.close();

    const otherContext = await newContext(browser);
    const other = await otherContext.newPage();
    await signIn(other, server.baseUrl, colleague);
    await other.goto(`${server.baseUrl}/pilots/${pilotId}`);
    assert.equal(await other.getByRole('button', { name: 'Document toevoegen' }).count(), 0, 'only the team sees the upload form');
    const [download] = await Promise.all([other.waitForEvent('download'), other.getByRole('link', { name: 'Download Monitoringsplan sensoren' }).click()]);
    assert.equal(download.suggestedFilename(), 'monitoringsplan.pdf');
    const saved = await download.path();
    assert.ok(saved);
    assert.deepEqual(fs.readFileSync(saved), pdf);

    await other.goto(`${server.baseUrl}/knowledge/documents`);
    await other.getByRole('link', { name: 'Download Monitoringsplan sensoren' }).waitFor();
    await expectAccessible(other, 'document library');
    await otherContext.close();
  });

  it('refuses a disguised file with the form kept, and works without JavaScript for a library upload', async () => {
    const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const withScripts = await newContext(browser);
    const refused = await withScripts.newPage();
    await signIn(refused, server.baseUrl, colleague);
    await refused.goto(`${server.baseUrl}/knowledge/documents`);
    const form = refused.getByRole('region', { name: 'Document toevoegen aan de bibliotheek' });
    await form.getByLabel('Titel').fill('Sjabloon businesscase');
    await form.getByLabel('Korte beschrijving').fill('Een leeg sjabloon om kosten en baten te schatten.');
    await form.getByLabel('Bestand').setInputFiles({ name: 'sjabloon.docx', mimeType: docxType, buffer: Buffer.from('<html><body>geen document</body></html>') });
    await form.getByRole('button', { name: 'Document toevoegen' }).click();
    await refused.getByRole('alert').getByText('geen PDF, DOCX, XLSX of ODT', { exact: false }).waitFor();
    assert.equal(await refused.getByLabel('Titel').inputValue(), 'Sjabloon businesscase');
    await expectAccessible(refused, 'library with a refused upload');
    await withScripts.close();

    // axe needs scripts, so the page without JavaScript is only driven, not scanned.
    const context = await newContext(browser, { javaScript: false });
    const page = await context.newPage();
    await signIn(page, server.baseUrl, colleague);
    await page.goto(`${server.baseUrl}/knowledge/documents`);
    const upload = page.getByRole('region', { name: 'Document toevoegen aan de bibliotheek' });
    await upload.getByLabel('Titel').fill('Sjabloon businesscase');
    await upload.getByLabel('Korte beschrijving').fill('Een leeg sjabloon om kosten en baten te schatten.');
    await upload.getByLabel('Bestand').setInputFiles({ name: 'sjabloon.docx', mimeType: docxType, buffer: minimalDocx('Sjabloon') });
    await upload.getByRole('button', { name: 'Document toevoegen' }).click();
    await page.getByText('Het document is toegevoegd.').waitFor();
    await page.getByRole('link', { name: 'Download Sjabloon businesscase' }).waitFor();
    await context.close();
  });

  // Issue 4 point 6 shares this journey's pilot: a moderator marks it for scaling and records the analysis.
  it('lets a moderator mark the pilot as scaling candidate and record an impact analysis that everyone sees', async () => {
    const moderator = await createMember(server.platform.context, { organisation: 'GM0363', role: 'moderator', name: 'Mo Moderator' });
    const context = await newContext(browser);
    const page = await context.newPage();
    await signIn(page, server.baseUrl, moderator);
    await page.goto(`${server.baseUrl}/pilots/${pilotId}`);
    await page.getByRole('link', { name: 'Opschaling beheren' }).click();
    await page.getByRole('button', { name: 'Aanwijzen als kandidaat voor opschaling' }).click();
    await page.getByText('De pilot is aangewezen als kandidaat voor opschaling.').waitFor();
    await expectAccessible(page, 'scaling page of a candidate');
    await page.getByRole('button', { name: 'Impactanalyse opslaan' }).click();
    await page.getByRole('alert').waitFor();
    await expectAccessible(page, 'scaling form with errors');
    await page.getByLabel('Bereik: aantal gemeenten dat dit kan gebruiken').fill('80');
    await page.getByLabel('Toelichting op het bereik').fill('Gemeenten met ondergrondse containers.');
    await page.getByLabel('Verwachte waarde').fill('Minder ritten en schonere straten.');
    await page.getByLabel('Kosten', { exact: true }).fill('Sensoren en een licentie per jaar.');
    await page.getByLabel('Voorwaarden').fill('Een planningssysteem dat sensordata leest.');
    await page.getByRole('radio', { name: 'Gedeeltelijk' }).check();
    await page.getByLabel('Toelichting op standaarden en Common Ground').fill('Open API, opslag nog niet volgens Common Ground.');
    await page.getByRole('radio', { name: 'Regionaal opschalen' }).check();
    await page.getByLabel('Onderbouwing van het advies').fill('Eerst bewijzen in één regio.');
    await page.getByRole('button', { name: 'Impactanalyse opslaan' }).click();
    await page.getByText('De impactanalyse is opgeslagen.').waitFor();
    await context.close();

    const visitor = await (await newContext(browser)).newPage();
    await visitor.goto(`${server.baseUrl}/scaling`);
    await visitor.getByRole('link', { name: 'Slimme afvalinzameling in de wijk' }).waitFor();
    await expectAccessible(visitor, 'scaling candidates');
    await visitor.getByRole('link', { name: 'Slimme afvalinzameling in de wijk' }).click();
    await visitor.getByText('Eerst bewijzen in één regio.').waitFor();
    await expectAccessible(visitor, 'pilot page with its impact analysis');
  });
});
