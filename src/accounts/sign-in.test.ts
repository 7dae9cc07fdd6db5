// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildApp, createPlatform } from '../app.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestMember } from '../test-support/accounts.js';
import { accountsService } from './accounts.service.js';
import { throttleService } from './throttle.service.js';

describe('sign-in and sign-out', () => {
  let t: TestApp;
  let member: TestMember;
  before(async () => {
    t = await startTestApp();
    member = await createMember(t.context, { name: 'Fatima Sign-In', organisation: 'Utrecht' });
  });
  after(async () => t.close());

  it('stores the password as an Argon2id hash in the accounts table', async () => {
    const row = await t.context.db.selectFrom('accounts').select(['password', 'providerId']).where('userId', '=', member.id).executeTakeFirstOrThrow();
    assert.equal(row.providerId, 'credential');
    assert.match(row.password ?? '', /^\$argon2id\$/);
    assert.ok(!row.password?.includes(member.password));
  });

  it('shows the sign-in form to visitors', async () => {
    const response = await t.app.inject({ url: '/sign-in?return=/pilots' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<h1 class="utrecht-heading-1">Inloggen<\/h1>/);
    assert.match(response.body, /name="return" value="\/pilots"/);
  });

  it('signs in, returns to the page asked for and knows the member and their organisation', async () => {
    const session = await anonymousSession(t.app);
    const response = await session.post('/sign-in', { email: member.email.toUpperCase(), password: member.password, return: '/bestaat-niet' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/bestaat-niet');
    assert.ok(session.cookies.has('pilotstarter.session_token'));
    const page = await session.get('/profile');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Fatima Sign-In/);
    assert.match(page.body, /value="Utrecht"/);
    assert.match(page.body, /U bent ingelogd/);
  });

  it('never follows a return link to another site', async () => {
    const session = await anonymousSession(t.app);
    const response = await session.post('/sign-in', { email: member.email, password: member.password, return: '//evil.example/' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/');
  });

  it('refuses a wrong password with 401, keeps the address and never echoes the password', async () => {
    const session = await anonymousSession(t.app);
    const response = await session.post('/sign-in', { email: member.email, password: 'wrong-password-123' });
    assert.equal(response.statusCode, 401);
    assert.match(response.body, /Het e-mailadres of het wachtwoord klopt niet/);
    assert.match(response.body, new RegExp(`value="${member.email}"`));
    assert.doesNotMatch(response.body, /wrong-password-123/);
    assert.ok(!session.cookies.has('pilotstarter.session_token'));
  });

  it('answers 422 with messages for an empty form', async () => {
    const session = await anonymousSession(t.app);
    const response = await session.post('/sign-in', { email: 'not-an-address', password: '' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Vul een geldig e-mailadres in/);
    assert.match(response.body, /Wachtwoord is verplicht/);
  });

  it('refuses a form post without a CSRF token with 403', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/sign-in', payload: { email: member.email, password: member.password } });
    assert.equal(response.statusCode, 403);
    assert.equal(response.cookies.find((cookie) => cookie.name === 'pilotstarter.session_token'), undefined);
  });

  it('answers 429 after five failed sign-ins for one address, even with the right password, and counts them in the database', async () => {
    const victim = await createMember(t.context);
    const session = await anonymousSession(t.app);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const response = await session.post('/sign-in', { email: victim.email, password: `guess-number-${attempt}` });
      assert.equal(response.statusCode, 401, `attempt ${attempt}`);
    }
    const blocked = await session.post('/sign-in', { email: victim.email, password: victim.password });
    assert.equal(blocked.statusCode, 429);
    assert.match(blocked.body, /te vaak een verkeerd wachtwoord/);
    assert.ok(!session.cookies.has('pilotstarter.session_token'));
    // The counter lives in rate_limits, so another instance (a second app on the same database) refuses too.
    assert.ok(await throttleService(t.context).isBlocked('signInFailures', victim.email, '127.0.0.1'));
    const stored = await t.context.db.selectFrom('rateLimits').select(['key', 'count']).where('key', 'like', 'pilotstarter:signInFailures:%').execute();
    assert.ok(stored.some((row) => row.count === 5));
    assert.ok(stored.every((row) => !row.key.includes(victim.email)));
    // Other members on the same network are not affected.
    const colleague = await signIn(t.app, member.email, member.password);
    assert.ok(colleague.cookies.has('pilotstarter.session_token'));
  });

  it('lets a member in again once the window has passed', async () => {
    const other = await createMember(t.context);
    const sixteenMinutesAgo = Date.now() - 16 * 60 * 1000;
    const past = throttleService(t.context, () => sixteenMinutesAgo);
    for (let attempt = 0; attempt < 5; attempt += 1) await past.record('signInFailures', other.email, '127.0.0.1');
    assert.equal(await throttleService(t.context).isBlocked('signInFailures', other.email, '127.0.0.1'), false);
    const session = await signIn(t.app, other.email, other.password);
    assert.ok(session.cookies.has('pilotstarter.session_token'));
  });

  it('signs out: the session row is deleted and the cookie no longer works', async () => {
    const session = await signIn(t.app, member.email, member.password);
    const token = session.cookies.get('pilotstarter.session_token')!;
    const before = await t.context.db.selectFrom('sessions').select('id').where('userId', '=', member.id).execute();
    const response = await session.post('/sign-out', {});
    assert.equal(response.statusCode, 303);
    assert.ok(!session.cookies.has('pilotstarter.session_token'));
    const afterRows = await t.context.db.selectFrom('sessions').select('id').where('userId', '=', member.id).execute();
    assert.equal(afterRows.length, before.length - 1);
    const replay = await t.app.inject({ url: '/profile', cookies: { 'pilotstarter.session_token': token } });
    assert.equal(replay.statusCode, 303);
    assert.match(String(replay.headers.location), /^\/sign-in/);
  });

  it('ignores a session cookie with a forged signature', async () => {
    const session = await signIn(t.app, member.email, member.password);
    const [token] = session.cookies.get('pilotstarter.session_token')!.split('.');
    const forged = `${token}.${Buffer.alloc(32).toString('base64')}`;
    const response = await t.app.inject({ url: '/profile', cookies: { 'pilotstarter.session_token': forged } });
    assert.equal(response.statusCode, 303);
  });

  it('extends a session that is more than a day old, in the database and in the cookie', async () => {
    const session = await signIn(t.app, member.email, member.password);
    const [token] = decodeURIComponent(session.cookies.get('pilotstarter.session_token')!).split('.');
    const day = 24 * 60 * 60 * 1000;
    await t.context.db.updateTable('sessions').set({ expiresAt: new Date(Date.now() + 12 * day).toISOString() }).where('token', '=', token!).execute();
    const response = await session.get('/profile');
    assert.equal(response.statusCode, 200);
    const row = await t.context.db.selectFrom('sessions').select('expiresAt').where('token', '=', token!).executeTakeFirstOrThrow();
    assert.ok(new Date(row.expiresAt).getTime() > Date.now() + 13 * day);
    const cookie = response.cookies.find((c) => c.name === 'pilotstarter.session_token');
    assert.ok(cookie && (cookie.maxAge ?? 0) > 13 * 24 * 60 * 60);
    // A fresh session is left alone: no write, no cookie.
    const again = await session.get('/profile');
    assert.equal(again.cookies.find((c) => c.name === 'pilotstarter.session_token'), undefined);
  });

  it('does not accept an expired session', async () => {
    const session = await signIn(t.app, member.email, member.password);
    const [token] = decodeURIComponent(session.cookies.get('pilotstarter.session_token')!).split('.');
    await t.context.db.updateTable('sessions').set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where('token', '=', token!).execute();
    assert.equal((await session.get('/profile')).statusCode, 303);
    await accountsService(t.context).pruneExpired();
    const left = await t.context.db.selectFrom('sessions').select('id').where('token', '=', token!).execute();
    assert.equal(left.length, 0, 'the periodic job removes it');
  });

  it('works across instances: a second app on the same database knows the session, and the API ignores cookies', async () => {
    const session = await signIn(t.app, member.email, member.password);
    const second = await createPlatform(t.context.config);
    const app = await buildApp(second.context);
    const seen: Record<string, unknown> = {};
    app.get('/api/test-whoami', async (request) => {
      seen.api = request.currentUser;
      return {};
    });
    app.get('/test-whoami', async (request) => {
      seen.page = request.currentUser;
      return {};
    });
    await app.ready();
    try {
      const cookie = [...session.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
      await app.inject({ url: '/test-whoami', headers: { cookie } });
      await app.inject({ url: '/api/test-whoami', headers: { cookie } });
    } finally {
      await app.close();
      await second.close();
    }
    assert.deepEqual(seen.page, {
      id: member.id,
      name: 'Fatima Sign-In',
      email: member.email,
      emailVerified: true,
      role: 'member',
      organisation: { id: member.organisationId, name: 'Utrecht', slug: 'utrecht', type: 'municipality' },
    });
    // The API has no CSRF tokens, so a browser's cookies must not act there; only bearer tokens do.
    assert.equal(seen.api, null);
  });
});
