// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { currentUserOf, pilotLedBy } from '../test-support/team-fixtures.js';
import { participationService } from './participation.service.js';

async function counts(t: TestApp, pilotId: number) {
  const pilot = await pilotsService(t.context).findById(pilotId);
  assert.ok(pilot);
  return { participantCount: pilot.participantCount, municipalityCount: pilot.municipalityCount, followerCount: pilot.followerCount };
}

async function participationRows(t: TestApp, pilotId: number) {
  return t.context.db.selectFrom('participations').select(['organisationId']).where('pilotId', '=', pilotId).execute();
}

/** The aside block of the pilot page, so assertions do not match text elsewhere on the page. */
function participationBlock(html: string): string {
  const start = html.indexOf('id="participation-heading"');
  assert.ok(start >= 0, 'pilot page has the participation section');
  return html.slice(start, html.indexOf('</section>', start));
}

describe('joining and following a pilot', () => {
  let t: TestApp;
  let lead: TestMember;
  let utrechtMember: TestMember;
  let utrecht: TestSession;
  let pilotId: number;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { organisation: 'GM0599', name: 'Lea Lead' });
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    utrechtMember = await createMember(t.context, { organisation: 'GM0344' });
    utrecht = await signIn(t.app, utrechtMember.email, utrechtMember.password);
  });
  after(async () => t.close());

  it('shows the initiator, no participants and a join button on the pilot page', async () => {
    const page = await utrecht.get(`/pilots/${pilotId}`);
    assert.equal(page.statusCode, 200);
    const block = participationBlock(page.body);
    assert.match(block, /Rotterdam/);
    assert.match(block, /initiatiefnemer/);
    assert.match(block, /Doe mee namens Utrecht/);
    assert.match(block, /action="\/pilots\/\d+\/join"/);
    assert.match(block, /0 mensen volgen deze pilot/);
  });

  it('POST /pilots/:id/join adds the organisation, updates the counts and tells the lead', async () => {
    const response = await utrecht.post(`/pilots/${pilotId}/join`);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/pilots/${pilotId}`);
    const page = await utrecht.get(`/pilots/${pilotId}`);
    assert.match(page.body, /Utrecht doet nu mee aan deze pilot/);
    const block = participationBlock(page.body);
    assert.match(block, /href="\/organisations\/utrecht"/);
    assert.match(block, /Stop met meedoen namens Utrecht/);
    assert.match(block, /data-confirm=/);
    assert.deepEqual(await counts(t, pilotId), { participantCount: 1, municipalityCount: 2, followerCount: 0 });
    const mails = t.outbox().filter((mail) => mail.includes(lead.email));
    assert.equal(mails.length, 1);
    assert.match(mails[0]!, /Subject: Utrecht doet mee aan uw pilot/);
  });

  it('refuses a second join by the same organisation with a message, not an error', async () => {
    const colleague = await createMember(t.context, { organisation: 'GM0344' });
    const session = await signIn(t.app, colleague.email, colleague.password);
    const response = await session.post(`/pilots/${pilotId}/join`);
    assert.equal(response.statusCode, 303);
    const page = await session.get(`/pilots/${pilotId}`);
    assert.match(page.body, /Utrecht doet al mee aan deze pilot/);
    assert.equal((await participationRows(t, pilotId)).length, 1);
  });

  it('keeps one row when the same organisation joins twice at the same moment', async () => {
    const other = await createMember(t.context, { organisation: 'GM0363' });
    const user = await currentUserOf(t.context, other);
    const service = participationService(t.context);
    const results = await Promise.all([service.join(pilotId, user), service.join(pilotId, user), service.join(pilotId, user)]);
    assert.equal(results.filter((result) => result.ok).length, 1);
    assert.deepEqual(
      results.filter((result) => !result.ok).map((result) => (result.ok ? '' : result.reason)),
      ['already_joined', 'already_joined'],
    );
    const rows = await participationRows(t, pilotId);
    assert.equal(rows.filter((row) => row.organisationId === other.organisationId).length, 1);
    assert.deepEqual(await counts(t, pilotId), { participantCount: 2, municipalityCount: 3, followerCount: 0 });
    assert.equal((await service.leave(pilotId, user)).ok, true);
  });

  it('keeps the counts right when several organisations join at the same moment', async () => {
    const service = participationService(t.context);
    const members = await Promise.all(['GM0014', 'GM0034', 'GM0037', 'GM0047'].map((code) => createMember(t.context, { organisation: code })));
    const users = await Promise.all(members.map((member) => currentUserOf(t.context, member)));
    const results = await Promise.all(users.map((user) => service.join(pilotId, user)));
    assert.ok(results.every((result) => result.ok));
    assert.deepEqual(await counts(t, pilotId), { participantCount: 5, municipalityCount: 6, followerCount: 0 });
    await Promise.all(users.map((user) => service.leave(pilotId, user)));
    assert.deepEqual(await counts(t, pilotId), { participantCount: 1, municipalityCount: 2, followerCount: 0 });
  });

  it('POST /pilots/:id/leave removes the organisation and updates the counts', async () => {
    const response = await utrecht.post(`/pilots/${pilotId}/leave`);
    assert.equal(response.statusCode, 303);
    const page = await utrecht.get(`/pilots/${pilotId}`);
    assert.match(page.body, /Utrecht doet niet meer mee aan deze pilot/);
    assert.doesNotMatch(participationBlock(page.body), /href="\/organisations\/utrecht"/);
    assert.deepEqual(await counts(t, pilotId), { participantCount: 0, municipalityCount: 1, followerCount: 0 });
    assert.equal((await participationRows(t, pilotId)).length, 0);
  });

  it('follows and unfollows, keeping the follower count', async () => {
    assert.equal((await utrecht.post(`/pilots/${pilotId}/follow`)).statusCode, 303);
    let page = await utrecht.get(`/pilots/${pilotId}`);
    assert.match(page.body, /U volgt deze pilot nu/);
    assert.match(participationBlock(page.body), /1 persoon volgt deze pilot/);
    assert.match(participationBlock(page.body), /Niet meer volgen/);
    assert.equal((await counts(t, pilotId)).followerCount, 1);
    const stored = await t.context.db.selectFrom('follows').select(['userId', 'organisationId']).where('pilotId', '=', pilotId).execute();
    assert.deepEqual(stored, [{ userId: utrechtMember.id, organisationId: utrechtMember.organisationId }]);

    assert.equal((await utrecht.post(`/pilots/${pilotId}/unfollow`)).statusCode, 303);
    page = await utrecht.get(`/pilots/${pilotId}`);
    assert.match(page.body, /U volgt deze pilot niet meer/);
    assert.match(participationBlock(page.body), /0 mensen volgen deze pilot/);
    assert.equal((await counts(t, pilotId)).followerCount, 0);
  });

  it('sends an anonymous visitor to sign in and back', async () => {
    const visitor = await anonymousSession(t.app);
    const response = await visitor.post(`/pilots/${pilotId}/join`);
    assert.equal(response.statusCode, 303);
    const location = new URL(String(response.headers.location), 'http://localhost');
    assert.equal(location.pathname, '/sign-in');
    assert.equal(location.searchParams.get('return'), `/pilots/${pilotId}`);
    const page = await visitor.get(`/pilots/${pilotId}`);
    assert.match(participationBlock(page.body), /Log in om mee te doen of te volgen/);
    assert.doesNotMatch(participationBlock(page.body), /\/join"/);
  });

  it('refuses a member whose e-mail address is not confirmed, and says why', async () => {
    const unverified = await createMember(t.context, { organisation: 'GM0153', emailVerified: false });
    const session = await signIn(t.app, unverified.email, unverified.password);
    assert.equal((await session.post(`/pilots/${pilotId}/join`)).statusCode, 303);
    const page = await session.get(`/pilots/${pilotId}`);
    assert.match(page.body, /Bevestig eerst uw e-mailadres/);
    assert.equal((await participationRows(t, pilotId)).length, 0);
    assert.equal((await session.post(`/pilots/${pilotId}/follow`)).statusCode, 303);
    assert.equal((await counts(t, pilotId)).followerCount, 0);
  });

  it('does not let the initiating organisation join its own pilot', async () => {
    const session = await signIn(t.app, lead.email, lead.password);
    await session.post(`/pilots/${pilotId}/join`);
    const page = await session.get(`/pilots/${pilotId}`);
    assert.match(page.body, /initiatiefnemer van deze pilot en doet daarom al mee/);
    assert.equal((await participationRows(t, pilotId)).length, 0);
  });

  it('answers 404 for a pilot that does not exist', async () => {
    assert.equal((await utrecht.post('/pilots/999999/join')).statusCode, 404);
    assert.equal((await utrecht.post('/pilots/abc/follow')).statusCode, 404);
  });
});

describe('a municipality joining a pilot that waits for one', () => {
  let t: TestApp;
  let pilotId: number;

  before(async () => {
    t = await startTestApp();
    pilotId = await buildPilot(t.context, { initiator: 'Sensorbedrijf Test BV' });
  });
  after(async () => t.close());

  it('starts without municipalities and with a deadline', async () => {
    const pilot = await pilotsService(t.context).findById(pilotId);
    assert.equal(pilot?.municipalityCount, 0);
    assert.ok(pilot?.municipalityDeadline);
  });

  it('counts a joining company as a participant but not as a municipality', async () => {
    const other = await organisationsService(t.context.db).findOrCreate('Kennis Test Instituut', 'knowledge_institute');
    const member = await createMember(t.context, { organisation: 'Kennis Test Instituut' });
    assert.equal(member.organisationId, other.id);
    const result = await participationService(t.context).join(pilotId, await currentUserOf(t.context, member));
    assert.equal(result.ok, true);
    assert.deepEqual(await counts(t, pilotId), { participantCount: 1, municipalityCount: 0, followerCount: 0 });
  });

  it('makes municipalityCount 1 when a municipality joins before the deadline', async () => {
    const member = await createMember(t.context, { organisation: 'GM0014' });
    const session = await signIn(t.app, member.email, member.password);
    assert.equal((await session.post(`/pilots/${pilotId}/join`)).statusCode, 303);
    assert.deepEqual(await counts(t, pilotId), { participantCount: 2, municipalityCount: 1, followerCount: 0 });
  });

  it('refuses to join once the deadline has passed without a municipality', async () => {
    const late = await buildPilot(t.context, { initiator: 'Late Test BV', pastMunicipalityDeadline: true });
    const member = await createMember(t.context, { organisation: 'GM0034' });
    const result = await participationService(t.context).join(late, await currentUserOf(t.context, member));
    assert.deepEqual(result, { ok: false, reason: 'not_open' });
  });
});
