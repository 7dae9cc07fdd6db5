// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { connectionsService } from './connections.service.js';
import { parsePilotReference } from './participation.schemas.js';

function connectionsBlock(html: string): string {
  const start = html.indexOf('id="connections-heading"');
  return start < 0 ? '' : html.slice(start, html.indexOf('</section>', start));
}

describe('linking pilots by hand (moderators)', () => {
  let t: TestApp;
  let moderator: TestSession;
  let member: TestSession;
  let first: number;
  let second: number;

  before(async () => {
    t = await startTestApp();
    first = await buildPilot(t.context, { initiator: 'GM0599', title: 'Slimme lantaarnpalen in Rotterdam' });
    second = await buildPilot(t.context, { initiator: 'GM0344', title: 'Lantaarnpalen die dimmen in Utrecht' });
    const mod = await createMember(t.context, { organisation: 'GM0599', role: 'moderator' });
    moderator = await signIn(t.app, mod.email, mod.password);
    const plain = await createMember(t.context, { organisation: 'GM0363' });
    member = await signIn(t.app, plain.email, plain.password);
  });
  after(async () => t.close());

  it('reads pilot numbers and web addresses', () => {
    assert.equal(parsePilotReference('42'), 42);
    assert.equal(parsePilotReference(' #7 '), 7);
    assert.equal(parsePilotReference('https://pilotstarter.example/pilots/12'), 12);
    assert.equal(parsePilotReference('/pilots/15/slimme-lantaarnpalen'), 15);
    assert.equal(parsePilotReference('pilot twaalf'), undefined);
    assert.equal(parsePilotReference('0'), undefined);
  });

  it('shows the link form to moderators only, and no empty block to others', async () => {
    assert.match(connectionsBlock((await moderator.get(`/pilots/${first}`)).body), /action="\/pilots\/\d+\/connections"/);
    assert.equal(connectionsBlock((await member.get(`/pilots/${first}`)).body), '');
  });

  it('lets a moderator link two pilots; the link shows on both, with an audit entry', async () => {
    const response = await moderator.post(`/pilots/${first}/connections`, { otherPilot: `http://localhost/pilots/${second}`, connectionNote: 'Allebei slimme verlichting' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/pilots/${first}`);
    const visitor = await anonymousSession(t.app);
    const onFirst = connectionsBlock((await visitor.get(`/pilots/${first}`)).body);
    assert.match(onFirst, new RegExp(`href="/pilots/${second}">Lantaarnpalen die dimmen in Utrecht`));
    assert.match(onFirst, /Allebei slimme verlichting/);
    assert.doesNotMatch(onFirst, /\/remove"/);
    const onSecond = connectionsBlock((await visitor.get(`/pilots/${second}`)).body);
    assert.match(onSecond, new RegExp(`href="/pilots/${first}">Slimme lantaarnpalen in Rotterdam`));
    assert.deepEqual(await connectionsService(t.context).connectedPilotIds(second), [first]);
    const audit = await t.context.db.selectFrom('auditLog').select(['action', 'subjectType', 'subjectId', 'reason']).where('action', '=', 'pilots.connect').execute();
    const [low, high] = first < second ? [first, second] : [second, first];
    assert.deepEqual(audit, [{ action: 'pilots.connect', subjectType: 'pilot_connection', subjectId: `${low}-${high}`, reason: 'Allebei slimme verlichting' }]);
  });

  it('refuses a second link between the same pilots, in either order, with 422', async () => {
    const response = await moderator.post(`/pilots/${second}/connections`, { otherPilot: String(first) });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /al gekoppeld/);
    const rows = await t.context.db.selectFrom('pilotConnections').select('id').execute();
    assert.equal(rows.length, 1);
  });

  it('refuses a link to the pilot itself or to a pilot that does not exist with 422, keeping the input', async () => {
    const self = await moderator.post(`/pilots/${first}/connections`, { otherPilot: String(first), connectionNote: 'zelf' });
    assert.equal(self.statusCode, 422);
    assert.match(self.body, /niet aan zichzelf/);
    assert.match(self.body, />zelf<\/textarea>/);
    const missing = await moderator.post(`/pilots/${first}/connections`, { otherPilot: '999999' });
    assert.equal(missing.statusCode, 422);
    assert.match(missing.body, /geen pilot met dit nummer/);
    assert.match(missing.body, /value="999999"/);
    const nonsense = await moderator.post(`/pilots/${first}/connections`, { otherPilot: 'de pilot over lantaarns' });
    assert.equal(nonsense.statusCode, 422);
  });

  it('gives 403 to members and 401 to visitors who try to link', async () => {
    assert.equal((await member.post(`/pilots/${first}/connections`, { otherPilot: String(second) })).statusCode, 403);
    assert.equal((await member.get(`/pilots/${first}/connections`)).statusCode, 403);
    assert.equal((await member.post(`/pilots/${first}/connections/${second}/remove`)).statusCode, 403);
    const visitor = await anonymousSession(t.app);
    assert.equal((await visitor.post(`/pilots/${first}/connections`, { otherPilot: String(second) })).statusCode, 401);
  });

  it('lets a moderator remove the link from either side, with an audit entry', async () => {
    assert.equal((await moderator.get(`/pilots/${second}/connections`)).statusCode, 200);
    const response = await moderator.post(`/pilots/${second}/connections/${first}/remove`);
    assert.equal(response.statusCode, 303);
    assert.deepEqual(await connectionsService(t.context).connectedPilotIds(first), []);
    const audit = await t.context.db.selectFrom('auditLog').select('action').where('action', '=', 'pilots.disconnect').execute();
    assert.equal(audit.length, 1);
  });
});
