// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { auditService } from '../moderation/audit.service.js';
import { scalingService } from './scaling.service.js';

const analysis = {
  reachMunicipalities: '120',
  reach: 'Alle middelgrote gemeenten met ondergrondse containers.',
  expectedValue: 'Een kwart minder ophaalritten & schonere straten.',
  costs: 'Sensoren kosten 80 euro per container plus een licentie.',
  prerequisites: 'Containers met stroom of een batterij, en een planningssysteem.',
  standardsFit: 'partly',
  standardsExplanation: 'De data gaat via een API volgens Common Ground; de opslag nog niet.',
  recommendation: 'regional',
  recommendationArgument: 'Eerst in één regio met gelijke inzamelcontracten bewijzen.',
};

describe('scaling candidates and impact analyses', () => {
  let t: TestApp;
  let pilotId: number;
  let hiddenPilotId: number;
  let moderator: TestSession;
  let member: TestSession;
  let visitor: TestSession;

  before(async () => {
    t = await startTestApp();
    pilotId = await buildPilot(t.context, { title: 'Slimme containers in de wijk', participants: ['GM0599', 'GM0344'] });
    hiddenPilotId = await buildPilot(t.context, { title: 'Verborgen kandidaat', hidden: true });
    const mod = await createMember(t.context, { organisation: 'GM0363', role: 'moderator', name: 'Mona Moderator' });
    moderator = await signIn(t.app, mod.email, mod.password);
    const plain = await createMember(t.context, { organisation: 'GM0599' });
    member = await signIn(t.app, plain.email, plain.password);
    visitor = await anonymousSession(t.app);
  });
  after(async () => t.close());

  it('lets only moderators manage candidacy and analyses', async () => {
    const page = await visitor.get(`/pilots/${pilotId}/scaling`);
    assert.equal(page.statusCode, 303);
    assert.match(String(page.headers.location), /^\/sign-in\?return=/);
    assert.equal((await member.get(`/pilots/${pilotId}/scaling`)).statusCode, 403);
    assert.equal((await member.post(`/pilots/${pilotId}/scaling/candidate`, {})).statusCode, 403);
    assert.equal((await visitor.post(`/pilots/${pilotId}/scaling/candidate`, {})).statusCode, 401);
    assert.equal((await member.post(`/pilots/${pilotId}/scaling/analysis`, analysis)).statusCode, 403);
    assert.equal((await moderator.get('/pilots/999999/scaling')).statusCode, 404);
    assert.deepEqual(await scalingService(t.context).candidateIds(), []);
  });

  it('marks a candidate, shows it publicly as awaiting its analysis, and records the analysis', async () => {
    assert.equal((await moderator.post(`/pilots/${pilotId}/scaling/candidate`, {})).statusCode, 303);
    assert.deepEqual(await scalingService(t.context).candidateIds(), [pilotId]);
    const list = await visitor.get('/scaling');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Slimme containers in de wijk/);
    assert.match(list.body, /Nog niet vastgelegd/);
    assert.match((await visitor.get(`/pilots/${pilotId}`)).body, /De impactanalyse wordt nog gemaakt/);

    const invalid = await moderator.post(`/pilots/${pilotId}/scaling/analysis`, { ...analysis, recommendation: '', reachMunicipalities: 'veel' });
    assert.equal(invalid.statusCode, 422);
    assert.match(invalid.body, /id="error-summary"/);
    assert.match(invalid.body, /Een kwart minder ophaalritten &amp; schonere straten\./);
    assert.match(invalid.body, /value="veel"/);
    assert.equal((await scalingService(t.context).forPilot(pilotId))?.analysis, null);

    const saved = await moderator.post(`/pilots/${pilotId}/scaling/analysis`, analysis);
    assert.equal(saved.statusCode, 303);
    const candidate = await scalingService(t.context).forPilot(pilotId);
    assert.equal(candidate?.analysis?.reachMunicipalities, 120);
    assert.equal(candidate?.analysis?.recommendation, 'regional');
    assert.equal(candidate?.analysis?.recordedByName, 'Mona Moderator');
    const pilotPage = await visitor.get(`/pilots/${pilotId}`);
    assert.match(pilotPage.body, /Regionaal opschalen/);
    assert.match(pilotPage.body, /Eerst in één regio met gelijke inzamelcontracten bewijzen\./);
    assert.match(pilotPage.body, /Gedeeltelijk/);
    assert.doesNotMatch(pilotPage.body, /Opschaling beheren/);
    assert.match((await moderator.get(`/pilots/${pilotId}`)).body, /Opschaling beheren/);
    assert.match((await visitor.get('/scaling')).body, /Vastgelegd \(versie 1\)/);
  });

  it('keeps every version of the analysis, and an audit trail', async () => {
    assert.equal((await moderator.post(`/pilots/${pilotId}/scaling/analysis`, { ...analysis, recommendation: 'national', reachMunicipalities: '300' })).statusCode, 303);
    const history = await scalingService(t.context).history(pilotId);
    assert.deepEqual(history.map((version) => [version.version, version.recommendation, version.reachMunicipalities]), [[2, 'national', 300], [1, 'regional', 120]]);
    const page = await moderator.get(`/pilots/${pilotId}/scaling`);
    assert.match(page.body, /Landelijk opschalen/);
    assert.match(page.body, /Regionaal opschalen/);
    // The form starts from the current version.
    assert.match(page.body, /value="300"/);
    const audit = await auditService(t.context).list({ page: 1 }, { subjectType: 'pilot', subjectId: String(pilotId) });
    assert.deepEqual(audit.items.map((entry) => entry.action).sort(), ['scaling.analysis', 'scaling.analysis', 'scaling.mark']);
  });

  it('leaves hidden pilots out of the public list, and forgets the candidacy but not the history on unmarking', async () => {
    assert.equal((await moderator.post(`/pilots/${hiddenPilotId}/scaling/candidate`, {})).statusCode, 303);
    assert.ok((await scalingService(t.context).candidateIds()).includes(hiddenPilotId));
    assert.doesNotMatch((await visitor.get('/scaling')).body, /Verborgen kandidaat/);
    assert.equal((await moderator.post(`/pilots/${pilotId}/scaling/candidate/remove`, {})).statusCode, 303);
    assert.equal(await scalingService(t.context).forPilot(pilotId), undefined);
    assert.doesNotMatch((await visitor.get('/scaling')).body, /Slimme containers in de wijk/);
    assert.equal((await scalingService(t.context).history(pilotId)).length, 2);
    assert.equal((await moderator.post(`/pilots/${pilotId}/scaling/candidate`, {})).statusCode, 303);
    assert.equal((await moderator.post(`/pilots/${pilotId}/scaling/analysis`, analysis)).statusCode, 303);
    assert.equal((await scalingService(t.context).forPilot(pilotId))?.analysis?.version, 3);
  });

  it('speaks English too', async () => {
    const english = await t.app.inject({ method: 'GET', url: '/scaling', headers: { cookie: 'lang=en' } });
    assert.match(english.body, /Scaling candidates/);
  });
});
