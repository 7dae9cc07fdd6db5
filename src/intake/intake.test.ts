// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf, pilotLedBy } from '../test-support/team-fixtures.js';
import { intakeService } from './intake.service.js';

const intakeFields = {
  learningGoals: 'Werkt melden via de app beter dan bellen?',
  scalingGoals: '',
  whyAndForWhom: 'Voor inwoners en het klantcontactcentrum.',
  monitoring: 'Maandelijks tellen we meldingen en vragen we inwoners om een cijfer.',
  userProblem: 'Inwoners weten niet waar ze een kapotte lantaarnpaal melden.',
  decisionMaker: 'Wethouder openbare ruimte',
  resultOwners: 'Hoofd klantcontact',
  reflectionRhythmWeeks: '4',
};

const theoryFields = {
  input: 'Twee ontwikkelaars en een budget van 40.000 euro.',
  activities: 'We bouwen een meldformulier en testen het met inwoners.',
  output: 'Een werkend meldformulier.',
  outcome: 'Meldingen komen via het formulier binnen in plaats van via de telefoon.',
  impact: 'Een schonere en veiligere wijk.',
  inputAssumption: 'Het team heeft tijd vrij.',
  activitiesAssumption: '',
  outputAssumption: 'Inwoners vinden het formulier.',
  outcomeAssumption: '',
};

describe('intake and theory of change', () => {
  let t: TestApp;
  let pilotId: number;
  let team: TestSession;
  let outsider: TestSession;

  before(async () => {
    t = await startTestApp();
    const lead = await createMember(t.context, { organisation: 'GM0599', name: 'Ilse Intake' });
    pilotId = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    team = await signIn(t.app, lead.email, lead.password);
    const other = await createMember(t.context, { organisation: 'GM0344', name: 'Otto Ander' });
    outsider = await signIn(t.app, other.email, other.password);
  });
  after(async () => t.close());

  it('prompts the team, and only the team, to start the intake on the pilot page', async () => {
    const page = await team.get(`/pilots/${pilotId}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Begin met de intake/);
    assert.match(page.body, new RegExp(`href="/pilots/${pilotId}/intake"`));
    const visitor = await anonymousSession(t.app);
    assert.doesNotMatch((await visitor.get(`/pilots/${pilotId}`)).body, /Begin met de intake/);
    assert.equal(await intakeService(t.context).forPilot(pilotId), null);
  });

  it('shows the intake form to the team but not to others', async () => {
    const form = await team.get(`/pilots/${pilotId}/intake`);
    assert.equal(form.statusCode, 200);
    assert.match(form.body, /name="learningGoals"/);
    assert.match(form.body, /name="reflectionRhythmWeeks"[^>]*value="6"|value="6"[^>]*name="reflectionRhythmWeeks"/);
    const other = await outsider.get(`/pilots/${pilotId}/intake`);
    assert.equal(other.statusCode, 200);
    assert.doesNotMatch(other.body, /name="learningGoals"/);
    assert.match(other.body, /nog geen intake/);
  });

  it('refuses an incomplete intake with 422 and keeps what was typed', async () => {
    const response = await team.post(`/pilots/${pilotId}/intake`, { ...intakeFields, learningGoals: '', reflectionRhythmWeeks: '40' });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /id="error-summary"/);
    assert.match(response.body, /Wethouder openbare ruimte/);
    assert.match(response.body, /Inwoners weten niet waar/);
    // The rhythm was filled in, only out of range: it says so, not "required".
    assert.match(response.body, /een aantal weken in van 1 tot en met 26/);
    assert.equal(await intakeService(t.context).forPilot(pilotId), null);
  });

  it('refuses intakes from outside the team and from anonymous visitors', async () => {
    assert.equal((await outsider.post(`/pilots/${pilotId}/intake`, intakeFields)).statusCode, 403);
    const visitor = await anonymousSession(t.app);
    assert.equal((await visitor.post(`/pilots/${pilotId}/intake`, intakeFields)).statusCode, 401);
    assert.equal(await intakeService(t.context).forPilot(pilotId), null);
  });

  it('saves the intake and shows the learning goals and rhythm on the pilot page', async () => {
    const response = await team.post(`/pilots/${pilotId}/intake`, intakeFields);
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, `/pilots/${pilotId}`);
    const intakes = intakeService(t.context);
    const intake = await intakes.forPilot(pilotId);
    assert.equal(intake?.learningGoals, intakeFields.learningGoals);
    assert.equal(intake?.scalingGoals, null);
    assert.equal(await intakes.reflectionRhythmWeeks(pilotId), 4);
    const page = await (await anonymousSession(t.app)).get(`/pilots/${pilotId}`);
    assert.match(page.body, /Werkt melden via de app beter dan bellen\?/);
    assert.match(page.body, /reflecteert elke 4 weken/);
    assert.doesNotMatch(page.body, /Begin met de intake/);
  });

  it('replaces the intake on a second save and tells which pilots have one', async () => {
    const response = await team.post(`/pilots/${pilotId}/intake`, { ...intakeFields, reflectionRhythmWeeks: '8' });
    assert.equal(response.statusCode, 303);
    const intakes = intakeService(t.context);
    assert.equal(await intakes.reflectionRhythmWeeks(pilotId), 8);
    const without = await buildPilot(t.context);
    assert.deepEqual([...(await intakes.hasIntake([pilotId, without]))], [pilotId]);
    assert.equal(await intakes.reflectionRhythmWeeks(without), null);
    assert.equal((await intakes.hasIntake([])).size, 0);
  });

  it('escapes what the team typed', async () => {
    await team.post(`/pilots/${pilotId}/intake`, { ...intakeFields, decisionMaker: '<script>alert(1)</script>' });
    const page = await team.get(`/pilots/${pilotId}/intake`);
    // Text is escaped (`<` as &lt;); inside the input's value attribute the quotes are what matter.
    assert.doesNotMatch(page.body, /<dd[^>]*><script>/);
    assert.match(page.body, /<dd[^>]*>&lt;script>alert\(1\)&lt;\/script><\/dd>/);
  });

  it('saves the theory of change as versions and keeps earlier ones readable', async () => {
    const invalid = await team.post(`/pilots/${pilotId}/theory-of-change`, { ...theoryFields, impact: '' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /Twee ontwikkelaars/);
    assert.equal((await outsider.post(`/pilots/${pilotId}/theory-of-change`, theoryFields)).statusCode, 403);

    const first = await team.post(`/pilots/${pilotId}/theory-of-change`, theoryFields);
    assert.equal(first.statusCode, 303);
    const second = await team.post(`/pilots/${pilotId}/theory-of-change`, { ...theoryFields, impact: 'Minder klachten over de wijk.' });
    assert.equal(second.statusCode, 303);

    const intakes = intakeService(t.context);
    assert.equal((await intakes.theory(pilotId))?.version, 2);
    assert.equal((await intakes.theory(pilotId, 1))?.impact, theoryFields.impact);
    assert.deepEqual((await intakes.theoryVersions(pilotId)).map((entry) => entry.version), [2, 1]);

    const visitor = await anonymousSession(t.app);
    const current = await visitor.get(`/pilots/${pilotId}/theory-of-change`);
    assert.equal(current.statusCode, 200);
    assert.match(current.body, /Minder klachten over de wijk\./);
    assert.match(current.body, /Inwoners vinden het formulier\./);
    assert.match(current.body, new RegExp(`href="/pilots/${pilotId}/theory-of-change\\?version=1"`));
    assert.doesNotMatch(current.body, /name="impact"/);
    const older = await visitor.get(`/pilots/${pilotId}/theory-of-change?version=1`);
    assert.match(older.body, /Een schonere en veiligere wijk\./);
    assert.equal((await visitor.get(`/pilots/${pilotId}/theory-of-change?version=9`)).statusCode, 404);

    const pilotPage = await visitor.get(`/pilots/${pilotId}`);
    assert.match(pilotPage.body, /Redeneerlijn naar verandering/);
    assert.match(pilotPage.body, /Minder klachten over de wijk\./);
  });

  it('gives every simultaneous save its own version, without a server error', async () => {
    const lead = await createMember(t.context, { organisation: 'GM0599', name: 'Tom Tegelijk' });
    const pilot = await pilotLedBy(t.context, await currentUserOf(t.context, lead));
    const session = await signIn(t.app, lead.email, lead.password);
    const impacts = ['Eerste', 'Tweede', 'Derde', 'Vierde'].map((word) => `${word} versie van de impact.`);
    const responses = await Promise.all(impacts.map((impact) => session.post(`/pilots/${pilot}/theory-of-change`, { ...theoryFields, impact })));
    assert.deepEqual(responses.map((response) => response.statusCode), [303, 303, 303, 303]);
    const intakes = intakeService(t.context);
    assert.deepEqual((await intakes.theoryVersions(pilot)).map((entry) => entry.version), [4, 3, 2, 1]);
    const saved = await Promise.all([1, 2, 3, 4].map(async (version) => (await intakes.theory(pilot, version))?.impact));
    assert.deepEqual([...saved].sort(), [...impacts].sort());
    // The same through the service, as the demo loader calls it.
    const direct = await Promise.all([intakes.recordTheory(pilot, theoryFields, null), intakes.recordTheory(pilot, theoryFields, null)]);
    assert.deepEqual(direct.map((result) => (result.ok ? result.version : 0)).sort(), [5, 6]);
  });

  it('answers 404 for unknown pilots and hides drafts from visitors', async () => {
    const visitor = await anonymousSession(t.app);
    assert.equal((await visitor.get('/pilots/999999/intake')).statusCode, 404);
    const draft = await buildPilot(t.context, { draft: true });
    assert.equal((await visitor.get(`/pilots/${draft}/intake`)).statusCode, 404);
    assert.equal((await visitor.get(`/pilots/${draft}/theory-of-change`)).statusCode, 404);
  });

  it('lets the demo loader record an intake without a signed-in actor, validated', async () => {
    const other = await buildPilot(t.context);
    const intakes = intakeService(t.context);
    assert.deepEqual(await intakes.record(other, { ...intakeFields, learningGoals: '' }, null), { ok: false, reason: 'invalid' });
    assert.deepEqual(await intakes.record(other, intakeFields, null), { ok: true });
    assert.deepEqual(await intakes.record(999999, intakeFields, null), { ok: false, reason: 'not_found' });
    assert.equal((await intakes.forPilot(other))?.decisionMaker, intakeFields.decisionMaker);
  });
});
