// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { anonymousSession, createMember, readMail, signIn, type TestMember } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf } from '../test-support/team-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { contactLimit } from './contact.service.js';
import { expertsService } from './experts.service.js';

describe('contact through the platform (/knowledge/contact)', () => {
  let testApp: TestApp;
  let expert: TestMember;
  let sender: TestMember;
  let pilotId: number;
  const expertUrl = () => `/knowledge/contact/expert/${expert.id}`;

  const sentRows = async () => {
    const result = await sql<{ senderUserId: string; recipientKind: string; pilotId: number | null; recipientUserId: string | null }>`select sender_user_id, recipient_kind, pilot_id, recipient_user_id from contact_messages order by id`.execute(testApp.context.db);
    return result.rows;
  };

  before(async () => {
    testApp = await startTestApp();
    expert = await createMember(testApp.context, { name: 'Fatima El Amrani', email: 'fatima.hidden@utrecht.example', organisation: 'GM0344' });
    sender = await createMember(testApp.context, { name: 'Joost Visser', email: 'joost@vlieland.example', organisation: 'GM0096' });
    await expertsService(testApp.context).save(await currentUserOf(testApp.context, expert), { bio: 'Ervaring met laadpalen en aanbesteden.', themes: ['mobility'], tags: ['laadpalen'], offers: ['coaching'] });
    pilotId = await buildPilot(testApp.context, { title: 'Slimme lantaarnpalen', contactName: 'Anna Bakker', contactEmail: 'anna.hidden@zwolle.example', initiator: 'GM0193' });
  });
  after(async () => testApp?.close());

  it('sends a visitor to sign in first and refuses their post', async () => {
    const session = await anonymousSession(testApp.app);
    const page = await session.get(expertUrl());
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, `/sign-in?return=${encodeURIComponent(expertUrl())}`);
    const post = await session.post(expertUrl(), { message: 'Hallo, ik heb een vraag over laadpalen.' });
    assert.equal(post.statusCode, 401, 'a post without a member is refused');
    assert.equal(testApp.outbox().length, 0);
  });

  it('shows the recipient by name only and answers unknown recipients with 404', async () => {
    const session = await signIn(testApp.app, sender.email, sender.password);
    const page = await session.get(expertUrl());
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Bericht aan Fatima El Amrani/);
    assert.doesNotMatch(page.body, /hidden@/);
    const pilotPage = await session.get(`/knowledge/contact/pilot/${pilotId}`);
    assert.match(pilotPage.body, /Bericht aan Anna Bakker/);
    assert.doesNotMatch(pilotPage.body, /hidden@/);
    assert.equal((await session.get(`/knowledge/contact/expert/${sender.id}`)).statusCode, 404, 'a member without a profile is no expert');
    assert.equal((await session.get('/knowledge/contact/pilot/999999')).statusCode, 404);
    assert.equal((await session.get('/knowledge/contact/somebody/1')).statusCode, 404);
  });

  it('refuses a too short message with 422 and keeps it', async () => {
    const session = await signIn(testApp.app, sender.email, sender.password);
    const response = await session.post(expertUrl(), { message: 'Hoi', return: '/knowledge/experts' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Uw bericht is te kort/);
    assert.match(response.body, />Hoi<\/textarea>/);
    assert.equal(testApp.outbox().length, 0);
  });

  it('e-mails the expert with sender, organisation and message, replying to the sender, and logs it', async () => {
    const session = await signIn(testApp.app, sender.email, sender.password);
    const response = await session.post(expertUrl(), { message: 'Mogen wij uw aanbesteding voor laadpalen inzien?', return: '/knowledge/experts?theme=mobility' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/knowledge/experts?theme=mobility');
    const [raw] = testApp.outbox();
    assert.ok(raw);
    const mail = readMail(raw);
    assert.match(mail.to, /fatima\.hidden@utrecht\.example/);
    assert.match(raw, /^Reply-To: joost@vlieland\.example$/m);
    assert.match(mail.subject, /Joost Visser/);
    assert.match(mail.text, /Joost Visser \(Vlieland\)/);
    assert.match(mail.text, /Mogen wij uw aanbesteding voor laadpalen inzien\?/);
    const after = await session.get('/knowledge/experts?theme=mobility');
    assert.match(after.body, /Uw bericht aan Fatima El Amrani is verstuurd/);
    assert.doesNotMatch(after.body, /hidden@/);
    assert.deepEqual(await sentRows(), [{ senderUserId: sender.id, recipientKind: 'expert', pilotId: null, recipientUserId: expert.id }]);
  });

  it('e-mails a pilot’s contact person without showing their address', async () => {
    const session = await signIn(testApp.app, sender.email, sender.password);
    const response = await session.post(`/knowledge/contact/pilot/${pilotId}`, { message: 'Hoe bevalt de leverancier van de lantaarnpalen?' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/pilots/${pilotId}`);
    const mail = readMail(testApp.outbox().at(-1) ?? '');
    assert.match(mail.to, /anna\.hidden@zwolle\.example/);
    assert.match(mail.text, /Slimme lantaarnpalen/);
    const pilotPage = await session.get(`/pilots/${pilotId}`);
    assert.match(pilotPage.body, /Uw bericht aan Anna Bakker is verstuurd/);
    assert.match(pilotPage.body, new RegExp(`href="/knowledge/contact/pilot/${pilotId}"`), 'the pilot page links the contact form');
  });

  it('refuses messages to oneself', async () => {
    const session = await signIn(testApp.app, expert.email, expert.password);
    const response = await session.post(expertUrl(), { message: 'Een bericht aan mezelf.' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /U kunt uzelf geen bericht sturen/);
  });

  it(`stops a sender after ${contactLimit.max} messages an hour, keeping the text`, async () => {
    const session = await signIn(testApp.app, sender.email, sender.password);
    const already = (await sentRows()).length;
    for (let i = already; i < contactLimit.max; i += 1) {
      assert.equal((await session.post(expertUrl(), { message: `Bericht nummer ${i} over laadpalen.` })).statusCode, 303);
    }
    const mails = testApp.outbox().length;
    const refused = await session.post(expertUrl(), { message: 'Nog een bericht over laadpalen.' });
    assert.equal(refused.statusCode, 429);
    assert.match(refused.body, /al 10 berichten verstuurd/);
    assert.match(refused.body, />Nog een bericht over laadpalen.<\/textarea>/);
    assert.equal(testApp.outbox().length, mails);
    // Another member is not affected.
    const otherSession = await signIn(testApp.app, expert.email, expert.password);
    assert.equal((await otherSession.post(`/knowledge/contact/pilot/${pilotId}`, { message: 'Een vraag van een ander lid.' })).statusCode, 303);
  });

  it('refuses a post without a CSRF token', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: expertUrl(), payload: { message: 'Zonder token verstuurd.' } });
    assert.equal(response.statusCode, 403);
  });
});
