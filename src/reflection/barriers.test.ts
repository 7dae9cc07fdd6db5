// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { barriersService } from './barriers.service.js';
import { asCurrentUser, mainOf } from './reflection.fixtures.js';

describe('barriers and risks', () => {
  let t: TestApp;
  let lead: TestMember;
  let outsider: TestMember;
  let pilotId: number;
  let otherPilots: number[];
  let leadSession: TestSession;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { name: 'Lea Leider', organisation: 'GM0344' });
    outsider = await createMember(t.context, { name: 'Olga Buiten', organisation: 'GM0599' });
    const actor = await asCurrentUser(t.context, lead);
    pilotId = await buildPilot(t.context, { title: 'Belemmerde pilot', actor });
    otherPilots = [await buildPilot(t.context, { actor }), await buildPilot(t.context, { actor })];
    leadSession = await signIn(t.app, lead.email, lead.password);
  });
  after(async () => t.close());

  it('keeps the checklist to the team', async () => {
    const anonymous = await (await anonymousSession(t.app)).get(`/pilots/${pilotId}/barriers`);
    assert.equal(anonymous.statusCode, 303);
    const other = await signIn(t.app, outsider.email, outsider.password);
    assert.equal((await other.get(`/pilots/${pilotId}/barriers`)).statusCode, 403);
    assert.equal((await other.post(`/pilots/${pilotId}/barriers`, { barriers: 'time' })).statusCode, 403);
    assert.deepEqual((await barriersService(t.context).checklist(pilotId)).barriers, []);
  });

  it('shows the research defaults for a ticked barrier before any pilot marked a strategy', async () => {
    const saved = await leadSession.post(`/pilots/${pilotId}/barriers`, { barriers: ['finance', 'no_such_barrier'], risks: ['waste', 'nonsense'] });
    assert.equal(saved.statusCode, 303);
    assert.deepEqual(await barriersService(t.context).checklist(pilotId), { barriers: ['finance'], helpful: [], risks: ['waste'] });
    const main = mainOf((await leadSession.get(`/pilots/${pilotId}/barriers`)).body);
    assert.match(main, /Bij Financiering/);
    assert.match(main, /Houd steun van het management vast na de pilot \(nog door geen andere pilot gemarkeerd; aanbevolen door onderzoek\)/);
    assert.match(main, /Wat hielp ons bij: Financiering/);
    assert.match(main, /name="risks" value="waste" checked/);
  });

  it('ranks strategies by how many other pilots facing the barrier found them helpful', async () => {
    const actor = await asCurrentUser(t.context, lead);
    for (const other of otherPilots) {
      const result = await barriersService(t.context).saveChecklist(other, { barriers: ['finance'], helpful: ['finance:copy_from_others', 'time:small_steps'], risks: [] }, actor);
      assert.deepEqual(result, { ok: true });
    }
    // A strategy marked for a barrier the pilot did not tick is dropped.
    assert.deepEqual((await barriersService(t.context).checklist(otherPilots[0]!)).helpful, [{ barrier: 'finance', strategy: 'copy_from_others' }]);
    const advice = await barriersService(t.context).advice(pilotId, ['finance']);
    assert.deepEqual(advice.get('finance')?.slice(0, 2), [
      { strategy: 'copy_from_others', pilots: 2, research: false },
      { strategy: 'management_support_after', pilots: 0, research: true },
    ]);
    const main = mainOf((await leadSession.get(`/pilots/${pilotId}/barriers`)).body);
    assert.match(main, /Kijk af en leer van anderen \(hielp 2 andere pilots\)/);
  });

  it('shows the number of ticked barriers to the team on the pilot page', async () => {
    const main = mainOf((await leadSession.get(`/pilots/${pilotId}`)).body);
    assert.match(main, /1 belemmering aangevinkt/);
    assert.match(main, new RegExp(`href="/pilots/${pilotId}/barriers"`));
  });
});
