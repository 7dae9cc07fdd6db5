// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pilotsService } from '../pilots/pilots.service.js';
import { createMember } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { statsService } from './stats.service.js';
import './stats.tables.js';

describe('national numbers snapshot', () => {
  let t: TestApp;
  let pilotId: number;

  before(async () => {
    t = await startTestApp();
    pilotId = await buildPilot(t.context, { title: 'Deelfietsen bij stations', summary: 'Deelfietsen voor het laatste stuk van de reis.', phase: 'idea' });
    await buildPilot(t.context, { title: 'Buurtbatterij', summary: 'Een gedeelde batterij voor zonnestroom in de wijk.', phase: 'development', initiator: 'GM0363' });
  });
  after(async () => t.close());

  /** Puts a recognisable figure in the stored snapshot, to see whether the next call reuses or recounts. */
  async function markSnapshot(computedAt = new Date().toISOString()): Promise<void> {
    const snapshot = await t.context.db.selectFrom('statsSnapshots').selectAll().where('name', '=', 'national').executeTakeFirstOrThrow();
    const payload = { ...JSON.parse(snapshot.payload), pilotsListed: 999 };
    await t.context.db.updateTable('statsSnapshots').set({ payload: JSON.stringify(payload), computedAt }).where('name', '=', 'national').execute();
  }

  it('reuses the snapshot while nothing behind the numbers changed', async () => {
    assert.equal((await statsService(t.context).national()).pilotsListed, 2);
    await markSnapshot();
    assert.equal((await statsService(t.context).national()).pilotsListed, 999);
  });

  it('recounts as soon as a pilot is hidden, because the triggers bump the data version', async () => {
    const moderator = await createMember(t.context, { role: 'moderator' });
    await markSnapshot();
    await pilotsService(t.context).setHidden(pilotId, { reason: 'Reclame voor een product', byUserId: moderator.id });
    const stats = await statsService(t.context).national();
    assert.equal(stats.pilotsListed, 1);
    assert.deepEqual(stats.byPhase, { idea: 0, development: 1, implementation: 0, scaling: 0 });
  });

  it('recounts a snapshot older than a minute, since listing also depends on the clock', async () => {
    await statsService(t.context).national();
    await markSnapshot(new Date(Date.now() - 61_000).toISOString());
    assert.equal((await statsService(t.context).national()).pilotsListed, 1);
  });

  it('lets simultaneous requests share one count and agree', async () => {
    await pilotsService(t.context).setHidden(pilotId, null);
    const results = await Promise.all(Array.from({ length: 5 }, () => statsService(t.context).national()));
    assert.deepEqual(new Set(results.map((stats) => stats.pilotsListed)), new Set([2]));
  });
});
