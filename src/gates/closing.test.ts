// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { savedPilotId, validPilotFields } from '../pilots/pilots.test-fixtures.js';
import { adoptionsService } from './adoptions.service.js';

const closingFields = (overrides: Record<string, string | string[]> = {}) => ({
  outcome: 'achieved',
  stopReason: '',
  valueKinds: ['residents', 'learning'],
  valueSize: 'average',
  resultDecision: 'adopted',
  resultArgument: 'De werkwijze werkt en het wijkteam neemt hem over in de gewone planning.',
  ...overrides,
});

describe('closing, follow-through and adoption', () => {
  let t: TestApp;
  let asLead: TestSession;
  let asOther: TestSession;
  let asOtherColleague: TestSession;

  const statusOf = async (id: number) => t.context.db.selectFrom('pilots').select(['status', 'statusReason']).where('id', '=', id).executeTakeFirstOrThrow();

  before(async () => {
    t = await startTestApp();
    const lead = await createMember(t.context, { organisation: 'GM0599' });
    const other = await createMember(t.context, { organisation: 'GM0344' });
    const colleague = await createMember(t.context, { organisation: 'GM0344' });
    asLead = await signIn(t.app, lead.email, lead.password);
    asOther = await signIn(t.app, other.email, other.password);
    asOtherColleague = await signIn(t.app, colleague.email, colleague.password);
  });
  after(async () => t.close());

  const publishedBy = async (session: TestSession, fields: Record<string, string | string[]> = {}) =>
    savedPilotId(await session.post('/pilots', validPilotFields({ action: 'publish', ...fields })));

  it('lets the lead record the end evaluation, which sets the status and shows on the pilot page', async () => {
    const id = await publishedBy(asLead);
    const invalid = await asLead.post(`/pilots/${id}/closing`, closingFields({ outcome: 'stopped', resultArgument: 'Past <nog> niet.' }));
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /Schrijf op waarom de pilot is gestopt/);
    assert.match(invalid.body, /Past &lt;nog> niet\./);
    assert.equal((await statusOf(id)).status, 'running');

    assert.equal((await asOther.post(`/pilots/${id}/closing`, closingFields())).statusCode, 403);
    assert.equal((await (await anonymousSession(t.app)).post(`/pilots/${id}/closing`, closingFields())).statusCode, 401);

    const stopped = await asLead.post(`/pilots/${id}/closing`, closingFields({ outcome: 'stopped', stopReason: 'Het probleem bleek minder urgent.' }));
    assert.equal(stopped.statusCode, 303);
    assert.deepEqual(await statusOf(id), { status: 'stopped', statusReason: 'Het probleem bleek minder urgent.' });
    assert.equal((await asLead.post(`/pilots/${id}/closing`, closingFields())).statusCode, 303);
    assert.deepEqual(await statusOf(id), { status: 'completed', statusReason: null });

    const page = await (await anonymousSession(t.app)).get(`/pilots/${id}`);
    assert.match(page.body, /Resultaat bereikt\. Besluit over de resultaten: overgenomen\./);
    assert.match(page.body, /Direct effect voor inwoners, Leerervaringen \(gemiddeld\)/);
    const closingPage = await asLead.get(`/pilots/${id}/closing`);
    assert.match(closingPage.body, /value="achieved" checked/);
  });

  it('lets the team record where results go', async () => {
    const id = await publishedBy(asLead);
    const fields = { carried: 'knowledge', destination: 'Het beleidskader schuldhulp', carriedBy: 'De trekker, in het nieuwe programma', direction: 'vertical', reach: 'inside' };
    assert.equal((await asOther.post(`/pilots/${id}/follow-through`, fields)).statusCode, 403);
    const invalid = await asLead.post(`/pilots/${id}/follow-through`, { ...fields, destination: '' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /De trekker, in het nieuwe programma/);
    assert.equal((await asLead.post(`/pilots/${id}/follow-through`, fields)).statusCode, 303);
    const page = await asOther.get(`/pilots/${id}/closing`);
    assert.match(page.body, /Kennis → Het beleidskader schuldhulp, door De trekker, in het nieuwe programma \(verticaal, binnen de organisatie\)/);
  });

  it('records that another organisation adopted the result, on both pilots, once per organisation', async () => {
    const source = await publishedBy(asLead);
    const own = await publishedBy(asOther, { title: 'Vroegsignalering schulden in Utrecht' });
    const before = await adoptionsService(t.context).count();

    assert.equal((await (await anonymousSession(t.app)).post(`/pilots/${source}/adoptions`, { note: 'x' })).statusCode, 401);
    assert.equal((await asLead.post(`/pilots/${source}/adoptions`, { note: 'Eigen pilot' })).statusCode, 403);
    const notTheirs = await asOther.post(`/pilots/${source}/adoptions`, { note: 'De werkwijze met corporaties', adopterPilotId: String(source) });
    assert.equal(notTheirs.statusCode, 422);
    assert.match(notTheirs.body, /De werkwijze met corporaties/);
    assert.equal((await asOther.post(`/pilots/${source}/adoptions`, { note: '' })).statusCode, 422);

    const sourcePage = await asOther.get(`/pilots/${source}`);
    assert.match(sourcePage.body, /Wij hebben dit overgenomen/);
    assert.equal((await asOther.post(`/pilots/${source}/adoptions`, { note: 'De werkwijze met corporaties', adopterPilotId: String(own) })).statusCode, 303);
    const again = await asOtherColleague.post(`/pilots/${source}/adoptions`, { note: 'Nog een keer' });
    assert.equal(again.statusCode, 422);
    assert.match(again.body, /al vastgelegd/);
    assert.equal(await adoptionsService(t.context).count(), before + 1);

    const afterPage = await (await anonymousSession(t.app)).get(`/pilots/${source}`);
    assert.match(afterPage.body, /Overgenomen door/);
    assert.match(afterPage.body, /Utrecht<\/a>/);
    assert.match(afterPage.body, /De werkwijze met corporaties/);
    const adopterPage = await (await anonymousSession(t.app)).get(`/pilots/${own}`);
    assert.match(adopterPage.body, /Bouwt voort op/);
    assert.match(adopterPage.body, new RegExp(`href="/pilots/${source}"`));
  });
});
