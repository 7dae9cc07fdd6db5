// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { throttleRules, throttleService } from './throttle.service.js';

describe('throttle counters in rate_limits', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('counts concurrent hits exactly (one atomic upsert each)', async () => {
    const throttle = throttleService(t.context);
    const results = await Promise.all(Array.from({ length: 30 }, () => throttle.consume('signUpsPerIp', '10.0.0.1')));
    assert.equal(results.filter(Boolean).length, throttleRules.signUpsPerIp.max);
    assert.equal(await throttle.isBlocked('signUpsPerIp', '10.0.0.1'), true);
    assert.equal(await throttle.isBlocked('signUpsPerIp', '10.0.0.2'), false);
  });

  it('starts again after the window and prunes idle counters', async () => {
    const longAgo = Date.now() - 2 * 60 * 60 * 1000;
    await throttleService(t.context, () => longAgo).record('resetMailsPerIp', '10.0.0.3');
    const now = throttleService(t.context);
    assert.equal(await now.isBlocked('resetMailsPerIp', '10.0.0.3'), false);
    assert.equal(await now.consume('resetMailsPerIp', '10.0.0.3'), true);
    await throttleService(t.context, () => longAgo).record('resetMailsPerIp', '10.0.0.4');
    await now.prune();
    const keys = await t.context.db.selectFrom('rateLimits').select('count').execute();
    assert.ok(keys.every((row) => row.count >= 1));
    assert.equal(keys.length, 2, 'the idle counter for 10.0.0.4 is gone; 10.0.0.1 and 10.0.0.3 stay');
  });
});
