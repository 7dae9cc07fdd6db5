// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { currentUserOf, organisationId, pilotLedBy } from '../test-support/team-fixtures.js';

describe('GET/POST /pilots/:id/participants (the team manages participants)', () => {
  let t: TestApp;
  let lead: TestMember;
  let team: TestSession;
  let pilotId: number;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { organisation: 'GM0599', name: 'Lea Lead' });
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    team = await signIn(t.app, lead.email, lead.password);
  });
  after(async () => t.close());

  it('shows the manage page to the team, with an add form', async () => {
    const page = await team.get(`/pilots/${pilotId}/participants`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1[^>]*>Deelnemers van /);
    assert.match(page.body, /Er doen nog geen organisaties mee/);
    assert.match(page.body, /name="organisation"/);
    assert.match(page.body, /name="_csrf"/);
  });

  it('links to the manage page from the pilot page for the team only', async () => {
    assert.match((await team.get(`/pilots/${pilotId}`)).body, /href="\/pilots\/\d+\/participants"/);
    const visitor = await anonymousSession(t.app);
    assert.doesNotMatch((await visitor.get(`/pilots/${pilotId}`)).body, /href="\/pilots\/\d+\/participants"/);
  });

  it('adds an organisation by CBS code and by name, and counts them', async () => {
    const byCode = await team.post(`/pilots/${pilotId}/participants`, { organisation: 'GM0344' });
    assert.equal(byCode.statusCode, 303);
    assert.equal(byCode.headers.location, `/pilots/${pilotId}/participants`);
    const byName = await team.post(`/pilots/${pilotId}/participants`, { organisation: 'amersfoort' });
    assert.equal(byName.statusCode, 303);
    const page = await team.get(`/pilots/${pilotId}/participants`);
    assert.match(page.body, /Amersfoort is toegevoegd als deelnemer/);
    assert.match(page.body, /<th class="utrecht-table__header-cell" scope="row"><a class="utrecht-link" href="\/organisations\/utrecht">Utrecht<\/a>/);
    assert.match(page.body, /Lea Lead/);
    assert.match(page.body, /action="\/pilots\/\d+\/participants\/\d+\/remove"/);
    const pilot = await pilotsService(t.context).findById(pilotId);
    assert.equal(pilot?.participantCount, 2);
    assert.equal(pilot?.municipalityCount, 3);
  });

  it('answers an unknown organisation with 422 and keeps the input', async () => {
    const response = await team.post(`/pilots/${pilotId}/participants`, { organisation: 'Gemeente Nergenshuizen' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="error-summary"/);
    assert.match(response.body, /We vonden geen organisatie/);
    assert.match(response.body, /value="Gemeente Nergenshuizen"/);
  });

  it('answers an empty field and a second add of the same organisation with 422', async () => {
    assert.equal((await team.post(`/pilots/${pilotId}/participants`, { organisation: '' })).statusCode, 422);
    const again = await team.post(`/pilots/${pilotId}/participants`, { organisation: 'Utrecht' });
    assert.equal(again.statusCode, 422);
    assert.match(again.body, /Deze organisatie doet al mee/);
  });

  it('removes a participant and updates the counts', async () => {
    const utrechtId = await organisationId(t.context, 'GM0344');
    const response = await team.post(`/pilots/${pilotId}/participants/${utrechtId}/remove`);
    assert.equal(response.statusCode, 303);
    const page = await team.get(`/pilots/${pilotId}/participants`);
    assert.match(page.body, /Utrecht is verwijderd als deelnemer/);
    assert.doesNotMatch(page.body, /href="\/organisations\/utrecht"/);
    const pilot = await pilotsService(t.context).findById(pilotId);
    assert.equal(pilot?.participantCount, 1);
    assert.equal(pilot?.municipalityCount, 2);
  });

  it('gives 403 to a member who is not on the team, and sends visitors to sign in', async () => {
    const outsider = await createMember(t.context, { organisation: 'GM0363' });
    const session = await signIn(t.app, outsider.email, outsider.password);
    assert.equal((await session.get(`/pilots/${pilotId}/participants`)).statusCode, 403);
    assert.equal((await session.post(`/pilots/${pilotId}/participants`, { organisation: 'GM0344' })).statusCode, 403);
    const amersfoortId = await organisationId(t.context, 'amersfoort');
    assert.equal((await session.post(`/pilots/${pilotId}/participants/${amersfoortId}/remove`)).statusCode, 403);
    assert.equal((await pilotsService(t.context).findById(pilotId))?.participantCount, 1);
    const visitor = await anonymousSession(t.app);
    const redirect = await visitor.get(`/pilots/${pilotId}/participants`);
    assert.equal(redirect.statusCode, 303);
    assert.match(String(redirect.headers.location), /^\/sign-in\?return=/);
  });

  it('lets a moderator manage participants too', async () => {
    const moderator = await createMember(t.context, { organisation: 'GM0363', role: 'moderator' });
    const session = await signIn(t.app, moderator.email, moderator.password);
    assert.equal((await session.get(`/pilots/${pilotId}/participants`)).statusCode, 200);
  });

  it('lists every participating organisation publicly, paged', async () => {
    const visitor = await anonymousSession(t.app);
    const page = await visitor.get(`/pilots/${pilotId}/organisations`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Amersfoort/);
    assert.match(page.body, /1 organisatie doet mee/);
    assert.equal((await visitor.get('/pilots/999999/organisations')).statusCode, 404);
  });
});
