// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { importPilots } from '../imports/imports.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { expectJson, expectProblem, memberWithToken, registerPilot, type TokenMember } from './api-test-fixtures.js';
import { pilotPageSchema, pilotSchema, similarPilotsSchema } from './api.schemas.js';

const description = 'Een pilot om te leren. Het doel is dat meer gemeenten dit overnemen. In maart 2026 is de eerste versie klaar.';
const entry = (index: number, overrides: Record<string, unknown> = {}) => ({
  externalId: `API-${index}`,
  title: `Slimme afvalinzameling in wijk ${index}`,
  summary: 'Containers worden geleegd wanneer ze vol zijn, gemeten met sensoren.',
  description,
  initiator: 'GM0599',
  municipalities: ['GM0344'],
  theme: 'public_space',
  tags: ['afval', 'sensoren'],
  phase: 'development',
  ...overrides,
});

describe('GET /api/v1/pilots', () => {
  let testApp: TestApp;
  let member: TokenMember;
  let draftId: number;
  let hiddenId: number;
  let listedId: number;
  before(async () => {
    testApp = await startTestApp();
    member = await memberWithToken(testApp, { organisation: 'GM0599' });
    const imported = await importPilots(testApp.context, [
      ...Array.from({ length: 5 }, (_, index) => entry(index)),
      entry(5, { theme: 'mobility', phase: 'idea', title: 'Deelfietsen bij het station', tags: ['deelmobiliteit'] }),
    ]);
    assert.equal(imported.imported, 6);
    listedId = await registerPilot(testApp, member);
    draftId = await registerPilot(testApp, member, { title: 'Een concept dat nog niet openbaar is' }, false);
    hiddenId = await registerPilot(testApp, member, { title: 'Een verborgen pilot over laadpalen' });
    await pilotsService(testApp.context).setHidden(hiddenId, { reason: 'test', byUserId: member.id });
  });
  after(async () => testApp.close());

  it('lists published pilots as paged JSON, open to other sites', async () => {
    const response = await testApp.app.inject({ url: '/api/v1/pilots' });
    const page = expectJson(response, 200, pilotPageSchema);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.equal(page.total, 7);
    assert.equal(page.page, 1);
    assert.equal(page.pageSize, 20);
    const ids = page.items.map((item) => item.id);
    assert.ok(ids.includes(listedId));
    assert.ok(!ids.includes(draftId) && !ids.includes(hiddenId));
    const item = page.items.find((candidate) => candidate.id === listedId)!;
    assert.equal(item.url, `${testApp.context.config.baseUrl}/pilots/${listedId}`);
    assert.equal(item.initiator.name, 'Rotterdam');
    assert.deepEqual(item.counts, { participants: 0, municipalities: 1, followers: 0 });
    assert.equal(page._links.self.href, `${testApp.context.config.baseUrl}/api/v1/pilots?page=1&pageSize=20`);
    assert.equal(page._links.next, undefined);
  });

  it('pages with _links that keep the filters', async () => {
    const page = expectJson(await testApp.app.inject({ url: '/api/v1/pilots?theme=public_space&pageSize=2&page=2&sort=title' }), 200, pilotPageSchema);
    assert.equal(page.total, 5);
    assert.equal(page.items.length, 2);
    assert.deepEqual(page.items.map((item) => item.title), ['Slimme afvalinzameling in wijk 2', 'Slimme afvalinzameling in wijk 3']);
    const base = `${testApp.context.config.baseUrl}/api/v1/pilots?theme=public_space&sort=title`;
    assert.equal(page._links.prev?.href, `${base}&page=1&pageSize=2`);
    assert.equal(page._links.next?.href, `${base}&page=3&pageSize=2`);
    assert.equal(page._links.last.href, `${base}&page=3&pageSize=2`);
    const last = expectJson(await testApp.app.inject({ url: page._links.last.href.replace(testApp.context.config.baseUrl, '') }), 200, pilotPageSchema);
    assert.equal(last.items.length, 1);
    assert.equal(last._links.next, undefined);
  });

  it('filters like the list: repeated themes, phase, externalId and search words', async () => {
    const both = expectJson(await testApp.app.inject({ url: '/api/v1/pilots?theme=mobility&theme=safety' }), 200, pilotPageSchema);
    assert.equal(both.total, 2);
    const ideas = expectJson(await testApp.app.inject({ url: '/api/v1/pilots?phase=idea' }), 200, pilotPageSchema);
    assert.deepEqual(ideas.items.map((item) => item.externalId), ['API-5']);
    const byExternalId = expectJson(await testApp.app.inject({ url: '/api/v1/pilots?externalId=API-3' }), 200, pilotPageSchema);
    assert.deepEqual(byExternalId.items.map((item) => item.title), ['Slimme afvalinzameling in wijk 3']);
    const search = expectJson(await testApp.app.inject({ url: '/api/v1/pilots?q=deelfiets' }), 200, pilotPageSchema);
    assert.deepEqual(search.items.map((item) => item.externalId), ['API-5']);
  });

  it('answers 400 problem+json naming each invalid parameter', async () => {
    const problem = expectProblem(await testApp.app.inject({ url: '/api/v1/pilots?phase=finished&pageSize=500' }), 400, 'invalid_parameters');
    assert.deepEqual(problem.invalidParams?.map((param) => param.name).sort(), ['pageSize', 'phase']);
    assert.equal(problem.instance, '/api/v1/pilots');
    const english = expectProblem(await testApp.app.inject({ url: '/api/v1/pilots?sort=random', headers: { 'accept-language': 'en' } }), 400, 'invalid_parameters');
    assert.equal(english.title, 'Invalid parameters');
  });

  it('refuses a trailing slash and unknown paths with 404 problems', async () => {
    expectProblem(await testApp.app.inject({ url: '/api/v1/pilots/' }), 404, 'not_found');
    expectProblem(await testApp.app.inject({ url: '/api/v1/projects' }), 404, 'not_found');
  });

  it('answers a CORS preflight for reading only', async () => {
    const response = await testApp.app.inject({ method: 'OPTIONS', url: '/api/v1/pilots', headers: { origin: 'https://example.org', 'access-control-request-method': 'GET' } });
    assert.equal(response.statusCode, 204);
    assert.equal(response.headers['access-control-allow-origin'], '*');
    assert.equal(response.headers['access-control-allow-methods'], 'GET, HEAD, OPTIONS');
  });

  describe('GET /api/v1/pilots/{id}', () => {
    it('shows a published pilot with participants, without the contact address for anonymous clients', async () => {
      const [imported] = expectJson(await testApp.app.inject({ url: '/api/v1/pilots?externalId=API-1' }), 200, pilotPageSchema).items;
      const pilot = expectJson(await testApp.app.inject({ url: `/api/v1/pilots/${imported!.id}` }), 200, pilotSchema);
      assert.equal(pilot.title, 'Slimme afvalinzameling in wijk 1');
      assert.equal(pilot.externalId, 'API-1');
      assert.deepEqual(pilot.participants.map((participant) => participant.name), ['Utrecht']);
      assert.deepEqual(pilot.counts, { participants: 1, municipalities: 2, followers: 0 });
      assert.deepEqual(pilot.tags.sort(), ['afval', 'sensoren']);
      assert.equal(pilot.published, true);
      const own = expectJson(await testApp.app.inject({ url: `/api/v1/pilots/${listedId}` }), 200, pilotSchema);
      assert.deepEqual(own.contact, { name: 'Daan Visser' });
    });

    it('shows the contact address to a client with a token', async () => {
      const pilot = expectJson(
        await testApp.app.inject({ url: `/api/v1/pilots/${listedId}`, headers: { authorization: `Bearer ${member.token}` } }),
        200,
        pilotSchema,
      );
      assert.deepEqual(pilot.contact, { name: 'Daan Visser', email: 'daan@example.test' });
    });

    it('answers 404 for unknown, malformed, draft and hidden pilots', async () => {
      for (const id of ['999999', 'abc', String(draftId), String(hiddenId)]) {
        expectProblem(await testApp.app.inject({ url: `/api/v1/pilots/${id}` }), 404, 'not_found');
      }
    });

    it('shows its own draft to the team member whose token it is', async () => {
      const draft = expectJson(
        await testApp.app.inject({ url: `/api/v1/pilots/${draftId}`, headers: { authorization: `Bearer ${member.token}` } }),
        200,
        pilotSchema,
      );
      assert.equal(draft.published, false);
      assert.equal(draft.publishedAt, null);
    });
  });

  describe('GET /api/v1/pilots/{id}/similar', () => {
    it('lists similar pilots with a score and reasons', async () => {
      const [first] = expectJson(await testApp.app.inject({ url: '/api/v1/pilots?externalId=API-0' }), 200, pilotPageSchema).items;
      const similar = expectJson(await testApp.app.inject({ url: `/api/v1/pilots/${first!.id}/similar?limit=3` }), 200, similarPilotsSchema);
      assert.equal(similar.length, 3);
      assert.ok(similar.every((pilot) => pilot.id !== first!.id && pilot.title.startsWith('Slimme afvalinzameling')));
      assert.ok(similar.every((pilot) => pilot.reasons.length > 0));
      assert.ok(similar[0]!.score >= similar[2]!.score);
    });

    it('checks the limit and the pilot', async () => {
      for (const limit of ['0', '21', 'many']) {
        const problem = expectProblem(await testApp.app.inject({ url: `/api/v1/pilots/${listedId}/similar?limit=${limit}` }), 400, 'invalid_parameters');
        assert.equal(problem.invalidParams?.[0]?.name, 'limit');
      }
      expectProblem(await testApp.app.inject({ url: `/api/v1/pilots/${hiddenId}/similar` }), 404, 'not_found');
    });
  });
});
