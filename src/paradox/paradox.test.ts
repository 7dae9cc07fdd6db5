// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf as asCurrentUser } from '../test-support/team-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { dimensions, type Scores } from './paradox.dimensions.js';
import { paradoxService } from './paradox.service.js';

const ratingFields = (values: readonly number[], showName = false): Record<string, string | string[]> => ({
  ...Object.fromEntries(dimensions.map((dimension, index) => [dimension, String(values[index])])),
  ...(showName ? { showName: 'yes' } : {}),
});

const scores = (values: readonly number[]): Scores => Object.fromEntries(dimensions.map((dimension, index) => [dimension, values[index]])) as Scores;

/** The page's main landmark, so the signed-in member's name in the header does not count. */
const mainOf = (body: string) => body.slice(body.indexOf('<main'));


describe('pilot paradox', () => {
  let t: TestApp;
  let lead: TestMember;
  let core: TestMember;
  let outsider: TestMember;
  let pilotId: number;
  let leadSession: TestSession;
  let coreSession: TestSession;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { name: 'Lea Leider', organisation: 'GM0344' });
    core = await createMember(t.context, { name: 'Kees Kernlid', organisation: 'GM0344' });
    outsider = await createMember(t.context, { name: 'Olga Buiten', organisation: 'GM0599' });
    pilotId = await buildPilot(t.context, { title: 'Paradoxpilot', actor: await asCurrentUser(t.context, lead) });
    await t.context.db.insertInto('pilotTeamMembers').values({ pilotId, userId: core.id, role: 'core', createdAt: new Date().toISOString() }).execute();
    leadSession = await signIn(t.app, lead.email, lead.password);
    coreSession = await signIn(t.app, core.email, core.password);
  });
  after(async () => t.close());

  describe('GET /pilots/:id/paradox', () => {
    it('sends visitors to sign in and refuses members outside the team', async () => {
      const anonymous = await (await anonymousSession(t.app)).get(`/pilots/${pilotId}/paradox`);
      assert.equal(anonymous.statusCode, 303);
      assert.match(String(anonymous.headers.location), /^\/sign-in\?return=/);
      const other = await signIn(t.app, outsider.email, outsider.password);
      assert.equal((await other.get(`/pilots/${pilotId}/paradox`)).statusCode, 403);
      assert.equal((await leadSession.get('/pilots/999999/paradox')).statusCode, 404);
    });

    it('invites the team to give the first rating', async () => {
      const response = await leadSession.get(`/pilots/${pilotId}/paradox`);
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /Uw eerste beoordeling opent ronde 1/);
      assert.doesNotMatch(response.body, /<svg/);
    });
  });

  describe('POST /pilots/:id/paradox/ratings', () => {
    it('re-renders with 422, the error and the typed values when a score is missing or out of range', async () => {
      const fields = ratingFields([2, 3, 3, 2, 1, 2, 3]);
      fields.scope = '7';
      delete fields.leadership;
      const response = await leadSession.post(`/pilots/${pilotId}/paradox/ratings`, fields);
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Kies bij Reikwijdte een cijfer van 1 tot en met 5/);
      assert.match(response.body, /Kies bij Leiderschap een cijfer van 1 tot en met 5/);
      assert.match(response.body, /name="distance" value="2" checked/);
      assert.equal((await paradoxService(t.context).overview(pilotId)).current, null);
    });

    it('refuses visitors and members outside the team', async () => {
      const anonymous = await (await anonymousSession(t.app)).post(`/pilots/${pilotId}/paradox/ratings`, ratingFields([1, 1, 1, 1, 1, 1, 1]));
      assert.equal(anonymous.statusCode, 401);
      const other = await signIn(t.app, outsider.email, outsider.password);
      assert.equal((await other.post(`/pilots/${pilotId}/paradox/ratings`, ratingFields([1, 1, 1, 1, 1, 1, 1]))).statusCode, 403);
    });

    it('stores each rater\'s own ratings in round 1, replaces them on a second save, and plots them', async () => {
      const first = await leadSession.post(`/pilots/${pilotId}/paradox/ratings`, ratingFields([1, 1, 2, 2, 1, 1, 2], true));
      assert.equal(first.statusCode, 303);
      assert.equal((await leadSession.post(`/pilots/${pilotId}/paradox/ratings`, ratingFields([1, 2, 2, 2, 1, 1, 2], true))).statusCode, 303);
      assert.equal((await coreSession.post(`/pilots/${pilotId}/paradox/ratings`, ratingFields([3, 2, 2, 2, 1, 1, 4]))).statusCode, 303);

      const { current } = await paradoxService(t.context).overview(pilotId);
      assert.equal(current?.number, 1);
      assert.equal(current?.ratings.length, 2);
      assert.deepEqual(current?.means, scores([2, 2, 2, 2, 1, 1, 3]));
      assert.deepEqual(current?.diverging, ['distance', 'leadership']);

      const page = await coreSession.get(`/pilots/${pilotId}/paradox`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<svg[^>]+role="img"/);
      assert.equal((page.body.match(/class="ps-paradox-chart__person"><title>/g) ?? []).length, 14);
      // The lead opted in to show her name; the core member did not, and sees himself as "you".
      assert.match(page.body, /Lea Leider: 1/);
      assert.doesNotMatch(mainOf(page.body), /Kees Kernlid/);
      assert.match(page.body, /Teamlid 2 \(u\)/);
      assert.match(page.body, /Bespreek bij de volgende reflectie/);
      assert.match(page.body, /name="leadership" value="4" checked/);
    });
  });

  describe('rounds and the shift', () => {
    it('opens round 2 for the team only and shows the shift against round 1', async () => {
      const other = await signIn(t.app, outsider.email, outsider.password);
      assert.equal((await other.post(`/pilots/${pilotId}/paradox/rounds`, {})).statusCode, 403);
      const opened = await leadSession.post(`/pilots/${pilotId}/paradox/rounds`, {});
      assert.equal(opened.statusCode, 303);
      // A second new round while round 2 is still empty is refused with a message; round 1 stays the previous one.
      assert.equal((await coreSession.post(`/pilots/${pilotId}/paradox/rounds`, {})).statusCode, 303);
      assert.match((await coreSession.get(`/pilots/${pilotId}/paradox`)).body, /Ronde 2 heeft nog geen beoordelingen/);
      assert.deepEqual(await paradoxService(t.context).openRound(pilotId, lead.id), { ok: false, reason: 'current_round_empty', number: 2 });
      assert.equal((await leadSession.post(`/pilots/${pilotId}/paradox/ratings`, ratingFields([4, 3, 2, 2, 1, 1, 3]))).statusCode, 303);

      const service = paradoxService(t.context);
      assert.deepEqual(await service.latestMeans(pilotId), scores([4, 3, 2, 2, 1, 1, 3]));
      const page = await leadSession.get(`/pilots/${pilotId}/paradox`);
      assert.match(page.body, /Ronde 2, geopend op/);
      assert.match(page.body, /Verschuiving sinds ronde 1/);
      assert.match(page.body, />\+2,0</);
      assert.match(page.body, /class="ps-paradox-chart__previous"/);
      // The lead chose not to show her name this round.
      assert.doesNotMatch(mainOf(page.body), /Lea Leider/);
    });
  });

  describe('paradoxService', () => {
    it('reports only pilots whose latest round diverges, in one call for many pilots', async () => {
      const service = paradoxService(t.context);
      const calm = await buildPilot(t.context, { title: 'Rustige pilot' });
      const torn = await buildPilot(t.context, { title: 'Verdeelde pilot' });
      await service.recordRating(calm, lead.id, scores([3, 3, 3, 3, 3, 3, 3]), false);
      await service.recordRating(calm, core.id, scores([4, 4, 4, 4, 4, 4, 4]), false);
      await service.recordRating(torn, lead.id, scores([1, 3, 3, 3, 3, 3, 3]), false);
      await service.recordRating(torn, core.id, scores([3, 3, 3, 3, 3, 3, 3]), false);
      // pilotId's latest round (2) has one rater only, so it no longer diverges although round 1 did.
      assert.deepEqual([...(await service.diverging([pilotId, calm, torn]))].sort(), [torn]);
      // A new round nobody has rated yet does not hide the disagreement of the last rated round.
      assert.deepEqual(await service.openRound(torn, lead.id, { at: '2026-01-01T00:00:00.000Z' }), { ok: true, number: 2 });
      assert.deepEqual([...(await service.diverging([torn]))], [torn]);
      assert.deepEqual(await service.latestMeans(torn), scores([2, 3, 3, 3, 3, 3, 3]));
      assert.deepEqual(await service.diverging([]), new Set());
      assert.equal(await service.latestMeans(await buildPilot(t.context)), null);
      assert.deepEqual(await service.recordRating(calm, lead.id, scores([0, 3, 3, 3, 3, 3, 3]), false), { ok: false, reason: 'invalid_scores' });
    });
  });

  describe('pilot page section', () => {
    it('shows the latest means to visitors and the link to the team', async () => {
      const visitor = await (await anonymousSession(t.app)).get(`/pilots/${pilotId}`);
      assert.equal(visitor.statusCode, 200);
      assert.match(visitor.body, /Pilotparadox/);
      assert.match(visitor.body, /ronde 2/);
      assert.doesNotMatch(visitor.body, new RegExp(`/pilots/${pilotId}/paradox"`));
      const team = await leadSession.get(`/pilots/${pilotId}`);
      assert.match(team.body, new RegExp(`href="/pilots/${pilotId}/paradox"`));
    });
  });

  it('has every Dutch text in English too', async () => {
    const { paradoxMessages } = await import('./paradox.messages.js');
    const keys = (value: unknown, prefix = ''): string[] =>
      value && typeof value === 'object' ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}.${key}`)) : [prefix];
    assert.deepEqual(keys(paradoxMessages.en).sort(), keys(paradoxMessages.nl).sort());
  });
});
