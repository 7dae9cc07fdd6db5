// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anonymousSession, createMember, lastMailTo, signIn, type TestSession } from '../test-support/accounts.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { currentUserOf, invitationPath, pilotLedBy } from './teams.fixtures.js';
import { teamService } from './teams.service.js';

describe('invitations for new people, expiry, and English texts', () => {
  let t: TestApp;
  let leadSession: TestSession;
  let pilotId: number;

  before(async () => {
    t = await startTestApp();
    const lead = await createMember(t.context, { name: 'Lotte Trekker' });
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    leadSession = await signIn(t.app, lead.email, lead.password);
  });
  after(async () => t.close());

  it('lets someone without an account accept after creating one with the invited address', async () => {
    const email = 'nieuw.lid@example.org';
    assert.equal((await leadSession.post(`/pilots/${pilotId}/team/invitations`, { email, role: 'line_manager', clientKind: '' })).statusCode, 303);
    const mail = lastMailTo(t.outbox(), email);
    assert.ok(mail);
    assert.match(mail.text, /Ontvangende lijnmanager/);
    assert.match(mail.text, /Maak er een aan met dit e-mailadres/);
    const link = invitationPath(mail.text);
    const newcomer = await createMember(t.context, { email, name: 'Nina Nieuw' });
    const session = await signIn(t.app, newcomer.email, newcomer.password);
    assert.equal((await session.post(link, {})).statusCode, 303);
    assert.deepEqual(await teamService(t.context).roleOf(pilotId, newcomer.id), ['line_manager']);
    assert.doesNotMatch((await leadSession.get(`/pilots/${pilotId}/team`)).body, /geen ontvangende lijnmanager/);
  });

  it('brings someone who signs up from the invitation back to it once their address is confirmed', async () => {
    const email = 'via.uitnodiging@example.org';
    assert.equal((await leadSession.post(`/pilots/${pilotId}/team/invitations`, { email, role: 'supporter', clientKind: '' })).statusCode, 303);
    const link = invitationPath(lastMailTo(t.outbox(), email)?.text ?? '');
    const visitor = await anonymousSession(t.app);
    const signUpPath = `/sign-up?return=${encodeURIComponent(link)}`;
    assert.ok((await visitor.get(link)).body.includes(`href="${signUpPath}"`), 'the invitation page links sign-up with the way back');
    const form = await visitor.get(signUpPath);
    assert.ok(form.body.includes(`<input type="hidden" name="return" value="${link}"/>`) || form.body.includes(`<input type="hidden" name="return" value="${link}">`), form.body);
    assert.ok(form.body.includes(`href="/sign-in?return=${encodeURIComponent(link)}"`), 'signing in instead keeps the way back too');

    const password = 'a long enough password';
    const signedUp = await visitor.post('/sign-up', { name: 'Vera Via', email, organisation: 'Rotterdam', password, passwordConfirm: password, return: link });
    assert.equal(signedUp.statusCode, 303);
    assert.equal(signedUp.headers.location, '/sign-up/check-email');
    const mail = lastMailTo(t.outbox(), email);
    assert.ok(mail && /Bevestig uw e-mailadres/.test(mail.subject), 'the last mail is the confirmation');
    const verifyPath = /http:\/\/localhost:3000(\/verify-email\?\S+)/.exec(mail.text)?.[1];
    assert.ok(verifyPath?.endsWith(`&return=${encodeURIComponent(link)}`), verifyPath);

    // Opened from the mail, in another browser: confirmed, signed in, and back at the invitation.
    const mailBrowser = await anonymousSession(t.app);
    const verified = await mailBrowser.get(verifyPath!);
    assert.equal(verified.statusCode, 303);
    assert.equal(verified.headers.location, link);
    const invitation = await mailBrowser.get(link);
    assert.match(invitation.body, /Uitnodiging aannemen/);
    const accepted = await mailBrowser.post(link, {});
    assert.equal(accepted.statusCode, 303);
    assert.equal(accepted.headers.location, `/pilots/${pilotId}/team`);
    const newcomer = await t.context.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    assert.deepEqual(await teamService(t.context).roleOf(pilotId, newcomer.id), ['supporter']);
  });

  it('ignores a return path to another site at sign-up', async () => {
    const visitor = await anonymousSession(t.app);
    const form = await visitor.get(`/sign-up?return=${encodeURIComponent('//evil.example/x')}`);
    assert.equal(form.statusCode, 200);
    assert.doesNotMatch(form.body, /name="return"/);
    const password = 'a long enough password';
    await visitor.post('/sign-up', { name: 'Erik Elders', email: 'erik.elders@example.org', organisation: 'Rotterdam', password, passwordConfirm: password, return: 'https://evil.example/' });
    const text = lastMailTo(t.outbox(), 'erik.elders@example.org')?.text ?? '';
    assert.match(text, /\/verify-email\?token=/);
    assert.doesNotMatch(text, /return=|evil/);
  });

  it('stops working when it has expired', async () => {
    const email = 'te.laat@example.org';
    await leadSession.post(`/pilots/${pilotId}/team/invitations`, { email, role: 'supporter' });
    const link = invitationPath(lastMailTo(t.outbox(), email)?.text ?? '');
    await t.context.db.updateTable('pilotInvitations').set({ expiresAt: '2020-01-01T00:00:00.000Z' }).where('email', '=', email).execute();
    const late = await createMember(t.context, { email, name: 'Tim Telaat' });
    const session = await signIn(t.app, late.email, late.password);
    const response = await session.post(link, {});
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /Deze uitnodiging werkt niet meer/);
    assert.equal(await teamService(t.context).isTeamMember(pilotId, late.id), false);
    assert.equal((await session.get('/invitations/not-a-real-token-at-all-123')).statusCode, 404);
  });

  it('shows the team page in English', async () => {
    const page = await leadSession.get(`/pilots/${pilotId}/team`, { 'accept-language': 'en' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<html lang="en"/);
    assert.match(page.body, /<h1[^>]*>Team of /);
    assert.match(page.body, /Receiving line manager/);
    assert.match(page.body, /There is no client who decides/);
  });
});
