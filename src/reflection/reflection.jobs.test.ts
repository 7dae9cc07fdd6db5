// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMember, readMail, type TestMember } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { addToTeam, asCurrentUser } from './reflection.fixtures.js';
import { runReflectionReminders } from './reflection.jobs.js';
import { reflectionRepository } from './reflection.repository.js';
import { reflectionService } from './reflection.service.js';

const recipients = (outbox: readonly string[]) => outbox.map((eml) => readMail(eml)).map((mail) => `${mail.to} ${mail.subject}`).sort();

describe('reflection reminders job', () => {
  let t: TestApp;
  let lead: TestMember;
  let core: TestMember;
  let pilotId: number;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { name: 'Lea Leider', organisation: 'GM0344' });
    core = await createMember(t.context, { name: 'Kees Kernlid', organisation: 'GM0344' });
    pilotId = await buildPilot(t.context, { title: 'Herinnerpilot', actor: await asCurrentUser(t.context, lead) });
    await addToTeam(t.context, pilotId, core);
    await reflectionService(t.context).startSchedule(pilotId, '2026-01-01');
  });
  after(async () => t.close());

  it('stays quiet while the session is more than a week away', async () => {
    assert.deepEqual(await runReflectionReminders(t.context, new Date('2026-02-01T08:00:00Z')), { due: 0, overdue: 0 });
    assert.equal(t.outbox().length, 0);
  });

  it('mails every team member once when the session is due, even when instances run at the same time', async () => {
    const at = new Date('2026-02-08T08:00:00Z'); // the session is due on 12 February
    const results = await Promise.all([runReflectionReminders(t.context, at), runReflectionReminders(t.context, at), runReflectionReminders(t.context, at)]);
    assert.equal(results.reduce((sum, result) => sum + result.due, 0), 2);
    assert.deepEqual(recipients(t.outbox()), [`${core.email} Reflectiesessie gepland: Herinnerpilot`, `${lead.email} Reflectiesessie gepland: Herinnerpilot`].sort());
    const mail = readMail(t.outbox()[0]!);
    assert.match(mail.text, /12 februari 2026/);
    assert.match(mail.text, new RegExp(`/pilots/${pilotId}/reflections`));
    await runReflectionReminders(t.context, at);
    assert.equal(t.outbox().length, 2);
  });

  it('mails again once the date has passed, and re-arms when a session moves the date', async () => {
    const late = await runReflectionReminders(t.context, new Date('2026-02-13T08:00:00Z'));
    assert.deepEqual(late, { due: 0, overdue: 2 });
    assert.equal(recipients(t.outbox()).filter((line) => line.includes('Reflectiesessie te laat: Herinnerpilot')).length, 2);
    await runReflectionReminders(t.context, new Date('2026-02-20T08:00:00Z'));
    assert.equal(t.outbox().length, 4);

    await reflectionRepository(t.context.db).setNextDue(pilotId, '2026-04-01');
    assert.deepEqual(await runReflectionReminders(t.context, new Date('2026-03-28T08:00:00Z')), { due: 2, overdue: 0 });
  });

  it('does not remind pilots that are no longer running', async () => {
    const stopped = await buildPilot(t.context, { title: 'Gestopte pilot', status: 'stopped', statusReason: 'Geen budget', actor: await asCurrentUser(t.context, lead) });
    await reflectionService(t.context).startSchedule(stopped, '2026-01-01');
    const before = t.outbox().length;
    await runReflectionReminders(t.context, new Date('2026-02-08T08:00:00Z'));
    assert.equal(t.outbox().length, before);
  });
});
