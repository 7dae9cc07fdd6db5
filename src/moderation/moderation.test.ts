// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { currentUserOf, publishedPilot, readableMail } from './moderation.fixtures.js';

const hideReason = 'Dit is reclame voor een product dat al te koop is.';

async function reportRows(t: TestApp, pilotId: number) {
  return t.context.db.selectFrom('reports').select(['reporterUserId', 'reason', 'text', 'status']).where('pilotId', '=', pilotId).orderBy('id').execute();
}

async function auditRows(t: TestApp, action: string) {
  return t.context.db.selectFrom('auditLog').selectAll().where('action', '=', action).orderBy('id').execute();
}

describe('reporting a pilot and moderating it', () => {
  let t: TestApp;
  let lead: TestMember;
  let reporter: TestMember;
  let moderatorMember: TestMember;
  let leadSession: TestSession;
  let reporterSession: TestSession;
  let moderator: TestSession;
  let pilotId: number;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { organisation: 'GM0599', name: 'Lea Lead' });
    pilotId = await publishedPilot(t.context, await currentUserOf(t.context, lead), { title: 'Koop onze slimme prullenbak' });
    reporter = await createMember(t.context, { organisation: 'GM0344', name: 'Rik Reporter' });
    moderatorMember = await createMember(t.context, { organisation: 'GM0363', name: 'Mona Moderator', role: 'moderator' });
    [leadSession, reporterSession, moderator] = await Promise.all([
      signIn(t.app, lead.email, lead.password),
      signIn(t.app, reporter.email, reporter.password),
      signIn(t.app, moderatorMember.email, moderatorMember.password),
    ]);
  });
  after(async () => t.close());

  it('shows a report link on the pilot page', async () => {
    const page = await reporterSession.get(`/pilots/${pilotId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, new RegExp(`href="/pilots/${pilotId}/report"[^>]*>Meld deze pilot`));
  });

  it('sends anonymous visitors to sign in before reporting, and refuses their post with 401', async () => {
    const visitor = await anonymousSession(t.app);
    const form = await visitor.get(`/pilots/${pilotId}/report`);
    assert.equal(form.statusCode, 303);
    assert.equal(form.headers.location, `/sign-in?return=${encodeURIComponent(`/pilots/${pilotId}/report`)}`);
    const post = await visitor.post(`/pilots/${pilotId}/report`, { reason: 'commercial' });
    assert.equal(post.statusCode, 401);
    assert.equal((await reportRows(t, pilotId)).length, 0);
  });

  it('answers 404 for reporting a pilot that does not exist', async () => {
    assert.equal((await reporterSession.get('/pilots/999999/report')).statusCode, 404);
    assert.equal((await reporterSession.get('/pilots/abc/report')).statusCode, 404);
  });

  it('refuses a report without a CSRF token', async () => {
    const cookie = [...reporterSession.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await t.app.inject({
      method: 'POST',
      url: `/pilots/${pilotId}/report`,
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      payload: 'reason=commercial',
    });
    assert.equal(response.statusCode, 403);
    assert.equal((await reportRows(t, pilotId)).length, 0);
  });

  it('re-renders the form with 422 and the input kept when the reason is missing or "other" has no text', async () => {
    const form = await reporterSession.get(`/pilots/${pilotId}/report`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="reason" value="not_municipal_innovation"/);

    const noReason = await reporterSession.post(`/pilots/${pilotId}/report`, { text: 'Ik twijfel.' });
    assert.equal(noReason.statusCode, 422);
    assert.match(noReason.body, /id="error-summary"/);
    assert.match(noReason.body, /Ik twijfel\./);

    const otherWithoutText = await reporterSession.post(`/pilots/${pilotId}/report`, { reason: 'other', text: '' });
    assert.equal(otherWithoutText.statusCode, 422);
    assert.match(otherWithoutText.body, /Toelichting is verplicht/);
    assert.match(otherWithoutText.body, /value="other" checked/);

    const tooLong = await reporterSession.post(`/pilots/${pilotId}/report`, { reason: 'commercial', text: 'x'.repeat(2001) });
    assert.equal(tooLong.statusCode, 422);
    assert.equal((await reportRows(t, pilotId)).length, 0);
  });

  it('stores a report, thanks the member and answers a second report kindly', async () => {
    const response = await reporterSession.post(`/pilots/${pilotId}/report`, { reason: 'commercial', text: 'Dit is een verkooppraatje.' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/pilots/${pilotId}`);
    const page = await reporterSession.get(`/pilots/${pilotId}`);
    assert.match(page.body, /Bedankt voor uw melding/);
    assert.deepEqual(await reportRows(t, pilotId), [{ reporterUserId: reporter.id, reason: 'commercial', text: 'Dit is een verkooppraatje.', status: 'open' }]);

    const again = await reporterSession.post(`/pilots/${pilotId}/report`, { reason: 'finished_product' });
    assert.equal(again.statusCode, 303);
    const after = await reporterSession.get(`/pilots/${pilotId}`);
    assert.match(after.body, /U hebt deze pilot al gemeld/);
    assert.equal((await reportRows(t, pilotId)).length, 1);
    const form = await reporterSession.get(`/pilots/${pilotId}/report`);
    assert.match(form.body, /U hebt deze pilot al gemeld/);
    assert.doesNotMatch(form.body, /name="reason"/);
  });

  it('keeps the queue for moderators: sign in first, 403 for members', async () => {
    const visitor = await anonymousSession(t.app);
    const anonymous = await visitor.get('/moderation');
    assert.equal(anonymous.statusCode, 303);
    assert.match(String(anonymous.headers.location), /^\/sign-in\?return=%2Fmoderation/);
    assert.equal((await reporterSession.get('/moderation')).statusCode, 403);
    assert.equal((await reporterSession.get('/moderation/audit')).statusCode, 403);
    assert.equal((await reporterSession.get(`/moderation/pilots/${pilotId}`)).statusCode, 403);
  });

  it('shows open reports grouped per pilot with reasons, counts, texts and reporters', async () => {
    const second = await createMember(t.context, { organisation: 'GM0518', name: 'Sara Second' });
    const session = await signIn(t.app, second.email, second.password);
    assert.equal((await session.post(`/pilots/${pilotId}/report`, { reason: 'commercial' })).statusCode, 303);

    const queue = await moderator.get('/moderation');
    assert.equal(queue.statusCode, 200);
    assert.match(queue.body, /Koop onze slimme prullenbak/);
    assert.match(queue.body, /2 meldingen/);
    assert.match(queue.body, /commercieel: 2/);
    assert.match(queue.body, /Dit is een verkooppraatje\./);
    assert.match(queue.body, /Rik Reporter/);
    assert.match(queue.body, /Sara Second/);
    assert.match(queue.body, new RegExp(`href="/moderation/pilots/${pilotId}"`));
  });

  it('refuses hiding by a member (403) and by a visitor (401)', async () => {
    const byMember = await reporterSession.post(`/moderation/pilots/${pilotId}/hide`, { hideReason });
    assert.equal(byMember.statusCode, 403);
    const visitor = await anonymousSession(t.app);
    assert.equal((await visitor.post(`/moderation/pilots/${pilotId}/hide`, { hideReason })).statusCode, 401);
    assert.equal((await pilotsService(t.context).findById(pilotId))?.hidden, false);
  });

  it('asks for a reason of at least 10 characters before hiding, keeping what was typed', async () => {
    const response = await moderator.post(`/moderation/pilots/${pilotId}/hide`, { hideReason: 'Reclame' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="error-summary"/);
    assert.match(response.body, /minimaal 10 tekens/);
    assert.match(response.body, /<textarea[^>]*name="hideReason"[^>]*>Reclame<\/textarea>/);
    assert.equal((await pilotsService(t.context).findById(pilotId))?.hidden, false);
  });

  it('hides the pilot: not listed, reason shown to the team, initiator e-mailed, reports resolved, audit written', async () => {
    const response = await moderator.post(`/moderation/pilots/${pilotId}/hide`, { hideReason });
    assert.equal(response.statusCode, 303);
    const pilot = await pilotsService(t.context).findById(pilotId);
    assert.equal(pilot?.hidden, true);
    assert.equal(pilot?.listed, false);
    assert.equal(pilot?.hiddenReason, hideReason);

    const teamPage = await leadSession.get(`/pilots/${pilotId}`);
    assert.equal(teamPage.statusCode, 200);
    assert.ok(teamPage.body.includes(hideReason), 'the team sees the reason on the pilot page');

    const mails = t.outbox().map(readableMail).filter((mail) => mail.to === lead.email && mail.subject.includes('verborgen'));
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.subject, 'Uw pilot “Koop onze slimme prullenbak” is verborgen');
    assert.ok(mails[0]?.body.includes(hideReason), 'the mail carries the reason');
    assert.ok(mails[0]?.body.includes(`/pilots/${pilotId}`), 'the mail links to the pilot');

    assert.deepEqual((await reportRows(t, pilotId)).map((row) => row.status), ['resolved', 'resolved']);
    const [entry] = await auditRows(t, 'pilot.hide');
    assert.equal(entry?.actorUserId, moderatorMember.id);
    assert.equal(entry?.subjectType, 'pilot');
    assert.equal(entry?.subjectId, String(pilotId));
    assert.equal(entry?.reason, hideReason);

    const queue = await moderator.get('/moderation');
    assert.match(queue.body, /Er zijn geen open meldingen/);
    assert.ok(queue.body.includes(hideReason), 'the hidden list shows the reason');
  });

  it('shows the action in the audit log with who, what, subject and why, filterable by action', async () => {
    const log = await moderator.get('/moderation/audit');
    assert.equal(log.statusCode, 200);
    assert.match(log.body, /Mona Moderator/);
    assert.match(log.body, /Pilot verborgen/);
    assert.match(log.body, new RegExp(`href="/pilots/${pilotId}"`));
    assert.ok(log.body.includes(hideReason));
    const filtered = await moderator.get('/moderation/audit?action=pilot.restore');
    assert.equal(filtered.statusCode, 200);
    assert.match(filtered.body, /Er zijn nog geen handelingen vastgelegd/);
    assert.equal((await moderator.get('/moderation/audit?action=%3Cscript%3E&page=abc')).statusCode, 200);
  });

  it('restores the pilot with a required reason, e-mails the initiator and logs it', async () => {
    const empty = await moderator.post(`/moderation/pilots/${pilotId}/restore`, { restoreReason: '  ' });
    assert.equal(empty.statusCode, 422);
    assert.equal((await pilotsService(t.context).findById(pilotId))?.hidden, true);

    const response = await moderator.post(`/moderation/pilots/${pilotId}/restore`, { restoreReason: 'De tekst is aangepast.' });
    assert.equal(response.statusCode, 303);
    const pilot = await pilotsService(t.context).findById(pilotId);
    assert.equal(pilot?.hidden, false);
    assert.equal(pilot?.listed, true);
    const mails = t.outbox().map(readableMail).filter((mail) => mail.to === lead.email && mail.subject.includes('weer zichtbaar'));
    assert.equal(mails.length, 1);
    assert.ok(mails[0]?.body.includes('De tekst is aangepast.'));
    const [entry] = await auditRows(t, 'pilot.restore');
    assert.equal(entry?.actorUserId, moderatorMember.id);
    assert.equal(entry?.reason, 'De tekst is aangepast.');
  });

  it('dismisses open reports with a reason, keeping the pilot visible', async () => {
    assert.equal((await reporterSession.post(`/pilots/${pilotId}/report`, { reason: 'finished_product' })).statusCode, 303);
    const response = await moderator.post(`/moderation/pilots/${pilotId}/dismiss`, { dismissReason: 'Het is nog in ontwikkeling.' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/moderation');
    assert.equal((await reportRows(t, pilotId)).at(-1)?.status, 'dismissed');
    assert.equal((await pilotsService(t.context).findById(pilotId))?.hidden, false);
    const [entry] = await auditRows(t, 'reports.dismiss');
    assert.equal(entry?.reason, 'Het is nog in ontwikkeling.');
  });

  it('shows the moderation pages in English too', async () => {
    const page = await moderator.get('/moderation', { 'accept-language': 'en' });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Open reports/);
    assert.match(page.body, /Hidden pilots/);
    const log = await moderator.get('/moderation/audit', { 'accept-language': 'en' });
    assert.match(log.body, /Pilot shown again/);
  });
});
