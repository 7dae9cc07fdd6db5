// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { savedPilotId, validPilotFields } from '../pilots/pilots.test-fixtures.js';

describe('the phase in the pilot edit form', () => {
  let t: TestApp;
  let asAuthor: TestSession;
  const phaseOf = async (id: number) => (await t.context.db.selectFrom('pilots').select('phase').where('id', '=', id).executeTakeFirstOrThrow()).phase;

  before(async () => {
    t = await startTestApp();
    const author = await createMember(t.context, { organisation: 'GM0599' });
    asAuthor = await signIn(t.app, author.email, author.password);
  });
  after(async () => t.close());

  it('can be chosen while the pilot is a draft', async () => {
    const id = savedPilotId(await asAuthor.post('/pilots', validPilotFields({ action: 'draft' })));
    const form = await asAuthor.get(`/pilots/${id}/edit`);
    assert.match(form.body, /<select[^>]*name="phase"/);
    assert.equal((await asAuthor.post(`/pilots/${id}`, validPilotFields({ action: 'draft', phase: 'idea' }))).statusCode, 303);
    assert.equal(await phaseOf(id), 'idea');
  });

  it('is read-only after publishing, with a link to the gate page, and a posted phase is ignored', async () => {
    const id = savedPilotId(await asAuthor.post('/pilots', validPilotFields({ action: 'publish' })));
    const form = await asAuthor.get(`/pilots/${id}/edit`);
    assert.equal(form.statusCode, 200);
    assert.doesNotMatch(form.body, /name="phase"/);
    assert.match(form.body, /Fase: Ontwikkeling/);
    assert.match(form.body, new RegExp(`href="/pilots/${id}/gates"`));
    const saved = await asAuthor.post(`/pilots/${id}`, validPilotFields({ action: 'save', phase: 'scaling', title: 'Vroegsignalering van schulden, tweede ronde' }));
    assert.equal(saved.statusCode, 303);
    const row = await t.context.db.selectFrom('pilots').select(['phase', 'title']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(row, { phase: 'development', title: 'Vroegsignalering van schulden, tweede ronde' });
  });
});
