// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, lastMailTo, signIn } from '../test-support/accounts.js';
import { accountsPolicy } from './accounts.policy.js';

const goodForm = (email: string) => ({
  name: 'Sanne de Wit',
  email,
  organisation: 'Rotterdam',
  password: 'a long enough password',
  passwordConfirm: 'a long enough password',
});

describe('sign-up and e-mail verification', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  const userCount = async () => Number((await t.context.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const userByEmail = (email: string) => t.context.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  const verifyPath = (text: string) => {
    const match = /http:\/\/localhost:3000(\/verify-email\?token=[\w.%-]+)/.exec(text);
    assert.ok(match, `no verification link in: ${text}`);
    return match[1]!;
  };

  it('shows the form with the employer field and its suggestion script', async () => {
    const response = await t.app.inject({ url: '/sign-up' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /name="organisation"[^>]*list="organisation-suggestions"/);
    assert.match(response.body, /<datalist id="organisation-suggestions"/);
    assert.match(response.body, /\/assets\/organisation-picker\.js/);
  });

  it('signs up, mails a link, and the link confirms the address and signs in', async () => {
    const session = await anonymousSession(t.app);
    const response = await session.post('/sign-up', goodForm('Sanne.de.Wit@Rotterdam.example'));
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/sign-up/check-email');
    const user = await userByEmail('sanne.de.wit@rotterdam.example');
    assert.ok(user);
    assert.equal(Boolean(user.emailVerified), false);
    assert.equal(user.role, 'member');
    assert.equal(user.locale, 'nl');
    const rotterdam = await t.context.db.selectFrom('organisations').select('id').where('cbsCode', '=', 'GM0599').executeTakeFirstOrThrow();
    assert.equal(user.organisationId, rotterdam.id);

    const check = await session.get('/sign-up/check-email');
    assert.equal(check.statusCode, 200);
    assert.match(check.body, /sanne\.de\.wit@rotterdam\.example/);
    assert.match(check.body, /action="\/verify-email\/resend"/);

    const mail = lastMailTo(t.outbox(), 'sanne.de.wit@rotterdam.example');
    assert.ok(mail);
    assert.match(mail.subject, /Bevestig uw e-mailadres/);
    assert.match(mail.text, /Beste Sanne de Wit/);

    // The link works in another browser too, and signs the member in there.
    const elsewhere = await anonymousSession(t.app);
    const verified = await elsewhere.get(verifyPath(mail.text));
    assert.equal(verified.statusCode, 303);
    assert.equal(verified.headers.location, '/');
    assert.ok(elsewhere.cookies.has('pilotstarter.session_token'));
    assert.equal(Boolean((await userByEmail('sanne.de.wit@rotterdam.example'))?.emailVerified), true);
    const profile = await elsewhere.get('/profile');
    assert.equal(profile.statusCode, 200);
    assert.match(profile.body, /Uw e-mailadres is bevestigd/);
    assert.doesNotMatch(profile.body, /Bevestig uw e-mailadres/);
  });

  it('writes the e-mail in English for someone who signs up in English', async () => {
    const session = await anonymousSession(t.app);
    await session.get('/language/en?return=/sign-up');
    const response = await session.post('/sign-up', { ...goodForm('english.speaker@example.test'), name: 'Alex Jones' });
    assert.equal(response.statusCode, 303);
    const mail = lastMailTo(t.outbox(), 'english.speaker@example.test');
    assert.match(mail?.subject ?? '', /Confirm your e-mail address/);
    assert.match(mail?.text ?? '', /Dear Alex Jones/);
    assert.equal((await userByEmail('english.speaker@example.test'))?.locale, 'en');
  });

  it('asks what kind of organisation an unknown employer is, keeping the input, then adds it', async () => {
    const session = await anonymousSession(t.app);
    const form = { ...goodForm('jan@slimmestad.example'), organisation: 'Stichting Slimme Stad' };
    const before = await userCount();
    const asked = await session.post('/sign-up', form);
    assert.equal(asked.statusCode, 422);
    assert.match(asked.body, /We kennen &#34;Stichting Slimme Stad&#34; nog niet/);
    assert.match(asked.body, /name="organisationType" value="foundation"/);
    assert.match(asked.body, /value="Stichting Slimme Stad"/);
    assert.match(asked.body, /value="jan@slimmestad.example"/);
    assert.doesNotMatch(asked.body, /a long enough password/);
    assert.equal(await userCount(), before);

    const done = await session.post('/sign-up', { ...form, organisationAsked: '1', organisationType: 'foundation' });
    assert.equal(done.statusCode, 303);
    const organisation = await t.context.db.selectFrom('organisations').select(['id', 'type']).where('name', '=', 'Stichting Slimme Stad').executeTakeFirstOrThrow();
    assert.equal(organisation.type, 'foundation');
    assert.equal((await userByEmail('jan@slimmestad.example'))?.organisationId, organisation.id);
  });

  it('never lets a sign-up choose its own role', async () => {
    const session = await anonymousSession(t.app);
    const response = await session.post('/sign-up', { ...goodForm('sneaky@example.test'), role: 'admin' });
    assert.equal(response.statusCode, 303);
    assert.equal((await userByEmail('sneaky@example.test'))?.role, 'member');
  });

  it('finds a municipality by its CBS code as well as by name', async () => {
    const session = await anonymousSession(t.app);
    const response = await session.post('/sign-up', { ...goodForm('cbs.code@example.test'), organisation: 'gm0363' });
    assert.equal(response.statusCode, 303);
    const amsterdam = await t.context.db.selectFrom('organisations').select('id').where('cbsCode', '=', 'GM0363').executeTakeFirstOrThrow();
    assert.equal((await userByEmail('cbs.code@example.test'))?.organisationId, amsterdam.id);
  });

  const badInputs: [string, Record<string, string>, RegExp][] = [
    ['an empty name', { name: '' }, /Naam is verplicht/],
    ['an invalid e-mail address', { email: 'not-an-address' }, /Vul een geldig e-mailadres in/],
    ['an empty employer', { organisation: '' }, /Werkgever is verplicht/],
    ['a short password', { password: 'short', passwordConfirm: 'short' }, /Wachtwoord is te kort \(minimaal 10 tekens\)/],
    ['passwords that differ', { passwordConfirm: 'another long password' }, /De twee wachtwoorden zijn niet gelijk/],
    ['an organisation type that may not be added', { organisation: 'Nieuwe Gemeente', organisationType: 'municipality' }, /Kies een geldige waarde voor Soort organisatie/],
  ];
  for (const [what, change, message] of badInputs) {
    it(`refuses ${what} with 422, keeps the input and writes no user`, async () => {
      const session = await anonymousSession(t.app);
      const before = await userCount();
      const form = { ...goodForm(`bad.${Math.random().toString(36).slice(2)}@example.test`), ...change };
      const response = await session.post('/sign-up', form);
      assert.equal(response.statusCode, 422);
      assert.match(response.body, message);
      assert.match(response.body, /id="error-summary"/);
      if (form.name) assert.match(response.body, new RegExp(`value="${form.name}"`));
      if (form.email) assert.match(response.body, new RegExp(`value="${form.email}"`));
      assert.doesNotMatch(response.body, /a long enough password|another long password/);
      assert.equal(await userCount(), before);
    });
  }

  it('refuses an address that already has an account with a friendly 422', async () => {
    const existing = await createMember(t.context, { email: 'taken@example.test' });
    const session = await anonymousSession(t.app);
    const before = await userCount();
    const response = await session.post('/sign-up', goodForm('TAKEN@example.test'));
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Er is al een account met dit e-mailadres/);
    assert.equal(await userCount(), before);
    assert.equal((await userByEmail('taken@example.test'))?.id, existing.id);
  });

  it('explains a broken or expired link', async () => {
    const response = await t.app.inject({ url: '/verify-email?token=not-a-real-token' });
    assert.equal(response.statusCode, 400);
    assert.match(response.body, /Deze link werkt niet/);
  });

  it('sends the link again on request, a few times at most', async () => {
    const member = await createMember(t.context, { emailVerified: false });
    const session = await signIn(t.app, member.email, member.password);
    const profile = await session.get('/profile');
    assert.match(profile.body, /Bevestig uw e-mailadres/);
    const outboxBefore = t.outbox().length;
    for (let attempt = 1; attempt <= 3; attempt += 1) {
      const response = await session.post('/verify-email/resend', { return: '/profile' });
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, '/profile');
    }
    assert.equal(t.outbox().length, outboxBefore + 3);
    await session.post('/verify-email/resend', { return: '/profile' });
    assert.equal(t.outbox().length, outboxBefore + 3);
    const mail = lastMailTo(t.outbox(), member.email);
    const verified = await session.get(verifyPath(mail!.text));
    assert.equal(verified.statusCode, 303);
    assert.equal(Boolean((await userByEmail(member.email))?.emailVerified), true);
  });

  it('lets only members with a confirmed address register pilots', () => {
    const base = { id: 'u', name: 'N', email: 'e@example.test', role: 'member' as const, organisation: null };
    assert.equal(accountsPolicy.canRegisterPilots(null), false);
    assert.equal(accountsPolicy.canRegisterPilots({ ...base, emailVerified: false }), false);
    assert.equal(accountsPolicy.canRegisterPilots({ ...base, emailVerified: true }), true);
  });
});
