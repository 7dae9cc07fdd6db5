// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { currentUserOf, pilotLedBy } from '../test-support/team-fixtures.js';
import { minimalDocx, minimalOdt, minimalPdf, minimalXlsx, windowsProgram } from './documents.fixtures.js';
import { postUpload } from './documents.test-support.js';

const fields = { title: 'Monitoringsplan afvalsensoren', description: 'Hoe we de sensoren een half jaar volgen.', theme: 'public_space' };

/** Every stored file under the documents directory (staging folder included). */
function storedFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return (fs.readdirSync(root, { recursive: true }) as string[]).filter((entry) => fs.statSync(path.join(root, entry)).isFile());
}

describe('document uploads', () => {
  let t: TestApp;
  let documentsDir: string;
  let pilotId: number;
  let team: TestSession;
  let outsider: TestSession;

  const rows = () => t.context.db.withTables<{ documents: { id: number; pilotId: number | null; kind: string; mediaType: string; sha256: string; sizeBytes: number; originalName: string; storageKey: string; title: string } }>().selectFrom('documents').selectAll().orderBy('id').execute();

  before(async () => {
    documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-documents-'));
    t = await startTestApp({ DOCUMENTS_DIR: documentsDir });
    const lead = await createMember(t.context, { organisation: 'GM0599', name: 'Daan Document' });
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    team = await signIn(t.app, lead.email, lead.password);
    const other = await createMember(t.context, { organisation: 'GM0344', name: 'Olga Buiten' });
    outsider = await signIn(t.app, other.email, other.password);
  });
  after(async () => {
    await t.close();
    fs.rmSync(documentsDir, { recursive: true, force: true });
  });

  it('stores each accepted type, recognised by its content, under a random name outside the web root', async () => {
    const files = [
      { name: 'plan.pdf', content: minimalPdf(), kind: 'pdf', mediaType: 'application/pdf' },
      { name: 'Verslag.docx', content: minimalDocx(), kind: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      // The browser's stated type and the name do not matter: an XLSX sent as "text/plain" is still an XLSX.
      { name: 'begroting.bin', content: minimalXlsx(), kind: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', type: 'text/plain' },
      { name: 'notulen.odt', content: minimalOdt(), kind: 'odt', mediaType: 'application/vnd.oasis.opendocument.text' },
    ];
    for (const file of files) {
      const response = await postUpload(t.app, team, `/pilots/${pilotId}/documents`, { ...fields, title: `Document ${file.kind}` }, file);
      assert.equal(response.statusCode, 303, `${file.kind}: ${response.body.slice(0, 300)}`);
      assert.equal(response.headers.location, `/pilots/${pilotId}#documents-heading`);
    }
    const stored = await rows();
    assert.deepEqual(stored.map((row) => row.kind), ['pdf', 'docx', 'xlsx', 'odt']);
    for (const [index, row] of stored.entries()) {
      const file = files[index]!;
      assert.equal(row.mediaType, file.mediaType);
      assert.equal(row.pilotId, pilotId);
      assert.equal(row.originalName, file.name);
      assert.equal(row.sizeBytes, file.content.length);
      assert.equal(row.sha256, crypto.createHash('sha256').update(file.content).digest('hex'));
      assert.match(row.storageKey, /^[a-f0-9]{32}$/);
      const onDisk = path.join(documentsDir, row.storageKey.slice(0, 2), row.storageKey);
      assert.deepEqual(fs.readFileSync(onDisk), file.content);
    }
    assert.ok(storedFiles(documentsDir).every((name) => !name.includes('plan') && !name.includes('.pdf')), 'no file carries the uploader’s name');
    const page = await outsider.get(`/pilots/${pilotId}`);
    assert.match(page.body, /Document docx/);
    assert.match(page.body, new RegExp(`href="/documents/${stored[0]!.id}/download"`));
  });

  it('refuses a renamed program and an HTML page, keeping what was typed and storing nothing', async () => {
    const before = (await rows()).length;
    const filesBefore = storedFiles(documentsDir).length;
    const disguised = [
      { name: 'plan.pdf', content: windowsProgram(), type: 'application/pdf' },
      { name: 'verslag.docx', content: Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>'), type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
    ];
    for (const file of disguised) {
      const response = await postUpload(t.app, team, `/pilots/${pilotId}/documents`, { ...fields, title: 'Vermomd & gevaarlijk' }, file);
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /id="error-summary"/);
      assert.match(response.body, /geen PDF, DOCX, XLSX of ODT/);
      assert.match(response.body, /value="Vermomd &amp; gevaarlijk"/);
      assert.match(response.body, /Hoe we de sensoren een half jaar volgen\./);
    }
    assert.equal((await rows()).length, before);
    assert.equal(storedFiles(documentsDir).length, filesBefore, 'staging files are removed too');
  });

  it('refuses a file over 20 MB with 413 and a clear message, keeping the form', async () => {
    const tooLarge = Buffer.concat([minimalPdf(), Buffer.alloc(20 * 1024 * 1024)]);
    const response = await postUpload(t.app, team, `/pilots/${pilotId}/documents`, { ...fields, title: 'Heel groot plan' }, { name: 'groot.pdf', content: tooLarge, type: 'application/pdf' });
    assert.equal(response.statusCode, 413);
    assert.match(response.body, /groter dan 20 MB/);
    assert.match(response.body, /value="Heel groot plan"/);
    assert.ok(!(await rows()).some((row) => row.title === 'Heel groot plan'));
    assert.ok(!storedFiles(documentsDir).some((name) => name.endsWith('.part')));
  });

  it('requires a title, a description and a file', async () => {
    const noTitle = await postUpload(t.app, team, `/pilots/${pilotId}/documents`, { ...fields, title: '' }, { name: 'plan.pdf', content: minimalPdf() });
    assert.equal(noTitle.statusCode, 422);
    assert.match(noTitle.body, /Titel/);
    assert.match(noTitle.body, /Kies het bestand opnieuw/);
    const noFile = await postUpload(t.app, team, `/pilots/${pilotId}/documents`, fields, { name: '', content: Buffer.alloc(0) });
    assert.equal(noFile.statusCode, 422);
    assert.match(noFile.body, /Kies een bestand om te uploaden/);
    assert.match(noFile.body, /value="Monitoringsplan afvalsensoren"/);
  });

  it('lets only the pilot’s team upload, and only with a valid CSRF token', async () => {
    const pdf = { name: 'plan.pdf', content: minimalPdf() };
    const before = (await rows()).length;
    assert.equal((await postUpload(t.app, await anonymousSession(t.app), `/pilots/${pilotId}/documents`, fields, pdf)).statusCode, 401);
    assert.equal((await postUpload(t.app, outsider, `/pilots/${pilotId}/documents`, fields, pdf)).statusCode, 403);
    assert.equal((await postUpload(t.app, team, `/pilots/${pilotId}/documents`, fields, pdf, { token: null })).statusCode, 403);
    assert.equal((await postUpload(t.app, team, `/pilots/${pilotId}/documents`, fields, pdf, { token: 'forged-token' })).statusCode, 403);
    assert.equal((await postUpload(t.app, team, '/pilots/999999/documents', fields, pdf)).statusCode, 404);
    assert.equal((await rows()).length, before);
    assert.doesNotMatch((await outsider.get(`/pilots/${pilotId}`)).body, /enctype="multipart\/form-data"/);
    assert.match((await team.get(`/pilots/${pilotId}`)).body, /enctype="multipart\/form-data"/);
  });

  it('takes library documents from members with a confirmed e-mail address only', async () => {
    const pdf = { name: 'checklist.pdf', content: minimalPdf() };
    const unverified = await createMember(t.context, { organisation: 'GM0363', emailVerified: false });
    const unverifiedSession = await signIn(t.app, unverified.email, unverified.password);
    assert.equal((await postUpload(t.app, unverifiedSession, '/knowledge/documents', fields, pdf)).statusCode, 403);
    assert.equal((await postUpload(t.app, await anonymousSession(t.app), '/knowledge/documents', fields, pdf)).statusCode, 401);
    const saved = await postUpload(t.app, outsider, '/knowledge/documents', { ...fields, title: 'Checklist opschaling' }, pdf);
    assert.equal(saved.statusCode, 303);
    const row = (await rows()).find((item) => item.title === 'Checklist opschaling');
    assert.equal(row?.pilotId, null);
    assert.match((await (await anonymousSession(t.app)).get('/knowledge/documents')).body, /Checklist opschaling/);
  });
});
