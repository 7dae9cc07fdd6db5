// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { createMember, signIn, type TestMember } from '../test-support/accounts.js';

describe('/admin/users', () => {
  let t: TestApp;
  let admin: TestMember;
  let member: TestMember;
  before(async () => {
    t = await startTestApp();
    admin = await createMember(t.context, { role: 'admin', name: 'Anna Beheer' });
    member = await createMember(t.context, { name: 'Mark Lid', email: 'mark.lid@example.test' });
  });
  after(async () => t.close());

  it('sends visitors to sign in and refuses members with 403', async () => {
    const visitor = await t.app.inject({ url: '/admin/users' });
    assert.equal(visitor.statusCode, 303);
    assert.match(String(visitor.headers.location), /^\/sign-in\?return=/);
    const session = await signIn(t.app, member.email, member.password);
    assert.equal((await session.get('/admin/users')).statusCode, 403);
    const post = await session.post(`/admin/users/${member.id}/role`, { role: 'admin' });
    assert.equal(post.statusCode, 403);
    const row = await t.context.db.selectFrom('users').select('role').where('id', '=', member.id).executeTakeFirstOrThrow();
    assert.equal(row.role, 'member');
  });

  it('lists and searches users for administrators', async () => {
    const session = await signIn(t.app, admin.email, admin.password);
    assert.match((await session.get('/profile')).body, /href="\/admin\/users"/);
    const all = await session.get('/admin/users');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /Mark Lid/);
    assert.match(all.body, /Anna Beheer/);
    const found = await session.get('/admin/users?q=MARK.LID');
    assert.match(found.body, /scope="row">Mark Lid</);
    assert.doesNotMatch(found.body, /scope="row">Anna Beheer</);
    assert.match(found.body, /1 gebruiker/);
    const literal = await session.get('/admin/users?q=%25');
    assert.match(literal.body, /Geen gebruikers gevonden/, 'a % is searched for literally');
  });

  it('changes a role and records it in the audit log', async () => {
    const session = await signIn(t.app, admin.email, admin.password);
    const response = await session.post(`/admin/users/${member.id}/role`, { role: 'moderator', return: '/admin/users?q=mark' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/admin/users?q=mark');
    const row = await t.context.db.selectFrom('users').select('role').where('id', '=', member.id).executeTakeFirstOrThrow();
    assert.equal(row.role, 'moderator');
    const audit = await t.context.db.selectFrom('auditLog').selectAll().where('subjectId', '=', member.id).execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.action, 'user.role_change');
    assert.equal(audit[0]!.actorUserId, admin.id);
    assert.deepEqual(JSON.parse(audit[0]!.details ?? '{}'), { from: 'member', to: 'moderator' });
    // The new role holds at once: the member's next request sees it.
    const memberSession = await signIn(t.app, member.email, member.password);
    assert.match((await memberSession.get('/profile')).body, /Moderator/);
  });

  it('does not let administrators change their own role, nor accept unknown roles or users', async () => {
    const session = await signIn(t.app, admin.email, admin.password);
    await session.post(`/admin/users/${admin.id}/role`, { role: 'member' });
    const row = await t.context.db.selectFrom('users').select('role').where('id', '=', admin.id).executeTakeFirstOrThrow();
    assert.equal(row.role, 'admin');
    assert.equal((await session.post(`/admin/users/${member.id}/role`, { role: 'king' })).statusCode, 400);
    assert.equal((await session.post('/admin/users/nobody/role', { role: 'member' })).statusCode, 404);
  });
});
