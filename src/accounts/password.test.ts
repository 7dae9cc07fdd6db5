// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, lastMailTo, signIn } from '../test-support/accounts.js';

describe('password reset by e-mail', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  const resetPath = (text: string) => {
    const match = /http:\/\/localhost:3000(\/reset-password\?token=[\w%-]+)/.exec(text);
    assert.ok(match, `no reset link in: ${text}`);
    return match[1]!;
  };

  it('mails a link, sets a new password with it, signs out everywhere, and the link works once', async () => {
    const member = await createMember(t.context);
    const oldBrowser = await signIn(t.app, member.email, member.password);
    const session = await anonymousSession(t.app);
    const asked = await session.post('/forgot-password', { email: member.email });
    assert.equal(asked.statusCode, 303);
    assert.equal(asked.headers.location, '/forgot-password/sent');
    const mail = lastMailTo(t.outbox(), member.email);
    assert.ok(mail);
    assert.match(mail.subject, /Nieuw wachtwoord/);

    const form = await session.get(resetPath(mail.text));
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="token" value="[\w-]+"/);
    const token = /name="token" value="([\w-]+)"/.exec(form.body)![1]!;
    // The token is stored hashed, never as sent.
    const stored = await t.context.db.selectFrom('verifications').select('identifier').execute();
    assert.ok(stored.every((row) => !row.identifier.includes(token)));

    const mismatch = await session.post('/reset-password', { token, password: 'brand new password', passwordConfirm: 'something else entirely' });
    assert.equal(mismatch.statusCode, 422);
    assert.match(mismatch.body, /De twee wachtwoorden zijn niet gelijk/);

    const done = await session.post('/reset-password', { token, password: 'brand new password', passwordConfirm: 'brand new password' });
    assert.equal(done.statusCode, 303);
    assert.equal(done.headers.location, '/sign-in');

    const stale = await oldBrowser.get('/profile');
    assert.equal(stale.statusCode, 303, 'sessions from before the reset are revoked');
    await assert.rejects(signIn(t.app, member.email, member.password));
    const fresh = await signIn(t.app, member.email, 'brand new password');
    assert.ok(fresh.cookies.has('pilotstarter.session_token'));

    const again = await session.post('/reset-password', { token, password: 'another new password', passwordConfirm: 'another new password' });
    assert.equal(again.statusCode, 422);
    assert.match(again.body, /Deze link werkt niet meer/);
  });

  it('gives the same answer for an address without an account, and sends nothing', async () => {
    const before = t.outbox().length;
    const session = await anonymousSession(t.app);
    const response = await session.post('/forgot-password', { email: 'nobody@example.test' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/forgot-password/sent');
    assert.equal(t.outbox().length, before);
    const page = await session.get('/forgot-password/sent');
    assert.match(page.body, /Als er een account is met dit e-mailadres/);
  });

  it('refuses an invalid address with 422 and the input kept', async () => {
    const session = await anonymousSession(t.app);
    const response = await session.post('/forgot-password', { email: 'nope' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /value="nope"/);
  });

  it('limits reset mails to one address', async () => {
    const member = await createMember(t.context);
    const session = await anonymousSession(t.app);
    for (let attempt = 1; attempt <= 3; attempt += 1) assert.equal((await session.post('/forgot-password', { email: member.email })).statusCode, 303);
    const blocked = await session.post('/forgot-password', { email: member.email });
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /U hebt dit te vaak geprobeerd/);
  });

  it('lifts a sign-in block once the password is reset', async () => {
    const member = await createMember(t.context);
    const session = await anonymousSession(t.app);
    for (let attempt = 1; attempt <= 5; attempt += 1) await session.post('/sign-in', { email: member.email, password: `wrong guess ${attempt}` });
    assert.equal((await session.post('/sign-in', { email: member.email, password: member.password })).statusCode, 429);
    await session.post('/forgot-password', { email: member.email });
    const token = new URLSearchParams(resetPath(lastMailTo(t.outbox(), member.email)!.text).split('?')[1]).get('token')!;
    assert.equal((await session.post('/reset-password', { token, password: 'a fresh start 2026', passwordConfirm: 'a fresh start 2026' })).statusCode, 303);
    assert.equal((await session.post('/sign-in', { email: member.email, password: 'a fresh start 2026' })).statusCode, 303);
  });

  it('explains a reset page opened without a token', async () => {
    const response = await t.app.inject({ url: '/reset-password' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Vraag een nieuwe link aan/);
  });
});
