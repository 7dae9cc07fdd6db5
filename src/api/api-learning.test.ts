// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { adoptionsService } from '../gates/adoptions.service.js';
import { gateInput } from '../gates/gates.test-fixtures.js';
import { gatesService } from '../gates/gates.service.js';
import { intakeService } from '../intake/intake.service.js';
import { lessonsService } from '../lessons/lessons.service.js';
import { paradoxService } from '../paradox/paradox.service.js';
import { createMember } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf, pilotLedBy } from '../test-support/team-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { expectJson } from './api-test-fixtures.js';
import { pilotSchema, statsSchema } from './api.schemas.js';

const scores = (value: number) => ({ distance: value, parties: value, policy: value, scope: value, resources: value, ownership: value, leadership: value });
const lesson = (title: string, publish: boolean) => ({ title, body: 'Wat we leerden.', cluster: 'collaboration', phase: 'development', outcome: 'worked', publish }) as const;

describe('GET /api/v1/pilots/{id}: the learning blocks', () => {
  let testApp: TestApp;
  let pilotId: number;
  let adopterPilotId: number;
  let bareId: number;

  before(async () => {
    testApp = await startTestApp();
    const { context } = testApp;
    const lead = await createMember(context, { organisation: 'GM0599', name: 'Lea Leider' });
    const leadUser = await currentUserOf(context, lead);
    pilotId = await pilotLedBy(context, leadUser);
    bareId = await buildPilot(context, { title: 'Een pilot zonder leerinstrumenten' });

    assert.equal(
      (await intakeService(context).record(pilotId, {
        learningGoals: 'Leren of sensoren de ophaalrondes korter maken.',
        scalingGoals: 'Alle wijken in 2027.',
        whyAndForWhom: 'Voor de afdeling afval.',
        monitoring: 'Maandelijkse meting.',
        userProblem: 'Volle containers.',
        decisionMaker: 'Wethouder Jansen',
        resultOwners: 'Afdeling beheer',
        reflectionRhythmWeeks: 6,
      }, null)).ok,
      true,
    );
    assert.equal((await gatesService(context).recordDecision(pilotId, gateInput({ decision: 'go' }), leadUser, { decidedAt: '2026-01-10T09:00:00.000Z' })).ok, true);

    const rater = await createMember(context, { organisation: 'GM0599', name: 'Rik Rater' });
    const paradox = paradoxService(context);
    await paradox.recordRating(pilotId, lead.id, scores(2), false);
    // Rik agreed to show his name on the plot; the open API still leaves it out.
    await paradox.recordRating(pilotId, rater.id, scores(4), true);
    // A new round nobody rated yet: the API keeps showing the last round with ratings.
    assert.equal((await paradox.openRound(pilotId, lead.id)).ok, true);

    assert.equal((await lessonsService(context).recordLesson(pilotId, lesson('Betrek beheer vanaf dag één', true), null)).ok, true);
    assert.equal((await lessonsService(context).recordLesson(pilotId, lesson('Een concept van een les', false), null)).ok, true);

    const adopter = await createMember(context, { organisation: 'GM0344', name: 'Anna Adopteert' });
    const adopterUser = await currentUserOf(context, adopter);
    adopterPilotId = await pilotLedBy(context, adopterUser);
    const adopted = await adoptionsService(context).record(pilotId, { note: 'Wij gebruiken de werkwijze in Utrecht.', adopterPilotId }, adopterUser);
    assert.deepEqual(adopted, { ok: true });
  });
  after(async () => testApp.close());

  it('shows phase, status, gate history, intake goals, paradox means, published lessons and adoptions', async () => {
    const pilot = expectJson(await testApp.app.inject({ url: `/api/v1/pilots/${pilotId}` }), 200, pilotSchema);
    assert.equal(pilot.phase, 'implementation');
    assert.equal(pilot.status, 'running');
    assert.equal(pilot.gates.length, 1);
    assert.deepEqual(
      { decision: pilot.gates[0]!.decision, from: pilot.gates[0]!.fromPhase, to: pilot.gates[0]!.toPhase, at: pilot.gates[0]!.decidedAt },
      { decision: 'go', from: 'development', to: 'implementation', at: '2026-01-10T09:00:00.000Z' },
    );
    assert.deepEqual(pilot.gates[0]!.indicators.useValue, { score: 5, note: 'Medewerkers gebruiken het dagelijks zonder hulp.' });
    assert.equal(pilot.intake?.learningGoals, 'Leren of sensoren de ophaalrondes korter maken.');
    assert.equal(pilot.intake?.scalingGoals, 'Alle wijken in 2027.');
    assert.equal(pilot.intake?.reflectionRhythmWeeks, 6);
    assert.deepEqual(pilot.paradox, { round: 1, raters: 2, means: scores(3) });
    assert.deepEqual(pilot.lessons.map((entry) => entry.title), ['Betrek beheer vanaf dag één']);
    assert.equal(pilot.lessons[0]!.cluster, 'collaboration');
    assert.equal(pilot.adoptions.length, 1);
    assert.equal(pilot.adoptions[0]!.organisation.name, 'Utrecht');
    assert.equal(pilot.adoptions[0]!.pilotId, adopterPilotId);
  });

  it('never shows people: no decider, raters, decision-maker or adopter note', async () => {
    const body = (await testApp.app.inject({ url: `/api/v1/pilots/${pilotId}` })).body;
    // The lead is also the pilot's public contact, so her name is checked where it would be: on the decision.
    assert.ok(!/decidedBy|"name":"Lea Leider"/.test(JSON.stringify(JSON.parse(body).gates)));
    for (const personal of [ 'Anna Adopteert', 'Wethouder Jansen', 'Afdeling beheer', 'Wij gebruiken de werkwijze']) {
      assert.ok(!body.includes(personal), `${personal} is in the response`);
    }
  });

  it('gives empty blocks for a pilot without intake, gates, ratings, lessons or adoptions', async () => {
    const pilot = expectJson(await testApp.app.inject({ url: `/api/v1/pilots/${bareId}` }), 200, pilotSchema);
    assert.deepEqual(
      { gates: pilot.gates, intake: pilot.intake, paradox: pilot.paradox, lessons: pilot.lessons, adoptions: pilot.adoptions },
      { gates: [], intake: null, paradox: null, lessons: [], adoptions: [] },
    );
  });

  it('counts adoptions in the national figures', async () => {
    const stats = expectJson(await testApp.app.inject({ url: '/api/v1/stats' }), 200, statsSchema);
    assert.equal(stats.adoptions, 1);
    const home = (await testApp.app.inject({ url: '/' })).body;
    assert.match(home, /De resultaten van pilots zijn 1 keer overgenomen door een andere organisatie\./);
    assert.match((await testApp.app.inject({ url: '/', cookies: { lang: 'en' } })).body, /Pilot results have been adopted once by another organisation\./);
  });
});
