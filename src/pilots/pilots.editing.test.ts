// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { pilotsRepository } from './pilots.repository.js';
import { pilotsService } from './pilots.service.js';
import { savedPilotId, validPilotFields } from './pilots.test-fixtures.js';

describe('editing, publishing and seeing pilots', () => {
  let t: TestApp;
  let author: TestMember;
  let asAuthor: TestSession;
  let asOther: TestSession;
  let asTeamMember: TestSession;
  let asModerator: TestSession;
  let teamMember: TestMember;

  const pilotRow = (id: number) => t.context.db.selectFrom('pilots').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  before(async () => {
    t = await startTestApp();
    author = await createMember(t.context, { organisation: 'GM0599' });
    const other = await createMember(t.context, { organisation: 'GM0344' });
    teamMember = await createMember(t.context, { organisation: 'GM0363' });
    const moderator = await createMember(t.context, { role: 'moderator', organisation: 'GM0518' });
    asAuthor = await signIn(t.app, author.email, author.password);
    asOther = await signIn(t.app, other.email, other.password);
    asTeamMember = await signIn(t.app, teamMember.email, teamMember.password);
    asModerator = await signIn(t.app, moderator.email, moderator.password);
  });
  after(async () => t.close());

  async function publishedPilot(fields: Record<string, string | string[]> = {}): Promise<number> {
    return savedPilotId(await asAuthor.post('/pilots', validPilotFields({ action: 'publish', ...fields })));
  }

  it('lets only the team and moderators open the edit form', async () => {
    const id = await publishedPilot({ participants: 'Utrecht, Amersfoort' });
    const visitor = await anonymousSession(t.app);
    assert.equal((await visitor.get(`/pilots/${id}/edit`)).statusCode, 303);
    assert.equal((await visitor.post(`/pilots/${id}`, validPilotFields({ action: 'save' }))).statusCode, 401);
    assert.equal((await asOther.get(`/pilots/${id}/edit`)).statusCode, 403);
    assert.equal((await asOther.post(`/pilots/${id}`, validPilotFields({ action: 'save', title: 'Overgenomen titel' }))).statusCode, 403);
    assert.equal((await pilotRow(id)).title, 'Vroegsignalering van schulden met woningcorporaties');

    const form = await asAuthor.get(`/pilots/${id}/edit`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /value="Vroegsignalering van schulden met woningcorporaties"/);
    assert.match(form.body, />Utrecht\nAmersfoort<\/textarea>/);
    assert.match(form.body, /value="https:\/\/example.org\/project"/);
    assert.match(form.body, /name="action" value="save"/);
    assert.equal((await asModerator.get(`/pilots/${id}/edit`)).statusCode, 200);
  });

  it('saves changes by a team member and by a moderator, and keeps the counts right', async () => {
    const id = await publishedPilot({ participants: 'Utrecht, Amersfoort' });
    await pilotsRepository(t.context.db).addTeamMember(id, teamMember.id, 'core', new Date().toISOString());
    const byTeam = await asTeamMember.post(`/pilots/${id}`, validPilotFields({ action: 'save', title: 'Schulden eerder in beeld', participants: 'Amersfoort' }));
    assert.equal(savedPilotId(byTeam), id);
    let row = await pilotRow(id);
    assert.equal(row.title, 'Schulden eerder in beeld');
    assert.equal(row.state, 'published');
    assert.equal(row.participantCount, 1);
    assert.equal(row.municipalityCount, 2);

    const byModerator = await asModerator.post(`/pilots/${id}`, validPilotFields({ action: 'save', title: 'Schulden eerder in beeld (bijgewerkt)', participants: '' }));
    assert.equal(savedPilotId(byModerator), id);
    row = await pilotRow(id);
    assert.equal(row.title, 'Schulden eerder in beeld (bijgewerkt)');
    assert.equal(row.participantCount, 0);
    assert.equal(row.municipalityCount, 1);
    assert.equal(row.initiatorOrganisationId, author.organisationId, 'a moderator edit keeps the initiator');
  });

  it('refuses sales language in an edit of a published pilot and keeps the old text', async () => {
    const id = await publishedPilot();
    const response = await asAuthor.post(`/pilots/${id}`, validPilotFields({ action: 'save', goal: 'Vraag nu een offerte aan en profiteer van 20% korting.' }));
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /verkooptaal: “vraag nu een offerte”, “20% korting”/);
    assert.match(response.body, /Vraag nu een offerte aan en profiteer van 20% korting\./);
    assert.equal((await pilotRow(id)).goal, 'Minder huisuitzettingen en eerder contact met inwoners die schulden krijgen.');
  });

  it('shows a draft only to its team and to moderators', async () => {
    const id = savedPilotId(await asAuthor.post('/pilots', validPilotFields({ action: 'draft' })));
    assert.equal((await (await anonymousSession(t.app)).get(`/pilots/${id}`)).statusCode, 404);
    assert.equal((await asOther.get(`/pilots/${id}`)).statusCode, 404);
    assert.equal((await asModerator.get(`/pilots/${id}`)).statusCode, 200);
    const own = await asAuthor.get(`/pilots/${id}`);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, new RegExp(`action="/pilots/${id}/publish"`));
  });

  it('publishes a saved draft only when it meets the conditions, and says what is missing', async () => {
    const id = savedPilotId(await asAuthor.post('/pilots', validPilotFields({ action: 'draft', confirmsNotCommercial: '', themes: [] })));
    const refused = await asAuthor.post(`/pilots/${id}/publish`, {});
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /Voorwaarde 1 \(vernieuwing bij gemeenten\): kies minstens één thema/);
    assert.match(refused.body, /Voorwaarde 4 \(niet commercieel\): bevestig/);
    assert.equal((await pilotRow(id)).state, 'draft');
    assert.equal((await asOther.post(`/pilots/${id}/publish`, {})).statusCode, 403);

    const fixed = await asAuthor.post(`/pilots/${id}`, validPilotFields({ action: 'publish' }));
    assert.equal(savedPilotId(fixed), id);
    const row = await pilotRow(id);
    assert.equal(row.state, 'published');
    assert.ok(row.publishedAt);
    const page = await (await anonymousSession(t.app)).get(`/pilots/${id}`);
    assert.equal(page.statusCode, 200);
  });

  it('shows a hidden pilot only to team and moderators, with the moderator’s reason to the team', async () => {
    const id = await publishedPilot();
    const moderatorUser = await t.context.db.selectFrom('users').select('id').where('role', '=', 'moderator').executeTakeFirstOrThrow();
    await pilotsService(t.context).setHidden(id, { reason: 'Lijkt op een productadvertentie <b>', byUserId: moderatorUser.id });
    assert.equal((await (await anonymousSession(t.app)).get(`/pilots/${id}`)).statusCode, 404);
    assert.equal((await asOther.get(`/pilots/${id}`)).statusCode, 404);
    const own = await asAuthor.get(`/pilots/${id}`);
    assert.equal(own.statusCode, 200);
    assert.match(own.body, /Een moderator heeft deze pilot verborgen/);
    assert.match(own.body, /Reden: Lijkt op een productadvertentie &lt;b>/);
    assert.equal((await asModerator.get(`/pilots/${id}`)).statusCode, 200);
    await pilotsService(t.context).setHidden(id, null);
    assert.equal((await (await anonymousSession(t.app)).get(`/pilots/${id}`)).statusCode, 200);
  });

  it('answers unknown and malformed pilot addresses with 404, and drops a slug by redirect', async () => {
    const id = await publishedPilot();
    assert.equal((await asAuthor.get('/pilots/999999')).statusCode, 404);
    assert.equal((await asAuthor.get('/pilots/abc')).statusCode, 404);
    const slugged = await asAuthor.get(`/pilots/${id}/vroegsignalering-van-schulden`);
    assert.equal(slugged.statusCode, 301);
    assert.equal(slugged.headers.location, `/pilots/${id}`);
  });
});
