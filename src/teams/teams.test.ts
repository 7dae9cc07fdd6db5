// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { pilotsService } from '../pilots/pilots.service.js';
import { anonymousSession, createMember, lastMailTo, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { currentUserOf, invitationPath, pilotLedBy } from './teams.fixtures.js';
import { teamService } from './teams.service.js';

describe('team page, invitations and roles', () => {
  let t: TestApp;
  let lead: TestMember;
  let invitee: TestMember;
  let outsider: TestMember;
  let leadSession: TestSession;
  let pilotId: number;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { name: 'Lotte Trekker', organisation: 'GM0599' });
    invitee = await createMember(t.context, { name: 'Otto Opdrachtgever', organisation: 'GM0599' });
    outsider = await createMember(t.context, { name: 'Bram Buiten', organisation: 'GM0344' });
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    leadSession = await signIn(t.app, lead.email, lead.password);
  });
  after(async () => t.close());

  it('shows the lead the team, the composition and the warnings about missing key roles', async () => {
    const page = await leadSession.get(`/pilots/${pilotId}/team`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1[^>]*>Team van Samen slimmer parkeren<\/h1>/);
    assert.match(page.body, /<th class="utrecht-table__header-cell" scope="row">Lotte Trekker<\/th>\s*<td class="utrecht-table__cell">Trekker<\/td>/);
    assert.match(page.body, /geen opdrachtgever die zelf beslist/);
    assert.match(page.body, /geen ontvangende lijnmanager/);
    assert.match(page.body, /<strong>Verbinder<\/strong>: <span>ontbreekt<\/span>/);
    assert.match(page.body, /action="\/pilots\/\d+\/team\/invitations"/);
  });

  it('sends visitors to sign in, refuses outsiders and answers unknown pilots with 404', async () => {
    const visitor = await anonymousSession(t.app);
    const anonymous = await visitor.get(`/pilots/${pilotId}/team`);
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/sign-in\?return=/);
    const other = await signIn(t.app, outsider.email, outsider.password);
    assert.equal((await other.get(`/pilots/${pilotId}/team`)).statusCode, 403);
    assert.equal((await other.post(`/pilots/${pilotId}/team/invitations`, { email: 'x@example.org', role: 'core' })).statusCode, 403);
    assert.equal((await leadSession.get('/pilots/999999/team')).statusCode, 404);
    assert.equal((await visitor.post(`/pilots/${pilotId}/team/invitations`, { email: 'x@example.org', role: 'core' })).statusCode, 401);
  });

  it('keeps what was typed when the invitation form is invalid', async () => {
    const response = await leadSession.post(`/pilots/${pilotId}/team/invitations`, { email: 'geen-adres', role: 'client', clientKind: 'decision_maker' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="error-summary"/);
    assert.match(response.body, /value="geen-adres"/);
    assert.match(response.body, /<option value="client" selected>/);
  });

  it('invites by e-mail; the invitee accepts once, with the invited address only', async () => {
    const sent = await leadSession.post(`/pilots/${pilotId}/team/invitations`, { email: invitee.email.toUpperCase(), role: 'client', clientKind: 'decision_maker' });
    assert.equal(sent.statusCode, 303);
    const mail = lastMailTo(t.outbox(), invitee.email);
    assert.ok(mail, 'an invitation e-mail is sent');
    assert.match(mail.subject, /Samen slimmer parkeren/);
    const link = invitationPath(mail.text);
    assert.match((await leadSession.get(`/pilots/${pilotId}/team`)).body, /Openstaande uitnodigingen/);

    const visitor = await anonymousSession(t.app);
    const landing = await visitor.get(link);
    assert.equal(landing.statusCode, 200);
    assert.match(landing.body, /als Opdrachtgever/);
    assert.match(landing.body, /href="\/sign-in\?return=%2Finvitations%2F/);
    assert.match(landing.body, /href="\/sign-up"/);

    const other = await signIn(t.app, outsider.email, outsider.password);
    assert.equal((await other.post(link, {})).statusCode, 403);

    const session = await signIn(t.app, invitee.email, invitee.password);
    const accepted = await session.post(link, {});
    assert.equal(accepted.statusCode, 303);
    assert.equal(accepted.headers.location, `/pilots/${pilotId}/team`);
    assert.deepEqual(await teamService(t.context).roleOf(pilotId, invitee.id), ['client']);
    const members = await teamService(t.context).membersOf(pilotId);
    assert.deepEqual(members.map((member) => [member.name, member.role, member.clientKind]), [
      ['Lotte Trekker', 'lead', null],
      ['Otto Opdrachtgever', 'client', 'decision_maker'],
    ]);
    assert.equal((await session.post(link, {})).statusCode, 404, 'a link works once');
    assert.equal((await session.get(link)).statusCode, 404);
    assert.doesNotMatch((await leadSession.get(`/pilots/${pilotId}/team`)).body, /geen opdrachtgever die zelf beslist/);
    // The pilots module still treats a client as team: they may edit the pilot.
    assert.equal(await pilotsService(t.context).canEdit(pilotId, await currentUserOf(t.context, invitee)), true);
  });

  it('refuses to invite someone who is already on the team', async () => {
    const response = await leadSession.post(`/pilots/${pilotId}/team/invitations`, { email: invitee.email, role: 'core' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /zit al in het team/);
  });

  it('lets members tag themselves, and shows the coverage', async () => {
    const session = await signIn(t.app, invitee.email, invitee.password);
    assert.equal((await session.post(`/pilots/${pilotId}/team/tags`, { tags: ['connector', 'critical'] })).statusCode, 303);
    assert.equal((await session.post(`/pilots/${pilotId}/team/tags`, { tags: ['nonsense'] })).statusCode, 422);
    const page = await leadSession.get(`/pilots/${pilotId}/team`);
    assert.match(page.body, /<strong>Verbinder<\/strong>: <span>aanwezig \(1\)<\/span>/);
    assert.match(page.body, /Kritisch, Verbinder/);
    const other = await signIn(t.app, outsider.email, outsider.password);
    assert.equal((await other.post(`/pilots/${pilotId}/team/tags`, { tags: ['connector'] })).statusCode, 403);
  });

  it('changes roles and removes members, but never the lead; only managers may', async () => {
    const path = `/pilots/${pilotId}/team/members/${invitee.id}`;
    const invited = await signIn(t.app, invitee.email, invitee.password);
    assert.equal((await invited.post(`/pilots/${pilotId}/team/members/${lead.id}/remove`, {})).statusCode, 403, 'a client does not manage the team');
    assert.equal((await leadSession.post(`${path}/role`, { role: 'line_manager', clientKind: '' })).statusCode, 303);
    assert.deepEqual(await teamService(t.context).roleOf(pilotId, invitee.id), ['line_manager']);
    assert.equal((await leadSession.post(`${path}/role`, { role: 'boss' })).statusCode, 400);
    const leadChange = await leadSession.post(`/pilots/${pilotId}/team/members/${lead.id}/role`, { role: 'core' });
    assert.equal(leadChange.statusCode, 303);
    assert.deepEqual(await teamService(t.context).roleOf(pilotId, lead.id), ['lead']);
    assert.equal((await leadSession.post(`${path}/remove`, {})).statusCode, 303);
    assert.equal(await teamService(t.context).isTeamMember(pilotId, invitee.id), false);
    assert.equal((await leadSession.post(`${path}/remove`, {})).statusCode, 404);
  });

  it('shows the team block on the pilot page, with warnings and the link for the team only', async () => {
    const team = await leadSession.get(`/pilots/${pilotId}`);
    assert.match(team.body, /Trekker: Lotte Trekker/);
    assert.match(team.body, /href="\/pilots\/\d+\/team"/);
    assert.match(team.body, /geen opdrachtgever die zelf beslist/);
    const visitor = await anonymousSession(t.app);
    const page = await visitor.get(`/pilots/${pilotId}`);
    assert.match(page.body, /Trekker: Lotte Trekker/);
    assert.doesNotMatch(page.body, /href="\/pilots\/\d+\/team"/);
    assert.doesNotMatch(page.body, /geen opdrachtgever die zelf beslist/);
  });
});
