// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { organisationsService } from '../organisations/organisations.service.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { oneMonthAfter } from './pilot-registration.js';
import { runMunicipalityDeadlineJob } from './pilots.jobs.js';
import { whereListed } from './pilots.repository.js';
import { savedPilotId, validPilotFields } from './pilots.test-fixtures.js';

/** The outbox keeps raw .eml text; bodies with non-ASCII characters are quoted-printable. */
function decodeQuotedPrintable(mail: string): string {
  const joined = mail.replace(/=\r?\n/g, '');
  return Buffer.from(joined.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8');
}

describe('the one-month municipality deadline', () => {
  let t: TestApp;
  let founder: TestMember;
  let asFounder: TestSession;

  const pilotRow = (id: number) => t.context.db.selectFrom('pilots').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const setDeadline = (id: number, at: Date) =>
    t.context.db.updateTable('pilots').set({ municipalityDeadline: at.toISOString() }).where('id', '=', id).execute();
  const listedIds = async () =>
    (await whereListed(t.context.db.selectFrom('pilots').select('id'), new Date().toISOString()).execute()).map((row) => row.id);
  const daysFromNow = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const mailsTo = (email: string) => t.outbox().filter((mail) => mail.includes(`To: ${email}`)).map(decodeQuotedPrintable);

  before(async () => {
    t = await startTestApp();
    await organisationsService(t.context.db).findOrCreate('Slimme Straat BV', 'company');
    founder = await createMember(t.context, { organisation: 'Slimme Straat BV', name: 'Bas Bedrijf' });
    asFounder = await signIn(t.app, founder.email, founder.password);
  });
  after(async () => t.close());

  async function companyPilot(fields: Record<string, string | string[]> = {}): Promise<number> {
    return savedPilotId(await asFounder.post('/pilots', validPilotFields({ action: 'publish', title: 'Slimme lantaarnpalen in de wijk', ...fields })));
  }

  it('publishes a pilot without a municipality, with a deadline one month later and a warning for the team', async () => {
    const id = await companyPilot();
    const row = await pilotRow(id);
    assert.equal(row.state, 'published');
    assert.equal(row.municipalityCount, 0);
    assert.equal(row.municipalityDeadline, oneMonthAfter(row.publishedAt!));
    assert.ok((await listedIds()).includes(id));
    const own = await asFounder.get(`/pilots/${id}`);
    assert.match(own.body, /Er doet nog geen gemeente mee\. Zorg dat er vóór \d+ \w+ \d{4} een gemeente meedoet/);
    const visitorView = await (await anonymousSession(t.app)).get(`/pilots/${id}`);
    assert.equal(visitorView.statusCode, 200);
    assert.doesNotMatch(visitorView.body, /Er doet nog geen gemeente mee/);
  });

  it('sets no deadline when a municipality takes part from the start', async () => {
    const id = await companyPilot({ participants: 'GM0344' });
    const row = await pilotRow(id);
    assert.equal(row.municipalityDeadline, null);
    assert.equal(row.municipalityCount, 1);
    assert.equal(row.participantCount, 1);

    // Losing its only municipality later starts a fresh month, counted from that moment.
    assert.equal(savedPilotId(await asFounder.post(`/pilots/${id}`, validPilotFields({ action: 'save', title: 'Slimme lantaarnpalen in de wijk', participants: '' }))), id);
    const after = await pilotRow(id);
    assert.equal(after.municipalityCount, 0);
    assert.ok(after.municipalityDeadline && after.municipalityDeadline > daysFromNow(27).toISOString());
    assert.ok((await listedIds()).includes(id));
  });

  it('delists the pilot after the deadline and mails its registrant exactly once', async () => {
    const id = await companyPilot({ title: 'Afvalcontainers met sensoren' });
    await setDeadline(id, daysFromNow(-1));
    assert.ok(!(await listedIds()).includes(id));
    assert.equal((await (await anonymousSession(t.app)).get(`/pilots/${id}`)).statusCode, 404);
    const own = await asFounder.get(`/pilots/${id}`);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /Deze pilot staat niet meer in de lijsten/);

    const before = mailsTo(founder.email).length;
    await runMunicipalityDeadlineJob(t.context);
    await runMunicipalityDeadlineJob(t.context);
    const mails = mailsTo(founder.email).slice(before);
    assert.equal(mails.length, 1);
    assert.match(mails[0]!, /Afvalcontainers met sensoren/);
    assert.match(mails[0]!, new RegExp(`/pilots/${id}/edit`));
    assert.match(mails[0]!, /staat de pilot nu niet meer in de lijsten/);
    assert.match(mails[0]!, /Beste Bas Bedrijf/);
    assert.ok((await pilotRow(id)).deadlineNotifiedAt);
  });

  it('sends one e-mail even when two instances run the job at the same moment', async () => {
    const id = await companyPilot({ title: 'Deelauto’s voor ambtenaren' });
    await setDeadline(id, daysFromNow(-2));
    const before = mailsTo(founder.email).length;
    const results = await Promise.all([runMunicipalityDeadlineJob(t.context), runMunicipalityDeadlineJob(t.context)]);
    assert.equal(results.reduce((sum, result) => sum + result.notices, 0), 1);
    assert.equal(mailsTo(founder.email).length - before, 1);
  });

  it('lists the pilot again once a municipality takes part, and sends nothing for it', async () => {
    const id = await companyPilot({ title: 'Slimme parkeerverwijzing' });
    await setDeadline(id, daysFromNow(-1));
    const saved = await asFounder.post(`/pilots/${id}`, validPilotFields({ action: 'save', title: 'Slimme parkeerverwijzing', participants: 'Utrecht' }));
    assert.equal(savedPilotId(saved), id);
    assert.equal((await pilotRow(id)).municipalityCount, 1);
    assert.ok((await listedIds()).includes(id));
    await runMunicipalityDeadlineJob(t.context);
    assert.equal((await pilotRow(id)).deadlineNotifiedAt, null);
  });

  it('reminds the registrant once, a week before the deadline', async () => {
    const id = await companyPilot({ title: 'Digitale bouwvergunning' });
    await setDeadline(id, daysFromNow(3));
    const first = await runMunicipalityDeadlineJob(t.context);
    const second = await runMunicipalityDeadlineJob(t.context);
    assert.equal(first.reminders, 1);
    assert.equal(second.reminders, 0);
    assert.ok((await pilotRow(id)).deadlineRemindedAt);
    assert.ok((await listedIds()).includes(id), 'still listed until the deadline');
  });
});
