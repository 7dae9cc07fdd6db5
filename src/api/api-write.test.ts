// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { expectJson, expectProblem, memberWithToken, pilotInput, registerPilot, type TokenMember } from './api-test-fixtures.js';
import { pilotSchema } from './api.schemas.js';

describe('writing pilots through the API', () => {
  let testApp: TestApp;
  let owner: TokenMember;
  let other: TokenMember;
  let unverified: TokenMember;
  const send = (method: 'POST' | 'PATCH', url: string, token: string | undefined, body: unknown, contentType = 'application/json') =>
    testApp.app.inject({
      method,
      url,
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const body = (overrides: Record<string, unknown> = {}) => {
    const { initiatorOrganisationId: _initiator, contactName: _name, contactEmail: _email, ...rest } = pilotInput(owner.organisationId);
    return { ...rest, ...overrides };
  };

  before(async () => {
    testApp = await startTestApp();
    [owner, other, unverified] = await Promise.all([
      memberWithToken(testApp, { organisation: 'GM0599', name: 'Olga Owner' }),
      memberWithToken(testApp, { organisation: 'GM0344' }),
      memberWithToken(testApp, { organisation: 'GM0599', emailVerified: false }),
    ]);
  });
  after(async () => testApp.close());

  describe('POST /api/v1/pilots', () => {
    it('asks for a token: 401 with a Bearer challenge, also for an unknown token', async () => {
      const missing = await send('POST', '/api/v1/pilots', undefined, body());
      expectProblem(missing, 401, 'unauthenticated');
      assert.equal(missing.headers['www-authenticate'], 'Bearer realm="pilotstarter"');
      const unknown = await send('POST', '/api/v1/pilots', 'ps_not-a-real-token', body());
      expectProblem(unknown, 401, 'invalid_token');
      assert.match(String(unknown.headers['www-authenticate']), /error="invalid_token"/);
    });

    it('registers and publishes a pilot for the token owner\'s organisation: 201 with Location', async () => {
      const response = await send('POST', '/api/v1/pilots', owner.token, body({ externalId: 'SYS-1', participantOrganisationIds: [other.organisationId] }));
      const pilot = expectJson(response, 201, pilotSchema);
      assert.equal(response.headers.location, `${testApp.context.config.baseUrl}/api/v1/pilots/${pilot.id}`);
      assert.equal(pilot.published, true);
      assert.equal(pilot.initiator.name, 'Rotterdam');
      assert.deepEqual(pilot.contact, { name: 'Olga Owner', email: owner.email });
      assert.deepEqual(pilot.participants.map((participant) => participant.name), ['Utrecht']);
      assert.equal(pilot.externalId, 'SYS-1');
      const read = expectJson(await testApp.app.inject({ url: `/api/v1/pilots/${pilot.id}` }), 200, pilotSchema);
      assert.equal(read.title, pilot.title);
    });

    it('keeps a draft when publish is false', async () => {
      const pilot = expectJson(await send('POST', '/api/v1/pilots', owner.token, body({ publish: false })), 201, pilotSchema);
      assert.equal(pilot.published, false);
      expectProblem(await testApp.app.inject({ url: `/api/v1/pilots/${pilot.id}` }), 404, 'not_found');
    });

    it('answers 409 when the externalId is taken', async () => {
      const problem = expectProblem(await send('POST', '/api/v1/pilots', owner.token, body({ externalId: 'SYS-1' })), 409, 'external_id_taken');
      assert.equal(problem.invalidParams?.[0]?.name, 'externalId');
    });

    it('answers 422 with the failed conditions', async () => {
      const problem = expectProblem(
        await send('POST', '/api/v1/pilots', owner.token, body({ confirmsNotCommercial: false, innovationAreas: [], summary: 'Vraag nu een gratis demo aan, met 20% korting voor uw gemeente.' })),
        422,
        'conditions_not_met',
      );
      assert.deepEqual(problem.failedConditions, ['municipal_innovation', 'not_commercial']);
      assert.ok(problem.invalidParams?.some((param) => param.name === 'summary' && param.reason.includes('20% korting')), JSON.stringify(problem.invalidParams));
    });

    it('answers 400 naming invalid fields, and 415 for a form body', async () => {
      const problem = expectProblem(await send('POST', '/api/v1/pilots', owner.token, body({ title: 'Kort', phase: 'done' })), 400, 'invalid_body');
      assert.deepEqual(problem.invalidParams?.map((param) => param.name).sort(), ['phase', 'title']);
      expectProblem(await send('POST', '/api/v1/pilots', owner.token, '{"title":'), 400, 'bad_request');
      expectProblem(await send('POST', '/api/v1/pilots', owner.token, 'title=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
    });

    it('answers 403 for another organisation or an unverified member', async () => {
      expectProblem(await send('POST', '/api/v1/pilots', owner.token, body({ initiatorOrganisationId: other.organisationId })), 403, 'forbidden');
      expectProblem(await send('POST', '/api/v1/pilots', unverified.token, body()), 403, 'forbidden');
    });
  });

  describe('PATCH /api/v1/pilots/{id}', () => {
    it('changes only the fields sent (JSON merge patch) and removes optional ones sent as null', async () => {
      const id = await registerPilot(testApp, owner, { purpose: 'test', tags: ['laadpalen', 'netcongestie'] });
      const response = await send('PATCH', `/api/v1/pilots/${id}`, owner.token, { title: 'Laadpalen vooraf plaatsen in elke wijk', purpose: null }, 'application/merge-patch+json');
      const pilot = expectJson(response, 200, pilotSchema);
      assert.equal(pilot.title, 'Laadpalen vooraf plaatsen in elke wijk');
      assert.equal(pilot.purpose, null);
      assert.deepEqual(pilot.tags.sort(), ['laadpalen', 'netcongestie']);
      assert.equal(pilot.phase, 'development');
    });

    it('publishes a draft with publish: true', async () => {
      const id = await registerPilot(testApp, owner, {}, false);
      const pilot = expectJson(await send('PATCH', `/api/v1/pilots/${id}`, owner.token, { publish: true }), 200, pilotSchema);
      assert.equal(pilot.published, true);
      expectJson(await testApp.app.inject({ url: `/api/v1/pilots/${id}` }), 200, pilotSchema);
    });

    it('refuses members who may not edit (403), unknown pilots (404), no token (401) and bad values (400, 422)', async () => {
      const id = await registerPilot(testApp, owner);
      expectProblem(await send('PATCH', `/api/v1/pilots/${id}`, other.token, { title: 'Overgenomen door een ander' }), 403, 'forbidden');
      expectProblem(await send('PATCH', '/api/v1/pilots/999999', owner.token, { title: 'Bestaat niet' }), 404, 'not_found');
      expectProblem(await send('PATCH', `/api/v1/pilots/${id}`, undefined, { title: 'Zonder token' }), 401, 'unauthenticated');
      expectProblem(await send('PATCH', `/api/v1/pilots/${id}`, owner.token, { status: 'paused' }), 400, 'invalid_body');
      const problem = expectProblem(await send('PATCH', `/api/v1/pilots/${id}`, owner.token, { themes: [] }), 422, 'conditions_not_met');
      assert.deepEqual(problem.failedConditions, ['municipal_innovation']);
      const unchanged = expectJson(await testApp.app.inject({ url: `/api/v1/pilots/${id}` }), 200, pilotSchema);
      assert.deepEqual(unchanged.themes, ['mobility']);
    });
  });
});
