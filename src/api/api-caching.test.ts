// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { memberWithToken, registerPilot, type TokenMember } from './api-test-fixtures.js';

describe('API cache headers', () => {
  let testApp: TestApp;
  let member: TokenMember;
  let pilotId: number;

  before(async () => {
    testApp = await startTestApp();
    member = await memberWithToken(testApp, { organisation: 'GM0599' });
    pilotId = await registerPilot(testApp, member);
  });
  after(async () => testApp.close());

  it('lets a shared cache keep open data read without a token, varying on the token and language', async () => {
    for (const url of ['/api/v1/pilots?q=test', `/api/v1/pilots/${pilotId}`, '/api/v1/stats']) {
      const response = await testApp.app.inject({ url });
      assert.equal(response.statusCode, 200, url);
      assert.equal(response.headers['cache-control'], 'public, max-age=60', url);
      assert.equal(response.headers.vary, 'Authorization, Accept-Language', url);
    }
  });

  it('keeps what is read with a token private, and errors and writes out of caches', async () => {
    const withToken = await testApp.app.inject({ url: `/api/v1/pilots/${pilotId}`, headers: { authorization: `Bearer ${member.token}` } });
    assert.equal(withToken.statusCode, 200);
    assert.equal(withToken.headers['cache-control'], 'private, no-store');
    const missing = await testApp.app.inject({ url: '/api/v1/pilots/999999' });
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.headers['cache-control'], 'no-cache');
    const write = await testApp.app.inject({ method: 'POST', url: '/api/v1/pilots', payload: {} });
    assert.notEqual(write.headers['cache-control'], 'public, max-age=60');
  });
});
