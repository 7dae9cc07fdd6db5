// SPDX-License-Identifier: EUPL-1.2
// Release review: CSRF on the multipart path, damaged and polyglot files, safe names, bad input never a 5xx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { currentUserOf, pilotLedBy } from '../test-support/team-fixtures.js';
import { attachmentDisposition } from './content-disposition.js';
import { minimalDocx, minimalPdf, zipArchive } from './documents.fixtures.js';
import { csrfTokenOf, multipartBody, postUpload } from './documents.test-support.js';

const fields = { title: 'Evaluatie proef', description: 'Wat we na een half jaar weten.', theme: 'mobility' };

describe('documents review', () => {
  let t: TestApp;
  let documentsDir: string;
  let pilotId: number;
  let team: TestSession;
  let other: TestSession;

  const count = async () => (await t.context.db.withTables<{ documents: { id: number } }>().selectFrom('documents').select('id').execute()).length;
  const storedFiles = () => (fs.existsSync(documentsDir) ? (fs.readdirSync(documentsDir, { recursive: true }) as string[]).filter((entry) => fs.statSync(path.join(documentsDir, entry)).isFile()) : []);

  before(async () => {
    documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-documents-review-'));
    t = await startTestApp({ DOCUMENTS_DIR: documentsDir });
    const lead = await createMember(t.context, { organisation: 'GM0599' });
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    team = await signIn(t.app, lead.email, lead.password);
    const second = await createMember(t.context, { organisation: 'GM0344' });
    other = await signIn(t.app, second.email, second.password);
  });
  after(async () => {
    await t.close();
    fs.rmSync(documentsDir, { recursive: true, force: true });
  });

  it('refuses an upload whose token comes after the file, or is another browser’s token, storing nothing', async () => {
    const before = await count();
    const token = await csrfTokenOf(team);
    const late = multipartBody({ ...fields }, { name: 'plan.pdf', content: minimalPdf() });
    const withLateToken = Buffer.concat([late.body.subarray(0, late.body.lastIndexOf('--' + late.contentType.split('boundary=')[1] + '--')), Buffer.from(`--${late.contentType.split('boundary=')[1]}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n--${late.contentType.split('boundary=')[1]}--\r\n`)]);
    const cookie = [...team.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await t.app.inject({ method: 'POST', url: `/pilots/${pilotId}/documents`, headers: { 'content-type': late.contentType, cookie }, payload: withLateToken });
    assert.equal(response.statusCode, 403);
    const foreign = await postUpload(t.app, team, `/pilots/${pilotId}/documents`, fields, { name: 'plan.pdf', content: minimalPdf() }, { token: await csrfTokenOf(other) });
    assert.equal(foreign.statusCode, 403);
    assert.equal(await count(), before);
    assert.deepEqual(storedFiles(), []);
  });

  it('refuses a cut-off PDF, a cut-off DOCX and a DOCX that is also a Java program', async () => {
    const docx = minimalDocx();
    const pdf = minimalPdf();
    const jar = zipArchive([
      { name: '[Content_Types].xml', content: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: 'word/document.xml', content: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>' },
      { name: 'META-INF/MANIFEST.MF', content: 'Manifest-Version: 1.0\nMain-Class: Evil\n' },
      { name: 'Evil.class', content: '\u00ca\u00fe\u00ba\u00be' },
    ]);
    for (const [name, content] of [
      ['kapot.pdf', pdf.subarray(0, pdf.length - 40)],
      ['kapot.docx', docx.subarray(0, docx.length - 30)],
      ['programma.docx', jar],
    ] as const) {
      const response = await postUpload(t.app, team, `/pilots/${pilotId}/documents`, fields, { name, content });
      assert.equal(response.statusCode, 422, name);
      assert.match(response.body, /onvolledig of beschadigd|geen PDF, DOCX/, name);
      assert.match(response.body, /value="Evaluatie proef"/, `${name}: the title is kept`);
    }
    assert.equal(await count(), 0);
    assert.deepEqual(storedFiles(), [], 'no staging file is left behind');
  });

  it('refuses a request cut off in the middle of the file with 400, leaving no partial file', async () => {
    const { body, contentType } = multipartBody({ _csrf: await csrfTokenOf(team), ...fields }, { name: 'groot.pdf', content: Buffer.concat([minimalPdf(), Buffer.alloc(256 * 1024, 0x20)]) });
    const cut = body.subarray(0, body.length - 1024);
    const cookie = [...team.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await t.app.inject({ method: 'POST', url: `/pilots/${pilotId}/documents`, headers: { 'content-type': contentType, cookie }, payload: cut });
    assert.equal(response.statusCode, 400);
    assert.deepEqual(storedFiles(), []);
  });

  it('answers the download and removal of a removed document with 404', async () => {
    const saved = await postUpload(t.app, team, `/pilots/${pilotId}/documents`, { ...fields, title: 'Even hier' }, { name: 'even.pdf', content: minimalPdf() });
    assert.equal(saved.statusCode, 303);
    const row = await t.context.db.withTables<{ documents: { id: number; title: string } }>().selectFrom('documents').select('id').where('title', '=', 'Even hier').executeTakeFirstOrThrow();
    assert.equal((await team.get(`/documents/${row.id}/download`)).statusCode, 200);
    assert.equal((await team.post(`/documents/${row.id}/delete`, {})).statusCode, 303);
    assert.equal((await team.get(`/documents/${row.id}/download`)).statusCode, 404);
    assert.equal((await team.post(`/documents/${row.id}/delete`, {})).statusCode, 404);
    assert.deepEqual(storedFiles(), []);
  });

  it('gives names with quotes, line breaks, paths and unicode a safe download header', () => {
    const cases: [string, RegExp][] = [
      ['rapport "final".pdf', /filename="rapport +final\.pdf"; /],
      ['a\r\nSet-Cookie: x=1.pdf', /filename="a Set-Cookie +x=1\.pdf"; /],
      ['../../etc/passwd', /filename="passwd\.pdf"/],
      ['Één verslag ✓.pdf', /filename\*=UTF-8''%C3%89%C3%A9n%20verslag%20%E2%9C%93\.pdf/],
      ['.pdf', /filename="document\.pdf"/],
    ];
    for (const [name, expected] of cases) {
      const header = attachmentDisposition(name, 'pdf');
      assert.match(header, /^attachment; /);
      assert.doesNotMatch(header, /[\r\n]/, name);
      assert.match(header, expected, name);
    }
  });

  const badGets = [
    '/knowledge/documents?page=-1',
    '/knowledge/documents?page=abc',
    '/knowledge/documents?page=99999999999999999999',
    '/knowledge/documents?kind=exe&theme=nonsense',
    '/knowledge/documents?pilot=99999999999',
    '/knowledge/documents?pilot=-1',
    '/knowledge/documents?pilot=1&pilot=2',
    '/documents/abc/download',
    '/documents/99999999999/download',
    '/documents/0/download',
    '/pilots/abc/documents',
    '/pilots/99999999999/documents',
  ];
  for (const url of badGets) {
    it(`answers ${url} without a server error`, async () => {
      const response = await team.get(url);
      assert.ok(response.statusCode < 500, `${url}: ${response.statusCode}`);
    });
  }

  it('refuses bad posts with a 4xx, never a 5xx', async () => {
    const pdf = { name: 'plan.pdf', content: minimalPdf() };
    const responses = [
      await postUpload(t.app, team, `/pilots/${pilotId}/documents`, { ...fields, title: 'x'.repeat(5000) }, pdf),
      await postUpload(t.app, team, `/pilots/${pilotId}/documents`, { ...fields, theme: 'nonsense' }, pdf),
      await postUpload(t.app, team, `/pilots/${pilotId}/documents`, { ...fields, title: '😀'.repeat(300) }, pdf),
      await postUpload(t.app, team, '/pilots/99999999999/documents', fields, pdf),
      await postUpload(t.app, team, '/knowledge/documents', { title: '', description: '' }, { name: 'leeg.pdf', content: Buffer.alloc(0) }),
      await team.post('/documents/99999999999/delete', {}),
      await team.post('/documents/abc/delete', {}),
      await (await anonymousSession(t.app)).post('/documents/1/delete', {}),
    ];
    for (const [index, response] of responses.entries()) assert.ok(response.statusCode >= 400 && response.statusCode < 500, `case ${index}: ${response.statusCode}`);
    const garbled = await t.app.inject({ method: 'POST', url: `/pilots/${pilotId}/documents`, headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, payload: 'not a multipart body' });
    assert.ok(garbled.statusCode >= 400 && garbled.statusCode < 500, `garbled body: ${garbled.statusCode}`);
  });
});
