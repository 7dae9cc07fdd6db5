// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { createMember, signIn, type TestMember } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf } from '../test-support/team-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

describe('stories of advanced pilots', () => {
  let testApp: TestApp;
  let lead: TestMember;
  let outsider: TestMember;
  let moderator: TestMember;
  let advancedId: number;
  let earlyId: number;
  let storyId: number;
  const story = {
    title: 'Hoe wij de laadpalen opschaalden',
    body: 'Na een jaar testen met tien palen besloten we de aanpak over de hele stad uit te rollen, samen met de netbeheerder.',
    reusable: 'Ons bestek voor de aanbesteding en de afspraken met de netbeheerder.',
  };

  before(async () => {
    testApp = await startTestApp();
    lead = await createMember(testApp.context, { name: 'Lotte Lead', organisation: 'GM0193' });
    outsider = await createMember(testApp.context, { organisation: 'GM0344' });
    moderator = await createMember(testApp.context, { role: 'moderator' });
    const actor = await currentUserOf(testApp.context, lead);
    advancedId = await buildPilot(testApp.context, { initiator: 'GM0193', actor, phase: 'scaling', title: 'Laadpalen in heel Zwolle' });
    earlyId = await buildPilot(testApp.context, { initiator: 'GM0193', actor, phase: 'idea', title: 'Een vroeg idee' });
  });
  after(async () => testApp?.close());

  it('lets only the team of a pilot in implementation or scaling write a story', async () => {
    const team = await signIn(testApp.app, lead.email, lead.password);
    assert.equal((await team.get(`/pilots/${advancedId}/stories/new`)).statusCode, 200);
    assert.equal((await team.get(`/pilots/${earlyId}/stories/new`)).statusCode, 403);
    assert.equal((await team.post(`/pilots/${earlyId}/stories`, story)).statusCode, 403);
    const other = await signIn(testApp.app, outsider.email, outsider.password);
    assert.equal((await other.post(`/pilots/${advancedId}/stories`, story)).statusCode, 403);
    const visitor = await testApp.app.inject({ method: 'GET', url: `/pilots/${advancedId}/stories/new` });
    assert.equal(visitor.statusCode, 303);
    assert.equal((await team.get('/pilots/999999/stories/new')).statusCode, 404);
  });

  it('refuses a too short story with 422 and keeps every value', async () => {
    const team = await signIn(testApp.app, lead.email, lead.password);
    const response = await team.post(`/pilots/${advancedId}/stories`, { ...story, body: 'Te kort.' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Het verhaal is te kort \(minimaal 50 tekens\)/);
    assert.match(response.body, /value="Hoe wij de laadpalen opschaalden"/);
    assert.match(response.body, />Te kort.<\/textarea>/);
    assert.match(response.body, /Ons bestek voor de aanbesteding/);
  });

  it('publishes a story, lists it, shows it and puts it on the pilot page', async () => {
    const team = await signIn(testApp.app, lead.email, lead.password);
    const response = await team.post(`/pilots/${advancedId}/stories`, story);
    assert.equal(response.statusCode, 303);
    const match = /^\/knowledge\/stories\/(\d+)$/.exec(String(response.headers.location));
    assert.ok(match);
    storyId = Number(match[1]);
    const detail = await testApp.app.inject({ method: 'GET', url: `/knowledge/stories/${storyId}` });
    assert.equal(detail.statusCode, 200);
    assert.match(detail.body, /<h1 class="utrecht-heading-1">Hoe wij de laadpalen opschaalden<\/h1>/);
    assert.match(detail.body, /Wat u kunt hergebruiken/);
    assert.match(detail.body, /Pilot: Laadpalen in heel Zwolle/);
    const list = await testApp.app.inject({ method: 'GET', url: '/knowledge/stories' });
    assert.match(list.body, /1 verhaal</);
    assert.match(list.body, new RegExp(`href="/knowledge/stories/${storyId}"`));
    const pilotPage = await testApp.app.inject({ method: 'GET', url: `/pilots/${advancedId}` });
    assert.match(pilotPage.body, /id="stories-heading"/);
    assert.match(pilotPage.body, new RegExp(`href="/knowledge/stories/${storyId}"`));
    assert.doesNotMatch(pilotPage.body, /Schrijf een verhaal/, 'only the team is invited to write');
    const teamPage = await team.get(`/pilots/${advancedId}`);
    assert.match(teamPage.body, new RegExp(`href="/pilots/${advancedId}/stories/new"`));
  });

  it('lets only moderators unpublish a story, and records it in the audit log', async () => {
    const team = await signIn(testApp.app, lead.email, lead.password);
    assert.equal((await team.post(`/knowledge/stories/${storyId}/unpublish`, {})).statusCode, 403);
    const mod = await signIn(testApp.app, moderator.email, moderator.password);
    const before = await mod.get(`/knowledge/stories/${storyId}`);
    assert.match(before.body, /Haal dit verhaal offline/);
    const response = await mod.post(`/knowledge/stories/${storyId}/unpublish`, {});
    assert.equal(response.statusCode, 303);
    assert.equal((await testApp.app.inject({ method: 'GET', url: `/knowledge/stories/${storyId}` })).statusCode, 404);
    assert.match((await mod.get(`/knowledge/stories/${storyId}`)).body, /offline gehaald door een moderator/);
    assert.match((await testApp.app.inject({ method: 'GET', url: '/knowledge/stories' })).body, /0 verhalen/);
    assert.doesNotMatch((await testApp.app.inject({ method: 'GET', url: `/pilots/${advancedId}` })).body, /id="stories-heading"/);
    const audit = await sql<{ action: string }>`select action from audit_log where subject_type = 'story' and subject_id = ${String(storyId)}`.execute(testApp.context.db);
    assert.deepEqual(audit.rows.map((row) => row.action), ['story.unpublish']);
  });
});
