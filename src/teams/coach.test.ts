// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { currentUserOf, pilotLedBy } from './teams.fixtures.js';
import { teamService } from './teams.service.js';

describe('coaches: overview, notes, and what other modules ask the team service', () => {
  let t: TestApp;
  let lead: TestMember;
  let coach: TestMember;
  let coachSession: TestSession;
  let pilotId: number;
  let otherPilotId: number;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { name: 'Lotte Trekker' });
    coach = await createMember(t.context, { name: 'Cor Coach' });
    const leadUser = await currentUserOf(t.context, lead);
    pilotId = await pilotLedBy(t.context, leadUser);
    otherPilotId = await pilotLedBy(t.context, leadUser);
    const team = teamService(t.context);
    assert.deepEqual(await team.addMember(pilotId, coach.id, { role: 'coach', clientKind: null }, leadUser), { ok: true });
    await team.addMember(otherPilotId, coach.id, { role: 'coach', clientKind: null }, null);
    const manager = await createMember(t.context, { name: 'Lien Lijn' });
    await team.addMember(otherPilotId, manager.id, { role: 'line_manager', clientKind: null }, null);
    coachSession = await signIn(t.app, coach.email, coach.password);
  });
  after(async () => t.close());

  it('answers the questions other modules ask', async () => {
    const team = teamService(t.context);
    const leadUser = await currentUserOf(t.context, lead);
    const coachUser = await currentUserOf(t.context, coach);
    assert.equal(await team.canDecideGates(pilotId, leadUser), true);
    assert.equal(await team.canDecideGates(pilotId, coachUser), false);
    const moderator = await createMember(t.context, { role: 'moderator' });
    assert.equal(await team.canDecideGates(pilotId, await currentUserOf(t.context, moderator, 'moderator')), false);
    assert.equal(await team.canDecideGates(pilotId, null), false);
    assert.deepEqual((await team.coachPilotIds(coach.id)).sort(), [pilotId, otherPilotId].sort());
    assert.deepEqual(await team.coachPilotIds(lead.id), []);
    assert.equal(await team.isTeamMember(pilotId, coach.id), true);
    assert.deepEqual(await team.roleOf(pilotId, moderator.id), []);
    assert.deepEqual(await team.addMember(pilotId, coach.id, { role: 'core', clientKind: null }, null), { ok: false, reason: 'already_member' });
    assert.deepEqual(await team.addMember(pilotId, moderator.id, { role: 'core', clientKind: null }, coachUser), { ok: false, reason: 'forbidden' });
  });

  it('shows the coach their pilots, flagging the one without a line manager', async () => {
    const page = await coachSession.get('/coach');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1[^>]*>Mijn gecoachte pilots<\/h1>/);
    const rows = page.body.split('<tr class="utrecht-table__row">').slice(2);
    assert.equal(rows.length, 2);
    const row = (id: number) => rows.find((html) => html.includes(`href="/pilots/${id}/team"`)) ?? '';
    assert.match(row(pilotId), /geen intake, geen lijnmanager/);
    assert.match(row(otherPilotId), /geen intake/);
    assert.doesNotMatch(row(otherPilotId), /geen lijnmanager/);
    assert.doesNotMatch(row(otherPilotId), /reflectie te laat|fasebesluit nodig|scores lopen uiteen/);
    assert.doesNotMatch(page.body, /Nog niet beschikbaar/, 'every signal has a source');
    assert.match((await coachSession.get(`/pilots/${pilotId}`)).body, /href="\/coach"/, 'the pilot page links a coach to the overview');
    const leadSession = await signIn(t.app, lead.email, lead.password);
    assert.match((await leadSession.get('/coach')).body, /U bent nog bij geen enkele pilot coach/);
    assert.doesNotMatch((await leadSession.get(`/pilots/${pilotId}`)).body, /href="\/coach"/);
  });

  it('links the overview from the profile page of a coach, and only of a coach', async () => {
    const profile = await coachSession.get('/profile');
    assert.equal(profile.statusCode, 200);
    assert.match(profile.body, /<a class="utrecht-link" href="\/coach">Mijn gecoachte pilots en wat aandacht nodig heeft<\/a>/);
    assert.equal(await teamService(t.context).isCoach(coach.id), true);
    const leadSession = await signIn(t.app, lead.email, lead.password);
    assert.doesNotMatch((await leadSession.get('/profile')).body, /href="\/coach"/);
    assert.equal(await teamService(t.context).isCoach(lead.id), false);
  });

  it('lets the coach leave notes that the team sees; nobody else may', async () => {
    const empty = await coachSession.post(`/pilots/${pilotId}/team/notes`, { note: '  ' });
    assert.equal(empty.statusCode, 422);
    const posted = await coachSession.post(`/pilots/${pilotId}/team/notes`, { note: 'Plan de eerste reflectie <voor> de zomer.' });
    assert.equal(posted.statusCode, 303);
    const leadSession = await signIn(t.app, lead.email, lead.password);
    const page = await leadSession.get(`/pilots/${pilotId}/team`);
    const notes = page.body.slice(page.body.indexOf('id="team-notes"'));
    assert.match(notes, /Plan de eerste reflectie &lt;voor(>|&gt;) de zomer\./);
    assert.doesNotMatch(notes, /<voor>/, 'note text is escaped');
    assert.match(page.body, /Cor Coach, /);
    assert.doesNotMatch(page.body, /name="note"/, 'only coaches get the note form');
    assert.equal((await leadSession.post(`/pilots/${pilotId}/team/notes`, { note: 'Ik ben geen coach' })).statusCode, 403);
  });
});
