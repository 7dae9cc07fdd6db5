// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf, pilotLedBy } from '../test-support/team-fixtures.js';
import { expectJson, expectProblem } from '../api/api-test-fixtures.js';
import { lessonPageSchema } from '../api/lessons-api.schemas.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { lessonsService } from './lessons.service.js';

const lessonFields = {
  title: 'Betrek de lijnmanager vanaf de start',
  body: 'Toen de afdeling beheer pas aan het eind aanschoof, wilde niemand de sensoren overnemen.',
  cluster: 'organisational_support',
  phase: 'development',
  outcome: 'did_not_work',
};

const logFields = {
  expected: 'Dat inwoners de app zelf zouden vinden.',
  happened: 'Bijna niemand installeerde de app.',
  why: 'We hadden geen bekendheid gegeven.',
  nextTime: 'Eerst een huis-aan-huisbrief sturen.',
};

describe('lessons and learning log', () => {
  let t: TestApp;
  let pilotId: number;
  let team: TestSession;
  let outsider: TestSession;
  let leadId: string;

  before(async () => {
    t = await startTestApp();
    const lead = await createMember(t.context, { organisation: 'GM0599', name: 'Lotte Les' });
    leadId = lead.id;
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    team = await signIn(t.app, lead.email, lead.password);
    const other = await createMember(t.context, { organisation: 'GM0344', name: 'Otto Ander' });
    outsider = await signIn(t.app, other.email, other.password);
  });
  after(async () => t.close());

  it('shows the team the log and forms, and others only published lessons', async () => {
    const own = await team.get(`/pilots/${pilotId}/lessons`);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /name="expected"/);
    assert.match(own.body, /name="title"/);
    const other = await outsider.get(`/pilots/${pilotId}/lessons`);
    assert.equal(other.statusCode, 200);
    assert.doesNotMatch(other.body, /name="expected"/);
    assert.match(other.body, /nog geen lessen gedeeld/);
    assert.match((await team.get(`/pilots/${pilotId}`)).body, new RegExp(`href="/pilots/${pilotId}/lessons"`));
  });

  it('adds an after-action entry, and refuses an incomplete one keeping the input', async () => {
    const invalid = await team.post(`/pilots/${pilotId}/lessons/log`, { ...logFields, why: '' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /id="error-summary"/);
    assert.match(invalid.body, /Eerst een huis-aan-huisbrief sturen\./);
    assert.equal((await outsider.post(`/pilots/${pilotId}/lessons/log`, logFields)).statusCode, 403);
    assert.equal((await (await anonymousSession(t.app)).post(`/pilots/${pilotId}/lessons/log`, logFields)).statusCode, 401);
    const saved = await team.post(`/pilots/${pilotId}/lessons/log`, logFields);
    assert.equal(saved.statusCode, 303);
    const log = await lessonsService(t.context).logFor(pilotId);
    assert.equal(log.length, 1);
    assert.equal(log[0]?.nextTime, logFields.nextTime);
    assert.match((await team.get(`/pilots/${pilotId}/lessons`)).body, /Bijna niemand installeerde de app\./);
    assert.doesNotMatch((await outsider.get(`/pilots/${pilotId}/lessons`)).body, /Bijna niemand installeerde/);
  });

  it('keeps a draft lesson to the team until it is published', async () => {
    const invalid = await team.post(`/pilots/${pilotId}/lessons`, { ...lessonFields, cluster: 'nonsense' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /Betrek de lijnmanager vanaf de start/);
    const saved = await team.post(`/pilots/${pilotId}/lessons`, lessonFields);
    assert.equal(saved.statusCode, 303);
    const [draft] = await lessonsService(t.context).forPilot(pilotId, true);
    assert.ok(draft);
    assert.equal(draft.publishedAt, null);
    assert.equal((await lessonsService(t.context).publishedForPilot(pilotId)).length, 0);
    assert.doesNotMatch((await outsider.get(`/pilots/${pilotId}/lessons`)).body, /Betrek de lijnmanager/);
    assert.doesNotMatch((await anonymousSession(t.app).then((s) => s.get('/lessons'))).body, /Betrek de lijnmanager/);

    assert.equal((await outsider.post(`/pilots/${pilotId}/lessons/${draft.id}/publish`, {})).statusCode, 403);
    const published = await team.post(`/pilots/${pilotId}/lessons/${draft.id}/publish`, {});
    assert.equal(published.statusCode, 303);
    assert.equal((await lessonsService(t.context).publishedForPilot(pilotId)).length, 1);
    const pilotPage = await (await anonymousSession(t.app)).get(`/pilots/${pilotId}`);
    assert.match(pilotPage.body, /Betrek de lijnmanager vanaf de start/);
    assert.match(pilotPage.body, /Dit werkte niet/);
  });

  it('lists published lessons platform-wide, searchable by stem and filterable', async () => {
    const other = await buildPilot(t.context, { themes: ['safety'] });
    const result = await lessonsService(t.context).recordLesson(
      other,
      { title: 'Kleine stappen met camera’s', body: 'Begin met één straat en evalueer na een maand.', cluster: 'process', phase: 'idea', outcome: 'worked', publish: true },
      null,
    );
    assert.equal(result.ok, true);
    const visitor = await anonymousSession(t.app);
    const all = await visitor.get('/lessons');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /2 lessen gevonden/);
    // "lijnmanagers" finds "lijnmanager" through the Dutch stemmer.
    const searched = await visitor.get('/lessons?q=lijnmanagers');
    assert.match(searched.body, /1 les gevonden/);
    assert.match(searched.body, /Betrek de lijnmanager/);
    assert.match((await visitor.get('/lessons?cluster=process')).body, /Kleine stappen/);
    assert.doesNotMatch((await visitor.get('/lessons?cluster=process')).body, /Betrek de lijnmanager/);
    assert.match((await visitor.get('/lessons?outcome=did_not_work')).body, /1 les gevonden/);
    assert.match((await visitor.get('/lessons?theme=safety')).body, /Kleine stappen/);
    assert.match((await visitor.get('/lessons?phase=development&phase=scaling')).body, /1 les gevonden/);
    assert.match((await visitor.get('/lessons?q=onvindbaarwoord')).body, /Geen lessen gevonden/);
  });

  it('answers GET /api/v1/lessons with paged JSON and problem+json for bad filters', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/lessons?outcome=worked' });
    assert.equal(response.headers['access-control-allow-origin'], '*');
    const body = expectJson(response, 200, lessonPageSchema);
    assert.equal(body.total, 1);
    assert.equal(body.items[0]?.title, 'Kleine stappen met camera’s');
    assert.equal(body.items[0]?.cluster, 'process');
    assert.equal(body.items[0]?.text, 'Begin met één straat en evalueer na een maand.');
    assert.match(body.items[0]?.pilot._links.self.href ?? '', /\/api\/v1\/pilots\/\d+$/);
    assert.ok(body._links.self.href.includes('/api/v1/lessons'));
    const paged = expectJson(await t.app.inject({ method: 'GET', url: '/api/v1/lessons?pageSize=1&page=2' }), 200, lessonPageSchema);
    assert.equal(paged.items.length, 1);
    assert.equal(paged.total, 2);
    const searched = expectJson(await t.app.inject({ method: 'GET', url: '/api/v1/lessons?q=lijnmanagers&cluster=organisational_support' }), 200, lessonPageSchema);
    assert.deepEqual(searched.items.map((item) => item.title), ['Betrek de lijnmanager vanaf de start']);
    const bad = expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/lessons?cluster=nonsense' }), 400, 'invalid_parameters');
    assert.equal(bad.invalidParams?.[0]?.name, 'cluster');
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/v1/lessons/' }), 404, 'not_found');
  });

  it('leaves out the lessons of hidden and unlisted pilots, on the page and in the API', async () => {
    const hidden = await buildPilot(t.context, { themes: ['safety'] });
    const unlisted = await buildPilot(t.context, { initiator: 'Bedrijf zonder gemeente', pastMunicipalityDeadline: true });
    for (const [id, title] of [[hidden, 'Les van een verborgen pilot'], [unlisted, 'Les van een pilot zonder gemeente']] as const) {
      const result = await lessonsService(t.context).recordLesson(id, { title, body: 'Deze les hoort niet in de lijst.', cluster: 'process', phase: 'idea', outcome: 'worked', publish: true }, null);
      assert.equal(result.ok, true);
    }
    const before = expectJson(await t.app.inject({ url: '/api/v1/lessons?pageSize=100' }), 200, lessonPageSchema);
    assert.ok(before.items.some((item) => item.title === 'Les van een verborgen pilot'));
    await pilotsService(t.context).setHidden(hidden, { reason: 'Test', byUserId: leadId });

    const page = (await (await anonymousSession(t.app)).get('/lessons')).body;
    assert.match(page, /Kleine stappen/);
    assert.doesNotMatch(page, /Les van een verborgen pilot|Les van een pilot zonder gemeente/);
    const api = expectJson(await t.app.inject({ url: '/api/v1/lessons?pageSize=100' }), 200, lessonPageSchema);
    assert.equal(api.total, 2);
    assert.ok(api.items.every((item) => item.pilot.id !== hidden && item.pilot.id !== unlisted));
  });

  it('answers 404 for unknown pilots and lessons', async () => {
    assert.equal((await (await anonymousSession(t.app)).get('/pilots/999999/lessons')).statusCode, 404);
    assert.equal((await team.post(`/pilots/${pilotId}/lessons/999999/publish`, {})).statusCode, 404);
  });
});
