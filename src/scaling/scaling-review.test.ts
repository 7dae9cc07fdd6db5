// SPDX-License-Identifier: EUPL-1.2
// Release review: bad input on every scaling route gives a 4xx with the typed values kept, never a 5xx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';

const analysis = {
  reachMunicipalities: '40',
  reach: 'Gemeenten met eigen inzameling.',
  expectedValue: 'Minder ritten.',
  costs: 'Tachtig euro per container.',
  prerequisites: 'Een planningssysteem.',
  standardsFit: 'partly',
  standardsExplanation: 'API volgens Common Ground.',
  recommendation: 'regional',
  recommendationArgument: 'Eerst in één regio.',
};

describe('scaling review', () => {
  let t: TestApp;
  let pilotId: number;
  let moderator: TestSession;

  before(async () => {
    t = await startTestApp();
    pilotId = await buildPilot(t.context, { title: 'Slimme containers' });
    const mod = await createMember(t.context, { organisation: 'GM0363', role: 'moderator' });
    moderator = await signIn(t.app, mod.email, mod.password);
    assert.equal((await moderator.post(`/pilots/${pilotId}/scaling/candidate`, {})).statusCode, 303);
  });
  after(async () => t.close());

  for (const url of ['/scaling?page=-1', '/scaling?page=abc', '/scaling?page=99999999999999999999', '/scaling?page=1&page=2', '/pilots/abc/scaling', '/pilots/99999999999/scaling', '/pilots/0/scaling']) {
    it(`answers ${url} without a server error`, async () => {
      const response = await moderator.get(url);
      assert.ok(response.statusCode < 500, `${url}: ${response.statusCode}`);
    });
  }

  it('answers unknown pilots with 404, also for ids beyond the integer range', async () => {
    assert.equal((await moderator.get('/pilots/99999999999/scaling')).statusCode, 404);
    assert.equal((await moderator.post('/pilots/99999999999/scaling/candidate', {})).statusCode, 404);
    assert.equal((await moderator.post('/pilots/99999999999/scaling/analysis', analysis)).statusCode, 404);
  });

  it('refuses bad analysis values with 422, keeping what was typed', async () => {
    const cases: Record<string, string | string[]>[] = [
      { ...analysis, reachMunicipalities: 'abc' },
      { ...analysis, reachMunicipalities: '-1' },
      { ...analysis, reachMunicipalities: '1e12' },
      { ...analysis, reachMunicipalities: ['1', '2'] },
      { ...analysis, standardsFit: 'nonsense' },
      { ...analysis, recommendation: '' },
      { ...analysis, reach: 'x'.repeat(10_000) },
      { ...analysis, costs: '' },
    ];
    for (const fields of cases) {
      const response = await moderator.post(`/pilots/${pilotId}/scaling/analysis`, fields);
      assert.equal(response.statusCode, 422, JSON.stringify(fields).slice(0, 120));
      assert.match(response.body, /Eerst in één regio\./, 'the typed argument is kept');
      assert.match(response.body, /role="alert"/);
    }
  });

  it('refuses anonymous posts with 401 and members with 403', async () => {
    const visitor = await anonymousSession(t.app);
    assert.equal((await visitor.post(`/pilots/${pilotId}/scaling/analysis`, analysis)).statusCode, 401);
    const plain = await createMember(t.context, { organisation: 'GM0599' });
    const member = await signIn(t.app, plain.email, plain.password);
    assert.equal((await member.post(`/pilots/${pilotId}/scaling/candidate/remove`, {})).statusCode, 403);
  });

  it('gives its tables a caption and header cells with a scope', async () => {
    const list = (await moderator.get('/scaling')).body;
    assert.match(list, /<table[^>]*>\s*<caption/);
    assert.doesNotMatch(list, /<th(?=[\s>])(?![^>]*scope=)[^>]*>/);
  });
});
