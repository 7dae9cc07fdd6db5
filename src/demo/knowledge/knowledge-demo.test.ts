// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Html } from '@kitajs/html';
import { mediaTypes } from '../../documents/document-types.js';
import { documentsService } from '../../documents/documents.service.js';
import { expertsService } from '../../knowledge/experts.service.js';
import { storiesService } from '../../knowledge/stories.service.js';
import type { CurrentUser } from '../../platform/current-user.js';
import { scalingMessages } from '../../scaling/scaling.messages.js';
import { scalingService } from '../../scaling/scaling.service.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { demoUsers } from '../content/index.js';
import { seedDemoContentIfWanted } from '../demo-seed.js';
import { demoDocuments } from './documents.js';
import { demoExperts } from './experts.js';
import { loadKnowledgeDemo } from './load-knowledge.js';
import { demoCandidates } from './scaling.js';
import { demoStories } from './stories.js';

const nameOf = (key: string) => demoUsers.find((user) => user.key === key)!.name;
/** ZIP-based office files start with a local file header; a PDF with its version line. */
const signatures = { pdf: Buffer.from('%PDF-'), zip: Buffer.from([0x50, 0x4b, 0x03, 0x04]) };

describe('knowledge demo content', () => {
  let testApp: TestApp;
  let documentsDir: string;
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    const id = ids.get(key);
    assert.ok(id, `demo pilot ${key} is loaded`);
    return id;
  };

  before(async () => {
    documentsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-demo-documents-'));
    testApp = await startTestApp({ DEMO_DATA: '1', DOCUMENTS_DIR: documentsDir });
    const summary = await seedDemoContentIfWanted(testApp.context, () => {});
    assert.ok(summary, 'the demo loads');
    assert.deepEqual(summary.knowledge, {
      experts: demoExperts.length,
      stories: demoStories.length,
      candidates: demoCandidates.length,
      analyses: demoCandidates.filter((candidate) => candidate.analysis).length,
      documents: demoDocuments.length,
    });
    const rows = await testApp.context.db.selectFrom('pilots').select(['id', 'externalId']).where('externalId', 'like', 'demo-%').execute();
    for (const row of rows) ids.set(row.externalId!.slice('demo-'.length), row.id);
  });
  after(async () => {
    await testApp.close();
    fs.rmSync(documentsDir, { recursive: true, force: true });
  });

  it('fills the expert pool with 10 to 14 members from several organisations, listed on /knowledge/experts', async () => {
    assert.ok(demoExperts.length >= 10 && demoExperts.length <= 14);
    assert.equal(await expertsService(testApp.context).count(), demoExperts.length);
    const organisations = new Set(demoExperts.map((expert) => demoUsers.find((user) => user.key === expert.user)!.organisation));
    assert.ok(organisations.size >= 8, `${organisations.size} organisations`);
    assert.ok(demoExperts.some((expert) => expert.offers.includes('coaching')) && demoExperts.some((expert) => expert.offers.includes('support')));
    const page = await testApp.app.inject({ method: 'GET', url: '/knowledge/experts' });
    assert.equal(page.statusCode, 200);
    for (const expert of demoExperts) assert.ok(page.body.includes(Html.escapeHtml(nameOf(expert.user))), `${expert.user} is listed`);
    assert.doesNotMatch(page.body, /@[a-z-]+\.example/, 'no e-mail address is shown');
    const filtered = await testApp.app.inject({ method: 'GET', url: '/knowledge/experts?tag=omgevingswet' });
    assert.ok(filtered.body.includes(Html.escapeHtml(nameOf('erik-brouwer'))));
    assert.ok(!filtered.body.includes(Html.escapeHtml(nameOf('marleen-postma'))), 'the tag filter leaves others out');
  });

  it('publishes stories of advanced pilots, each by a member of the pilot team, on /knowledge/stories', async () => {
    const stored = await storiesService(testApp.context).list(1);
    assert.equal(stored.total, demoStories.length);
    const page = await testApp.app.inject({ method: 'GET', url: '/knowledge/stories' });
    assert.equal(page.statusCode, 200);
    for (const story of demoStories) {
      assert.ok(page.body.includes(Html.escapeHtml(story.title)), `story "${story.title}" is listed`);
      const [forPilot] = await storiesService(testApp.context).forPilot(idOf(story.pilot));
      assert.equal(forPilot?.title, story.title);
      const shown = await testApp.app.inject({ method: 'GET', url: `/knowledge/stories/${forPilot!.id}` });
      assert.equal(shown.statusCode, 200);
      assert.ok(shown.body.includes(Html.escapeHtml(story.reusable)), 'the story page shows what others can reuse');
    }
  });

  it('marks widely joined pilots as scaling candidates, shown on /scaling with their analysis or as pending', async () => {
    const scaling = scalingService(testApp.context);
    const t = scalingMessages.nl.scaling;
    const page = await testApp.app.inject({ method: 'GET', url: '/scaling' });
    assert.equal(page.statusCode, 200);
    let pending = 0;
    for (const candidate of demoCandidates) {
      const pilotId = idOf(candidate.pilot);
      const pilot = await testApp.context.db.selectFrom('pilots').select(['title', 'municipalityCount']).where('id', '=', pilotId).executeTakeFirstOrThrow();
      assert.ok(pilot.municipalityCount >= 15, `${candidate.pilot} has many municipalities (${pilot.municipalityCount})`);
      assert.ok(page.body.includes(Html.escapeHtml(pilot.title)), `${candidate.pilot} is on /scaling`);
      const stored = await scaling.forPilot(pilotId);
      assert.ok(stored, `${candidate.pilot} is a candidate`);
      if (!candidate.analysis) {
        assert.equal(stored.analysis, null);
        pending += 1;
        continue;
      }
      assert.equal(stored.analysis?.recommendation, candidate.analysis.recommendation);
      assert.equal(stored.analysis?.recordedByName, nameOf('yusuf-demir'));
      const pilotPage = await testApp.app.inject({ method: 'GET', url: `/pilots/${pilotId}` });
      assert.ok(pilotPage.body.includes(Html.escapeHtml(candidate.analysis.recommendationArgument)), 'the pilot page shows the analysis');
    }
    assert.equal(pending, 1);
    assert.ok(page.body.includes(Html.escapeHtml(t.status.recorded.replace('{version}', '1'))));
    assert.ok(page.body.includes(Html.escapeHtml(t.status.pending)));
    assert.ok(page.body.includes(Html.escapeHtml(t.recommendation.national)));
  });

  it('stores real documents that download with their media type and a valid file signature', async () => {
    const documents = documentsService(testApp.context);
    const library = await documents.library({});
    assert.equal(library.total, demoDocuments.length, 'library documents and those of listed pilots');
    for (const demo of demoDocuments) {
      const item = library.items.find((candidate) => candidate.title === demo.title);
      assert.ok(item, `${demo.title} is stored`);
      assert.equal(item.pilotId, demo.pilot === null ? null : idOf(demo.pilot));
      assert.equal(item.uploaderName, nameOf(demo.uploader));
      const response = await testApp.app.inject({ method: 'GET', url: `/documents/${item.id}/download` });
      assert.equal(response.statusCode, 200);
      const kind = path.extname(demo.fileName).slice(1) as keyof typeof mediaTypes;
      assert.equal(item.kind, kind);
      assert.equal(response.headers['content-type'], mediaTypes[kind]);
      assert.match(String(response.headers['content-disposition']), /^attachment/);
      const bytes = response.rawPayload;
      assert.deepEqual(bytes.subarray(0, 4), (kind === 'pdf' ? signatures.pdf : signatures.zip).subarray(0, 4));
      assert.deepEqual(bytes, demo.build(), 'the download is the built file, unchanged');
      if (kind === 'pdf') assert.match(bytes.toString('latin1'), /%%EOF\n$/);
    }
    const kinds = new Set(library.items.map((item) => item.kind));
    assert.deepEqual([...kinds].sort(), ['docx', 'odt', 'pdf', 'xlsx']);
    const stored = fs.readdirSync(documentsDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && /^[a-f0-9]{32}$/.test(entry.name));
    assert.equal(stored.length, demoDocuments.length, 'the files are in the documents directory');
  });

  it('loads nothing new the second time', async () => {
    assert.equal(await seedDemoContentIfWanted(testApp.context, () => {}), null);
    // Also when the loader itself runs again for members and pilots that already have their content.
    const stored = await testApp.context.db.selectFrom('users').select(['id', 'email']).where('email', 'in', demoUsers.map((user) => user.email)).execute();
    const actor = (key: string): CurrentUser => {
      const user = demoUsers.find((candidate) => candidate.key === key)!;
      const id = stored.find((row) => row.email.toLowerCase() === user.email.toLowerCase())!.id;
      return { id, name: user.name, email: user.email, emailVerified: true, role: user.role, organisation: null };
    };
    const again = await loadKnowledgeDemo(testApp.context, { pilots: new Map(), actor });
    assert.deepEqual(again, { experts: 0, stories: 0, candidates: 0, analyses: 0, documents: 0 });
  });
});
