// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { currentUserOf, pilotLedBy } from '../test-support/team-fixtures.js';
import { auditService } from '../moderation/audit.service.js';
import { directoryStorage } from './document-storage.js';
import { documentsService } from './documents.service.js';
import { documentsRepository } from './documents.repository.js';
import { minimalDocx, minimalPdf, minimalXlsx } from './documents.fixtures.js';
import { postUpload } from './documents.test-support.js';

const fields = { title: 'Businesscase deelscooters', description: 'Kosten en baten na een jaar.', theme: 'mobility' };

describe('document downloads, listing and removal', () => {
  let t: TestApp;
  let documentsDir: string;
  let pilotId: number;
  let team: TestSession;
  let outsider: TestSession;
  let moderator: TestSession;
  let visitor: TestSession;

  async function upload(session: TestSession, url: string, title: string, file = { name: 'plan.pdf', content: minimalPdf() }): Promise<number> {
    const response = await postUpload(t.app, session, url, { ...fields, title }, file);
    assert.equal(response.statusCode, 303, response.body.slice(0, 200));
    const row = await t.context.db.withTables<{ documents: { id: number; title: string } }>().selectFrom('documents').select('id').where('title', '=', title).executeTakeFirstOrThrow();
    return row.id;
  }

  before(async () => {
    documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-documents-'));
    t = await startTestApp({ DOCUMENTS_DIR: documentsDir });
    const lead = await createMember(t.context, { organisation: 'GM0599', name: 'Lies Leider' });
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    team = await signIn(t.app, lead.email, lead.password);
    const other = await createMember(t.context, { organisation: 'GM0344', name: 'Otto Ander' });
    outsider = await signIn(t.app, other.email, other.password);
    const mod = await createMember(t.context, { organisation: 'GM0363', role: 'moderator' });
    moderator = await signIn(t.app, mod.email, mod.password);
    visitor = await anonymousSession(t.app);
  });
  after(async () => {
    await t.close();
    fs.rmSync(documentsDir, { recursive: true, force: true });
  });

  it('serves the stored bytes as an attachment with a safe name, the stored type, nosniff and private caching', async () => {
    const content = minimalPdf('Businesscase');
    const id = await upload(team, `/pilots/${pilotId}/documents`, 'Businesscase', { name: 'Plan van aanpak – één;v2.exe', content });
    const response = await visitor.get(`/documents/${id}/download`);
    assert.equal(response.statusCode, 200);
    assert.deepEqual(response.rawPayload, content);
    assert.equal(response.headers['content-type'], 'application/pdf');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.match(String(response.headers['cache-control']), /^private/);
    const disposition = String(response.headers['content-disposition']);
    assert.match(disposition, /^attachment; /);
    // The checked kind decides the extension; quotes never reach the header; the real name is in RFC 5987 form.
    assert.match(disposition, /; filename="Plan van aanpak  een v2\.pdf"; /);
    assert.doesNotMatch(disposition, /\.exe/);
    assert.match(disposition, /filename\*=UTF-8''Plan%20van%20aanpak%20%E2%80%93%20%C3%A9%C3%A9n%20v2\.pdf$/);
    assert.equal((await visitor.get('/documents/999999/download')).statusCode, 404);
  });

  it('shows a hidden pilot’s documents only to its team and moderators', async () => {
    const lead = await createMember(t.context, { organisation: 'GM0599' });
    const hiddenPilot = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    const hiddenTeam = await signIn(t.app, lead.email, lead.password);
    const id = await upload(hiddenTeam, `/pilots/${hiddenPilot}/documents`, 'Verborgen verslag', { name: 'verslag.docx', content: minimalDocx() });
    await t.context.db.updateTable('pilots').set({ hiddenAt: new Date().toISOString(), hiddenReason: 'Test' }).where('id', '=', hiddenPilot).execute();
    assert.equal((await visitor.get(`/documents/${id}/download`)).statusCode, 404);
    assert.equal((await outsider.get(`/documents/${id}/download`)).statusCode, 404);
    assert.equal((await outsider.get(`/pilots/${hiddenPilot}/documents`)).statusCode, 404);
    assert.equal((await hiddenTeam.get(`/documents/${id}/download`)).statusCode, 200);
    assert.equal((await moderator.get(`/documents/${id}/download`)).statusCode, 200);
    assert.doesNotMatch((await moderator.get('/knowledge/documents')).body, /Verborgen verslag/);
  });

  it('lists the library with filters by type, theme and pilot, twenty to a page', async () => {
    await upload(outsider, '/knowledge/documents', 'Sjabloon monitoringsplan', { name: 'sjabloon.xlsx', content: minimalXlsx() });
    const library = await visitor.get('/knowledge/documents');
    assert.equal(library.statusCode, 200);
    assert.match(library.body, /Sjabloon monitoringsplan/);
    assert.match(library.body, /Businesscase/);
    assert.match(library.body, /Log in om een document toe te voegen/);
    const english = await t.app.inject({ method: 'GET', url: '/knowledge/documents', headers: { cookie: 'lang=en' } });
    assert.match(english.body, /Sign in to add a document\./);
    assert.match(english.body, /Excel \(XLSX\), 2[.,]2 kB/);
    const xlsx = await visitor.get('/knowledge/documents?kind=xlsx');
    assert.match(xlsx.body, /Sjabloon monitoringsplan/);
    assert.doesNotMatch(xlsx.body, /Businesscase/);
    assert.doesNotMatch((await visitor.get('/knowledge/documents?theme=safety')).body, /Sjabloon monitoringsplan/);
    assert.match((await visitor.get(`/pilots/${pilotId}/documents`)).body, new RegExp(`href="/knowledge/documents\\?pilot=${pilotId}"`));
    const ofPilot = await visitor.get(`/knowledge/documents?pilot=${pilotId}`);
    assert.match(ofPilot.body, /Businesscase/);
    assert.doesNotMatch(ofPilot.body, /Sjabloon monitoringsplan/);
    const repository = documentsRepository(t.context.db);
    for (let index = 0; index < 21; index += 1) {
      await repository.insert({ storageKey: `${String(index).padStart(2, '0')}${'a'.repeat(30)}`, pilotId: null, title: `Checklist ${index}`, description: 'Kort.', theme: 'safety', kind: 'odt', mediaType: 'application/vnd.oasis.opendocument.text', originalName: 'c.odt', sizeBytes: 10, sha256: 'x', uploadedByUserId: null, createdAt: new Date(Date.UTC(2026, 0, 1 + index)).toISOString() });
    }
    const first = await visitor.get('/knowledge/documents?kind=odt&theme=safety');
    assert.match(first.body, /21 documenten/);
    assert.match(first.body, /Pagina 1 van 2/);
    assert.match(first.body, /Checklist 20/);
    assert.doesNotMatch(first.body, /Checklist 0</);
    assert.match((await visitor.get('/knowledge/documents?kind=odt&theme=safety&page=2')).body, /Checklist 0</);
  });

  it('lets the uploader, the pilot’s team and moderators remove a document, file and row, with an audit entry', async () => {
    const id = await upload(team, `/pilots/${pilotId}/documents`, 'Weg ermee');
    const key = (await documentsRepository(t.context.db).find(id))!.storageKey;
    const file = path.join(documentsDir, key.slice(0, 2), key);
    assert.ok(fs.existsSync(file));
    assert.equal((await outsider.post(`/documents/${id}/delete`, {})).statusCode, 403);
    assert.equal((await visitor.post(`/documents/${id}/delete`, {})).statusCode, 401);
    const removed = await team.post(`/documents/${id}/delete`, { return: `/pilots/${pilotId}/documents` });
    assert.equal(removed.statusCode, 303);
    assert.equal(removed.headers.location, `/pilots/${pilotId}/documents`);
    assert.equal(await documentsRepository(t.context.db).find(id), undefined);
    assert.ok(!fs.existsSync(file));
    const audit = await auditService(t.context).list({ page: 1 }, { action: 'document.remove', subjectId: String(id) });
    assert.equal(audit.total, 1);
    const libraryId = await upload(outsider, '/knowledge/documents', 'Van een ander');
    assert.equal((await team.post(`/documents/${libraryId}/delete`, {})).statusCode, 403);
    assert.equal((await moderator.post(`/documents/${libraryId}/delete`, {})).statusCode, 303);
  });

  it('leaves neither file nor row when storing the file fails', async () => {
    const lead = await createMember(t.context, { organisation: 'GM0599' });
    const actor = await currentUserOf(t.context, lead);
    const real = directoryStorage(documentsDir);
    const failing = { ...real, async put(key: string, staged: string) { await real.put(key, staged); throw new Error('disk full'); } };
    const count = async () => (await t.context.db.withTables<{ documents: { id: number } }>().selectFrom('documents').select('id').execute()).length;
    const before = await count();
    const staged = await real.stagingPath();
    fs.writeFileSync(staged, minimalPdf());
    const filesBefore = (fs.readdirSync(documentsDir, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(documentsDir, name)).isFile()).length;
    await assert.rejects(documentsService(t.context, failing).store({ stagedFile: staged, originalName: 'x.pdf', sizeBytes: 10, sha256: 'x' }, { title: 'Mislukt', description: 'Kort.' }, null, actor), /disk full/);
    assert.equal(await count(), before);
    const filesAfter = (fs.readdirSync(documentsDir, { recursive: true }) as string[]).filter((name) => fs.statSync(path.join(documentsDir, name)).isFile()).length;
    assert.equal(filesAfter, filesBefore - 1, 'the stored file and the staging file are both gone');
  });
});
