// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { savedPilotId, validPilotFields } from '../pilots/pilots.test-fixtures.js';
import { teamService } from '../teams/teams.service.js';
import { gatesService } from './gates.service.js';
import { asCurrentUser, gateFields, gateInput } from './gates.test-fixtures.js';

describe('gate decisions', () => {
  let t: TestApp;
  let lead: TestMember;
  let asLead: TestSession;
  let asOther: TestSession;
  let asModerator: TestSession;

  const pilotRow = (id: number) => t.context.db.selectFrom('pilots').select(['phase', 'status', 'statusReason']).where('id', '=', id).executeTakeFirstOrThrow();

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { organisation: 'GM0599', name: 'Lotte Leidster' });
    const other = await createMember(t.context, { organisation: 'GM0344' });
    const moderator = await createMember(t.context, { role: 'moderator', organisation: 'GM0518' });
    asLead = await signIn(t.app, lead.email, lead.password);
    asOther = await signIn(t.app, other.email, other.password);
    asModerator = await signIn(t.app, moderator.email, moderator.password);
  });
  after(async () => t.close());

  async function publishedPilot(fields: Record<string, string | string[]> = {}): Promise<number> {
    return savedPilotId(await asLead.post('/pilots', validPilotFields({ action: 'publish', ...fields })));
  }

  it('lets the lead pass a GO gate: the phase moves on and the history shows on both pages', async () => {
    const id = await publishedPilot();
    const form = await asLead.get(`/pilots/${id}/gates`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="publicValueScore"/);
    assert.match(form.body, /Er zijn nog geen fasebesluiten genomen/);

    const response = await asLead.post(`/pilots/${id}/gates`, gateFields());
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/pilots/${id}/gates`);
    assert.deepEqual(await pilotRow(id), { phase: 'implementation', status: 'running', statusReason: null });

    const gatePage = await asLead.get(`/pilots/${id}/gates`);
    assert.match(gatePage.body, /Ontwikkeling → Implementatie/);
    assert.match(gatePage.body, /Medewerkers gebruiken het dagelijks zonder hulp\./);
    assert.match(gatePage.body, /Lotte Leidster/);
    const pilotPage = await (await anonymousSession(t.app)).get(`/pilots/${id}`);
    assert.equal(pilotPage.statusCode, 200);
    assert.match(pilotPage.body, /Fasebesluiten/);
    assert.match(pilotPage.body, /GO op .*: Ontwikkeling → Implementatie/);
    assert.match(pilotPage.body, /we gaan het inbedden in de afdeling/);
    const audit = await t.context.db.selectFrom('auditLog').select(['action']).where('subjectId', '=', String(id)).where('action', '=', 'gates.decide').execute();
    assert.equal(audit.length, 1);
  });

  it('shows the form again with every typed value and the errors when the decision is incomplete', async () => {
    const id = await publishedPilot();
    const response = await asLead.post(`/pilots/${id}/gates`, gateFields({ decision: '', costScore: '9', reason: '', useValueNote: 'Nog <niet> getest' }));
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Kies voor Score kosten een score van 1 tot en met 5/);
    assert.match(response.body, /Waarom dit besluit/);
    assert.match(response.body, /Nog &lt;niet> getest/);
    assert.match(response.body, /Bewoners merken minder wachttijd bij het loket\./);
    assert.equal((await pilotRow(id)).phase, 'development');
  });

  it('refuses everyone but the client or lead, moderators included', async () => {
    const id = await publishedPilot();
    const visitor = await anonymousSession(t.app);
    assert.equal((await visitor.post(`/pilots/${id}/gates`, gateFields())).statusCode, 401);
    assert.equal((await asOther.post(`/pilots/${id}/gates`, gateFields())).statusCode, 403);
    assert.equal((await asModerator.post(`/pilots/${id}/gates`, gateFields())).statusCode, 403);
    const page = await asOther.get(`/pilots/${id}/gates`);
    assert.equal(page.statusCode, 200);
    assert.doesNotMatch(page.body, /name="publicValueScore"/);
    assert.equal((await pilotRow(id)).phase, 'development');
    assert.equal((await visitor.get('/pilots/999999/gates')).statusCode, 404);
  });

  it('lets a client on the team decide, but not a coach', async () => {
    const id = await publishedPilot();
    const client = await createMember(t.context, { organisation: 'GM0344' });
    const coach = await createMember(t.context, { organisation: 'GM0344' });
    await teamService(t.context).addMember(id, client.id, { role: 'client', clientKind: 'decision_maker' }, null);
    await teamService(t.context).addMember(id, coach.id, { role: 'coach', clientKind: null }, null);
    const asCoach = await signIn(t.app, coach.email, coach.password);
    assert.deepEqual(await teamService(t.context).roleOf(id, coach.id), ['coach']);
    assert.equal((await asCoach.post(`/pilots/${id}/gates`, gateFields())).statusCode, 403);
    assert.match((await asCoach.get(`/pilots/${id}/gates`)).body, /Alleen de opdrachtgever of de trekker/);
    const asClient = await signIn(t.app, client.email, client.password);
    assert.equal((await asClient.post(`/pilots/${id}/gates`, gateFields())).statusCode, 303);
    assert.equal((await pilotRow(id)).phase, 'implementation');
  });

  it('puts a pilot on hold, stops it with NO GO and then takes no more decisions', async () => {
    const id = await publishedPilot();
    assert.equal((await asLead.post(`/pilots/${id}/gates`, gateFields({ decision: 'hold', reason: 'Geen budget tot de voorjaarsnota.' }))).statusCode, 303);
    assert.deepEqual(await pilotRow(id), { phase: 'development', status: 'on_hold', statusReason: 'Geen budget tot de voorjaarsnota.' });
    assert.equal((await asLead.post(`/pilots/${id}/gates`, gateFields({ decision: 'no_go', reason: 'De oplossing past niet bij het probleem.' }))).statusCode, 303);
    assert.deepEqual(await pilotRow(id), { phase: 'development', status: 'stopped', statusReason: 'De oplossing past niet bij het probleem.' });
    const refused = await asLead.post(`/pilots/${id}/gates`, gateFields());
    assert.equal(refused.statusCode, 422);
    assert.match(refused.body, /gestopt of afgerond/);
    assert.equal((await gatesService(t.context).history(id)).length, 2);
  });

  it('takes no GO beyond scaling and no decision on a draft', async () => {
    const scaling = await publishedPilot({ phase: 'scaling' });
    const result = await gatesService(t.context).recordDecision(scaling, gateInput({ decision: 'go' }), asCurrentUser(lead));
    assert.deepEqual(result, { ok: false, reason: 'no_next_phase' });
    const draft = savedPilotId(await asLead.post('/pilots', validPilotFields({ action: 'draft' })));
    const page = await asLead.get(`/pilots/${draft}/gates`);
    assert.match(page.body, /nog een concept/);
    assert.equal((await asLead.post(`/pilots/${draft}/gates`, gateFields())).statusCode, 422);
    assert.equal((await pilotRow(draft)).phase, 'development');
  });

  it('marks running pilots without a decision for about six months as gate pending', async () => {
    const actor = asCurrentUser(lead);
    const publishedOn = async (publishedAt: string) => {
      const id = await publishedPilot();
      await t.context.db.updateTable('pilots').set({ publishedAt }).where('id', '=', id).execute();
      return id;
    };
    const old = await buildPilot(t.context, { publishedAt: '2025-01-01T10:00:00.000Z' });
    const recent = await buildPilot(t.context, { publishedAt: new Date().toISOString() });
    const decidedLongAgo = await publishedOn('2024-01-01T10:00:00.000Z');
    const decidedRecently = await publishedOn('2024-01-01T10:00:00.000Z');
    const onHold = await publishedOn('2024-01-01T10:00:00.000Z');
    const service = gatesService(t.context);
    assert.equal((await service.recordDecision(decidedLongAgo, gateInput({ decision: 'go_back' }), actor, { decidedAt: '2025-02-01T10:00:00.000Z' })).ok, true);
    assert.equal((await service.recordDecision(decidedRecently, gateInput({ decision: 'go_back' }), actor)).ok, true);
    assert.equal((await service.recordDecision(onHold, gateInput({ decision: 'hold' }), actor)).ok, true);
    const pending = await service.pendingGate([old, recent, decidedLongAgo, decidedRecently, onHold, 999999]);
    assert.deepEqual([...pending].sort((a, b) => a - b), [old, decidedLongAgo].sort((a, b) => a - b));
    assert.equal((await service.pendingGate([])).size, 0);
  });
});
