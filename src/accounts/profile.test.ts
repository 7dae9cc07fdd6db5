// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { createMember, signIn } from '../test-support/accounts.js';
import { accountsService } from './accounts.service.js';

describe('profile and API tokens', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  const userRow = (id: string) => t.context.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('sends visitors to sign in first', async () => {
    const response = await t.app.inject({ url: '/profile' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/sign-in?return=%2Fprofile');
    const post = await t.app.inject({ method: 'POST', url: '/profile/tokens', payload: { tokenName: 'x' } });
    assert.equal(post.statusCode, 403, 'no CSRF token, no session');
  });

  it('changes name, job title, employer and language', async () => {
    const member = await createMember(t.context, { organisation: 'GM0599' });
    const session = await signIn(t.app, member.email, member.password);
    const response = await session.post('/profile', { name: 'Nieuwe Naam', jobTitle: 'Innovatieadviseur', organisation: 'Groningen', locale: 'en' });
    assert.equal(response.statusCode, 303);
    const row = await userRow(member.id);
    const groningen = await t.context.db.selectFrom('organisations').select('id').where('cbsCode', '=', 'GM0014').executeTakeFirstOrThrow();
    assert.deepEqual([row.name, row.jobTitle, row.organisationId, row.locale], ['Nieuwe Naam', 'Innovatieadviseur', groningen.id, 'en']);
    const page = await session.get('/profile');
    assert.match(page.body, /<html lang="en"/, 'the chosen language is used for pages too');
    assert.match(page.body, /Your details have been saved/);
  });

  it('refuses invalid details with 422 and keeps them, and asks about unknown employers', async () => {
    const member = await createMember(t.context);
    const session = await signIn(t.app, member.email, member.password);
    const invalid = await session.post('/profile', { name: '', jobTitle: 'Adviseur', organisation: 'Rotterdam', locale: 'nl' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /Naam is verplicht/);
    assert.match(invalid.body, /value="Adviseur"/);
    const unknown = await session.post('/profile', { name: 'Piet', organisation: 'Bureau Onbekend', locale: 'nl' });
    assert.equal(unknown.statusCode, 422);
    assert.match(unknown.body, /name="organisationType"/);
    const added = await session.post('/profile', { name: 'Piet', organisation: 'Bureau Onbekend', organisationAsked: '1', organisationType: 'company', locale: 'nl' });
    assert.equal(added.statusCode, 303);
    const organisation = await t.context.db.selectFrom('organisations').select(['id', 'type']).where('name', '=', 'Bureau Onbekend').executeTakeFirstOrThrow();
    assert.equal(organisation.type, 'company');
    assert.equal((await userRow(member.id)).organisationId, organisation.id);
  });

  it('changes the password only with the current one', async () => {
    const member = await createMember(t.context);
    const session = await signIn(t.app, member.email, member.password);
    const wrong = await session.post('/profile/password', { passwordCurrent: 'not my password', password: 'my new password!', passwordConfirm: 'my new password!' });
    assert.equal(wrong.statusCode, 422);
    assert.match(wrong.body, /Uw huidige wachtwoord klopt niet/);
    const right = await session.post('/profile/password', { passwordCurrent: member.password, password: 'my new password!', passwordConfirm: 'my new password!' });
    assert.equal(right.statusCode, 303);
    assert.equal((await session.get('/profile')).statusCode, 200, 'this browser stays signed in');
    await assert.rejects(signIn(t.app, member.email, member.password));
    await signIn(t.app, member.email, 'my new password!');
  });

  it('creates a token shown once, authenticates with it and revokes it', async () => {
    const member = await createMember(t.context, { organisation: 'Utrecht' });
    const session = await signIn(t.app, member.email, member.password);
    const created = await session.post('/profile/tokens', { tokenName: 'Zaaksysteem' });
    assert.equal(created.statusCode, 201);
    const token = /id="new-api-token">(ps_[\w-]+)</.exec(created.body)?.[1];
    assert.ok(token, 'the new token is on the page');
    assert.equal(token.length, 3 + 43);
    const stored = await t.context.db.selectFrom('apiTokens').selectAll().where('userId', '=', member.id).executeTakeFirstOrThrow();
    assert.equal(stored.tokenHash, crypto.createHash('sha256').update(token).digest('hex'));
    assert.equal(stored.lastUsedAt, null);

    const accounts = accountsService(t.context);
    const user = await accounts.authenticateApiToken(token);
    assert.equal(user?.id, member.id);
    assert.equal(user?.organisation?.name, 'Utrecht');
    const firstUse = (await t.context.db.selectFrom('apiTokens').select('lastUsedAt').where('id', '=', stored.id).executeTakeFirstOrThrow()).lastUsedAt;
    assert.ok(firstUse);
    await accounts.authenticateApiToken(token);
    const secondUse = (await t.context.db.selectFrom('apiTokens').select('lastUsedAt').where('id', '=', stored.id).executeTakeFirstOrThrow()).lastUsedAt;
    assert.equal(secondUse, firstUse, 'last use is written at most once a minute');
    assert.equal(await accounts.authenticateApiToken(`${token}x`), null);
    assert.equal(await accounts.authenticateApiToken('not-a-token'), null);

    const page = await session.get('/profile');
    assert.match(page.body, /Zaaksysteem/);
    assert.doesNotMatch(page.body, new RegExp(token), 'never shown again');

    const other = await createMember(t.context);
    const otherSession = await signIn(t.app, other.email, other.password);
    assert.equal((await otherSession.post(`/profile/tokens/${stored.id}/revoke`, {})).statusCode, 404, "someone else's token");

    const revoked = await session.post(`/profile/tokens/${stored.id}/revoke`, {});
    assert.equal(revoked.statusCode, 303);
    assert.equal(await accounts.authenticateApiToken(token), null);
  });

  it('refuses a token without a name', async () => {
    const member = await createMember(t.context);
    const session = await signIn(t.app, member.email, member.password);
    const response = await session.post('/profile/tokens', { tokenName: ' ' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Naam van de sleutel is verplicht/);
  });
});
