// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { intakeService } from '../intake/intake.service.js';
import { addToTeam, asCurrentUser, mainOf } from './reflection.fixtures.js';
import { reflectionRepository } from './reflection.repository.js';
import { reflectionService } from './reflection.service.js';

const sessionFields = (overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> => ({
  heldOn: '2026-03-02',
  lessonsLearned: 'Bewoners reageren beter op een brief dan op een app.',
  lessonsShared: 'Gedeeld in het wijkoverleg.',
  implications: '',
  whomToInvolve: 'De afdeling Dienstverlening.',
  notes: 'Volgende keer met de coach.',
  actionDescription: ['Brief herschrijven', 'Afspraak met Dienstverlening', ''],
  actionOwner: ['Kees', 'Lea', ''],
  actionDue: ['2026-03-20', '', ''],
  ...overrides,
});

describe('reflection sessions', () => {
  let t: TestApp;
  let lead: TestMember;
  let core: TestMember;
  let outsider: TestMember;
  let pilotId: number;
  let leadSession: TestSession;
  let coreSession: TestSession;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { name: 'Lea Leider', organisation: 'GM0344' });
    core = await createMember(t.context, { name: 'Kees Kernlid', organisation: 'GM0344' });
    outsider = await createMember(t.context, { name: 'Olga Buiten', organisation: 'GM0599' });
    pilotId = await buildPilot(t.context, { title: 'Reflectiepilot', actor: await asCurrentUser(t.context, lead) });
    await addToTeam(t.context, pilotId, core);
    leadSession = await signIn(t.app, lead.email, lead.password);
    coreSession = await signIn(t.app, core.email, core.password);
  });
  after(async () => t.close());

  describe('GET /pilots/:id/reflections', () => {
    it('sends visitors to sign in, refuses outsiders and answers 404 for unknown pilots', async () => {
      const anonymous = await (await anonymousSession(t.app)).get(`/pilots/${pilotId}/reflections`);
      assert.equal(anonymous.statusCode, 303);
      assert.match(String(anonymous.headers.location), /^\/sign-in\?return=/);
      const other = await signIn(t.app, outsider.email, outsider.password);
      assert.equal((await other.get(`/pilots/${pilotId}/reflections`)).statusCode, 403);
      assert.equal((await other.post(`/pilots/${pilotId}/reflections`, sessionFields())).statusCode, 403);
      assert.equal((await leadSession.get('/pilots/999999/reflections')).statusCode, 404);
    });

    it('shows the team the four questions and the default rhythm when there is no intake', async () => {
      const response = await coreSession.get(`/pilots/${pilotId}/reflections`);
      assert.equal(response.statusCode, 200);
      const main = mainOf(response.body);
      assert.match(main, /Welke lessen hebben we tot nu toe geleerd/);
      assert.match(main, /Wie moeten we erbij halen/);
      assert.match(main, /we gaan uit van elke 6 weken/);
      assert.match(main, /Nog geen sessies vastgelegd/);
    });
  });

  describe('POST /pilots/:id/reflections', () => {
    it('re-renders with 422 and keeps every typed value when an action has no owner', async () => {
      const response = await leadSession.post(`/pilots/${pilotId}/reflections`, sessionFields({ lessonsLearned: '', actionOwner: ['', 'Lea', ''] }));
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /role="alert"/);
      assert.match(response.body, /Vul bij elke actie zowel de actie als de uitvoerder in/);
      assert.match(response.body, /id="field-actionDescription-1" name="actionDescription" type="text" value="Brief herschrijven"/);
      assert.match(response.body, /id="field-actionOwner-2" name="actionOwner" type="text" value="Lea"/);
      assert.match(response.body, /Gedeeld in het wijkoverleg\./);
      assert.equal(await reflectionService(t.context).sessionCount(pilotId), 0);
    });

    it('records a session with actions and sets the next session one rhythm later', async () => {
      const response = await leadSession.post(`/pilots/${pilotId}/reflections`, sessionFields());
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, `/pilots/${pilotId}/reflections`);
      const service = reflectionService(t.context);
      const open = await service.openActions(pilotId);
      assert.deepEqual(open.map((action) => [action.description, action.owner, action.dueOn]), [
        ['Brief herschrijven', 'Kees', '2026-03-20'],
        ['Afspraak met Dienstverlening', 'Lea', null],
      ]);
      const schedule = await service.schedule(pilotId, new Date('2026-03-03T10:00:00Z'));
      assert.deepEqual(schedule, { nextDueOn: '2026-04-13', overdue: false, rhythmWeeks: 6 });
      assert.deepEqual(await service.lastSession([pilotId, 999999]), new Map([[pilotId, '2026-03-02']]));
    });

    it('carries open actions over to the next session until they are ticked as done', async () => {
      const before = await coreSession.get(`/pilots/${pilotId}/reflections`);
      const main = mainOf(before.body);
      assert.match(main, /Open acties die nu klaar zijn/);
      const [first, second] = await reflectionService(t.context).openActions(pilotId);
      assert.ok(first && second);
      assert.match(main, new RegExp(`name="doneActions" value="${first.id}"`));

      const response = await coreSession.post(
        `/pilots/${pilotId}/reflections`,
        sessionFields({ heldOn: '2026-04-14', lessonsLearned: 'De brief werkt.', doneActions: [String(first.id)], actionDescription: ['', '', ''], actionOwner: ['', '', ''], actionDue: ['', '', ''] }),
      );
      assert.equal(response.statusCode, 303);
      const open = await reflectionService(t.context).openActions(pilotId);
      assert.deepEqual(open.map((action) => action.id), [second.id]);

      const history = await reflectionService(t.context).history(pilotId, { limit: 10, offset: 0 });
      assert.deepEqual(history.sessions.map((session) => session.heldOn), ['2026-04-14', '2026-03-02']);
      assert.deepEqual(history.sessions[0]?.actionsClosed.map((action) => action.id), [first.id]);
      const page = mainOf((await coreSession.get(`/pilots/${pilotId}/reflections`)).body);
      assert.match(page, /Afgeronde acties/);
      assert.match(page, /Brief herschrijven — Kees/);
    });

    it('ignores done-ticks for actions of another pilot', async () => {
      const otherPilot = await buildPilot(t.context, { title: 'Andere pilot', initiator: 'GM0599', actor: await asCurrentUser(t.context, outsider) });
      const outsiderSession = await signIn(t.app, outsider.email, outsider.password);
      const [open] = await reflectionService(t.context).openActions(pilotId);
      assert.ok(open);
      const response = await outsiderSession.post(`/pilots/${otherPilot}/reflections`, sessionFields({ doneActions: [String(open.id)] }));
      assert.equal(response.statusCode, 303);
      assert.deepEqual((await reflectionService(t.context).openActions(pilotId)).map((action) => action.id), [open.id]);
    });
  });

  describe('reflectionService.recordSession', () => {
    it('refuses a member outside the team and accepts system use without an actor', async () => {
      const otherPilot = await buildPilot(t.context, { title: 'Demopilot' });
      const input = { heldOn: '2026-01-10', lessonsLearned: 'Demo', lessonsShared: undefined, implications: undefined, whomToInvolve: undefined, notes: undefined, actions: [], doneActionIds: [] };
      const refused = await reflectionService(t.context).recordSession(otherPilot, input, await asCurrentUser(t.context, outsider));
      assert.deepEqual(refused, { ok: false, reason: 'forbidden' });
      assert.equal((await reflectionService(t.context).recordSession(999999, input, null)).ok, false);
      const recorded = await reflectionService(t.context).recordSession(otherPilot, input, null);
      assert.equal(recorded.ok, true);
      assert.equal(await reflectionService(t.context).sessionCount(otherPilot), 1);
    });
  });

  describe('the intake rhythm', () => {
    it('takes the weeks between sessions from the intake', async () => {
      const actor = await asCurrentUser(t.context, lead);
      const intakePilot = await buildPilot(t.context, { title: 'Pilot met intake', actor });
      const intake = await intakeService(t.context).record(
        intakePilot,
        { learningGoals: 'Leren', whyAndForWhom: 'Voor bewoners', monitoring: 'Maandelijks', userProblem: 'Te laat hulp', decisionMaker: 'Wethouder', resultOwners: 'Team Schulden', reflectionRhythmWeeks: 4 },
        actor,
      );
      assert.deepEqual(intake, { ok: true });
      assert.match(mainOf((await leadSession.get(`/pilots/${intakePilot}/reflections`)).body), /Het team reflecteert elke 4 weken/);
      await reflectionService(t.context).startSchedule(intakePilot, '2026-02-01');
      assert.equal((await reflectionService(t.context).schedule(intakePilot, new Date('2026-02-02T00:00:00Z')))?.nextDueOn, '2026-03-01');
      assert.equal((await leadSession.post(`/pilots/${intakePilot}/reflections`, sessionFields({ heldOn: '2026-03-03' }))).statusCode, 303);
      assert.equal((await reflectionService(t.context).schedule(intakePilot, new Date('2026-03-04T00:00:00Z')))?.nextDueOn, '2026-03-31');
    });
  });

  describe('overdue and the pilot page', () => {
    it('reports pilots whose session date has passed, for the coach overview', async () => {
      const service = reflectionService(t.context);
      assert.deepEqual(await service.overdue([pilotId], new Date('2026-05-01T00:00:00Z')), new Map());
      const overdue = await service.overdue([pilotId], new Date('2026-06-01T00:00:00Z'));
      assert.deepEqual(overdue, new Map([[pilotId, { dueDate: '2026-05-26' }]]));
    });

    it('shows the team the summary with links, and others only the count', async () => {
      await reflectionRepository(t.context.db).setNextDue(pilotId, '2020-01-01');
      const team = mainOf((await leadSession.get(`/pilots/${pilotId}`)).body);
      assert.match(team, /Reflectie en belemmeringen/);
      assert.match(team, /Het team hield 2 reflectiesessies/);
      assert.match(team, /Let op: de reflectiesessie van 1 januari 2020 is nog niet gehouden/);
      assert.match(team, /Er staat 1 open actie/);
      assert.match(team, new RegExp(`href="/pilots/${pilotId}/reflections"`));
      const visitor = mainOf((await (await anonymousSession(t.app)).get(`/pilots/${pilotId}`)).body);
      assert.match(visitor, /Het team hield 2 reflectiesessies/);
      assert.doesNotMatch(visitor, /open actie/);
      assert.doesNotMatch(visitor, new RegExp(`/pilots/${pilotId}/reflections`));
    });
  });
});
