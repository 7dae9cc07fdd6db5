// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { adoptionsService } from '../../gates/adoptions.service.js';
import { closingService } from '../../gates/closing.service.js';
import { gatesService } from '../../gates/gates.service.js';
import { statsService } from '../../home/stats.service.js';
import { intakeService } from '../../intake/intake.service.js';
import { lessonClusters } from '../../lessons/lessons.schemas.js';
import { lessonsService } from '../../lessons/lessons.service.js';
import { pilotsService } from '../../pilots/pilots.service.js';
import { phases } from '../../pilots/pilots.tables.js';
import { runReflectionReminders } from '../../reflection/reflection.jobs.js';
import { barriersService } from '../../reflection/barriers.service.js';
import { reflectionService } from '../../reflection/reflection.service.js';
import { coachService } from '../../teams/coach.service.js';
import { teamService } from '../../teams/teams.service.js';
import { signIn } from '../../test-support/accounts.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { demoPilots, demoUsers } from '../content/index.js';
import { defaultDemoPassword } from '../demo-password.js';
import { seedDemoContentIfWanted } from '../demo-seed.js';
import { demoLearning } from './index.js';

describe('learning demo content', () => {
  let testApp: TestApp;
  /** Demo pilot id by content key. */
  const ids = new Map<string, number>();
  const content = new Map(demoPilots.map((pilot) => [pilot.key, pilot]));
  const learningKeys = demoLearning.map((entry) => entry.pilot);

  before(async () => {
    // The demo also stores documents: keep them out of the default ./data/documents.
    testApp = await startTestApp({ DEMO_DATA: '1', DOCUMENTS_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-demo-documents-')) });
    const summary = await seedDemoContentIfWanted(testApp.context, () => {});
    assert.ok(summary, 'the demo loads');
    const rows = await testApp.context.db.selectFrom('pilots').select(['id', 'externalId']).where('externalId', 'like', 'demo-%').execute();
    for (const row of rows) ids.set(row.externalId!.slice('demo-'.length), row.id);
  });
  after(async () => testApp.close());

  const idOf = (key: string) => {
    const id = ids.get(key);
    assert.ok(id, `demo pilot ${key} is loaded`);
    return id;
  };

  it('has, in every phase, pilots with an intake and a team with client, line manager, coach and tags', async () => {
    const team = teamService(testApp.context);
    const intake = intakeService(testApp.context);
    for (const phase of phases) {
      const keys = learningKeys.filter((key) => content.get(key)!.phase === phase);
      let complete = 0;
      for (const key of keys) {
        const [members, taken] = await Promise.all([team.membersOf(idOf(key)), intake.forPilot(idOf(key))]);
        if (taken && members.length >= 3 && members.some((member) => member.tags.length > 0)) complete += 1;
      }
      assert.ok(complete >= 1, `phase ${phase} has a pilot with intake and team`);
    }
    const roles = new Set<string>();
    const clientKinds = new Set<string>();
    for (const key of learningKeys) {
      for (const member of await team.membersOf(idOf(key))) {
        roles.add(member.role);
        if (member.clientKind) clientKinds.add(member.clientKind);
      }
    }
    assert.deepEqual([...roles].sort(), ['client', 'coach', 'core', 'lead', 'line_manager', 'shell', 'supporter']);
    assert.deepEqual([...clientKinds].sort(), ['decision_maker', 'delegate']);
    const versions = await Promise.all(learningKeys.map((key) => intake.theoryVersions(idOf(key))));
    assert.ok(versions.filter((list) => list.length >= 2).length >= 2, 'some theories of change have two versions');
    for (const list of versions.filter((entry) => entry.length >= 2)) assert.ok(list[0]!.createdAt > list[1]!.createdAt, 'versions are dated apart, newest first');
  });

  it('has at least three pilots with three or more paradox rounds by three or more raters, moving outward', async () => {
    const rows = await testApp.context.db
      .selectFrom('paradoxRatings')
      .innerJoin('paradoxRounds', 'paradoxRounds.id', 'paradoxRatings.roundId')
      .select(['paradoxRatings.pilotId', 'paradoxRounds.number', 'paradoxRatings.userId', 'paradoxRatings.distance', 'paradoxRatings.parties'])
      .execute();
    const rich = [...new Set(rows.map((row) => row.pilotId))].filter((pilotId) => {
      const rounds = new Set(rows.filter((row) => row.pilotId === pilotId).map((row) => row.number));
      return rounds.size >= 3 && [...rounds].every((number) => rows.filter((row) => row.pilotId === pilotId && row.number === number).length >= 3);
    });
    assert.ok(rich.length >= 3, `${rich.length} pilots with three rated rounds`);
    for (const pilotId of rich) {
      const mean = (number: number) => {
        const inRound = rows.filter((row) => row.pilotId === pilotId && row.number === number);
        return inRound.reduce((sum, row) => sum + row.distance + row.parties, 0) / inRound.length;
      };
      assert.ok(mean(3) > mean(1), `pilot ${pilotId} moved towards the external pole`);
    }
    const diverging = await import('../../paradox/paradox.service.js').then(({ paradoxService }) => paradoxService(testApp.context).diverging(rich));
    assert.ok(diverging.size >= 1, 'some latest rounds diverge by two points or more');
  });

  it('keeps gate histories in date order, ending in each pilot\'s current phase and status', async () => {
    const gates = gatesService(testApp.context);
    const decisions = new Set<string>();
    let withHistory = 0;
    for (const key of learningKeys) {
      const history = (await gates.history(idOf(key))).reverse();
      const pilot = await pilotsService(testApp.context).findById(idOf(key));
      assert.equal(pilot?.phase, content.get(key)!.phase, `${key} phase`);
      assert.equal(pilot?.status, content.get(key)!.status, `${key} status`);
      assert.equal(pilot?.statusReason ?? null, content.get(key)!.statusReason ?? null, `${key} status reason`);
      if (history.length === 0) continue;
      withHistory += 1;
      for (const [index, decision] of history.entries()) {
        decisions.add(decision.decision);
        assert.ok(decision.decidedAt > new Date(Date.now() - 2 * 366 * 86_400_000).toISOString(), 'within the past two years');
        if (index > 0) {
          assert.ok(decision.decidedAt > history[index - 1]!.decidedAt, `${key}: decisions in date order`);
          assert.equal(decision.fromPhase, history[index - 1]!.toPhase, `${key}: each gate starts where the last ended`);
        }
      }
      assert.equal(history.at(-1)!.toPhase, pilot?.phase, `${key}: the last gate ends in the current phase`);
    }
    assert.ok(withHistory >= 8);
    assert.deepEqual([...decisions].sort(), ['go', 'go_back', 'hold', 'no_go']);
  });

  it('has reflection sessions with carried-over and completed actions, and barrier checklists', async () => {
    const reflection = reflectionService(testApp.context);
    let pilotsWithSeveral = 0;
    let open = 0;
    let done = 0;
    for (const key of learningKeys) {
      const { sessions, total } = await reflection.history(idOf(key), { limit: 20, offset: 0 });
      if (total >= 3) pilotsWithSeveral += 1;
      done += sessions.reduce((sum, session) => sum + session.actionsClosed.length, 0);
      open += (await reflection.openActions(idOf(key))).length;
    }
    assert.ok(pilotsWithSeveral >= 4, `${pilotsWithSeveral} pilots with three or more sessions`);
    assert.ok(open >= 5 && done >= 5, `${open} open and ${done} done actions`);
    const barriers = barriersService(testApp.context);
    const checklists = await Promise.all(learningKeys.map((key) => barriers.checklist(idOf(key))));
    assert.ok(checklists.filter((list) => list.barriers.length >= 2 && list.helpful.length >= 1).length >= 5, 'barrier checklists with helpful strategies');
    assert.ok(checklists.filter((list) => list.risks.length >= 1).length >= 5, 'dark-side risk checks');
  });

  it('publishes lessons in every cluster, with worked and did-not-work', async () => {
    const lessons = lessonsService(testApp.context);
    for (const cluster of lessonClusters) {
      const found = await lessons.search({ cluster: [cluster] });
      assert.ok(found.total >= 1, `a published lesson in cluster ${cluster}`);
    }
    assert.ok((await lessons.search({ outcome: 'did_not_work' })).total >= 2);
    assert.ok((await lessons.search({ outcome: 'worked' })).total >= 4);
  });

  it('closes pilots with all three outcomes, with follow-through records', async () => {
    const closing = closingService(testApp.context);
    const outcomes = new Set<string>();
    for (const key of learningKeys) {
      const evaluation = await closing.evaluation(idOf(key));
      if (!evaluation) continue;
      outcomes.add(evaluation.outcome);
      assert.ok((await closing.followThrough(idOf(key))).length >= 1, `${key} records where its results went`);
    }
    assert.deepEqual([...outcomes].sort(), ['achieved', 'continued', 'stopped']);
  });

  it('records adoptions that count in the national statistics, some linked to the adopter\'s own pilot', async () => {
    const expected = demoLearning.reduce((sum, entry) => sum + (entry.adoptions?.length ?? 0), 0);
    assert.ok(expected >= 6);
    assert.equal(await adoptionsService(testApp.context).count(), expected);
    assert.equal((await statsService(testApp.context).national()).adoptions, expected);
    const { adoptedFrom } = await adoptionsService(testApp.context).forPilot(idOf('slim-laden-eindhoven'));
    assert.deepEqual(adoptedFrom.map((pilot) => pilot.id), [idOf('laadpalen-voorspelde-vraag-amsterdam')]);
  });

  it('adds nothing when the demo is loaded again', async () => {
    const before = await adoptionsService(testApp.context).count();
    assert.equal(await seedDemoContentIfWanted(testApp.context, () => {}), null);
    assert.equal(await adoptionsService(testApp.context).count(), before);
    assert.equal((await gatesService(testApp.context).history(idOf('laadpalen-voorspelde-vraag-amsterdam'))).length, 3);
  });

  it('sends reflection reminders for at most two pilots on a first start', async () => {
    const result = await runReflectionReminders(testApp.context);
    const mailed = new Set(testApp.outbox().map((mail) => /\/pilots\/(\d+)\/reflections/.exec(mail.replace(/=\r?\n/g, ''))?.[1]));
    assert.ok(result.due + result.overdue > 0, 'the demo shows one due and one overdue session');
    mailed.delete(undefined);
    assert.ok(mailed.size >= 1 && mailed.size <= 2, `reminders went to ${mailed.size} pilots`);
    assert.ok(testApp.outbox().length <= 15, `${testApp.outbox().length} reminder e-mails`);
  });

  it('gives the demo coach an overview with attention signals and notes', async () => {
    const coach = demoUsers.find((user) => user.key === 'lotte-vermeulen')!;
    const [row] = await testApp.context.db.selectFrom('users').select('id').where('email', '=', coach.email).execute();
    const overview = await coachService(testApp.context).overview(row!.id);
    assert.ok(overview.length >= 3);
    const signals = new Set(overview.flatMap((entry) => entry.attention));
    for (const kind of ['no_line_manager', 'ratings_diverging', 'reflection_overdue'] as const) assert.ok(signals.has(kind), `coach sees ${kind}: ${[...signals].join(', ')}`);
    assert.ok((await coachService(testApp.context).notesOf(idOf('vroegsignalering-schulden-rotterdam'))).length >= 2);
  });

  it('renders the learning pages of a rich pilot in Dutch and English', async () => {
    const lead = demoUsers.find((user) => user.key === 'ingrid-van-der-meer')!;
    const session = await signIn(testApp.app, lead.email, defaultDemoPassword);
    const id = idOf('vroegsignalering-schulden-rotterdam');
    const pages = ['', '/team', '/intake', '/theory-of-change', '/gates', '/reflections', '/paradox', '/barriers', '/lessons'];
    for (const language of ['nl', 'en']) {
      for (const page of pages) {
        const response = await session.get(`/pilots/${id}${page}`, { 'accept-language': language });
        assert.equal(response.statusCode, 200, `${language} /pilots/${id}${page}`);
        assert.match(response.body, new RegExp(`<html[^>]*lang="${language}"`), `${language} ${page}`);
      }
    }
    const paradox = await session.get(`/pilots/${id}/paradox`);
    assert.match(paradox.body, /<svg/);
    assert.match(paradox.body, /Ingrid van der Meer/, 'an opted-in rater is named');
    for (const entry of demoLearning) {
      const key = entry.pilot;
      const teamLead = demoUsers.find((user) => user.key === entry.team[0]!.user)!;
      const member = await signIn(testApp.app, teamLead.email, defaultDemoPassword);
      for (const page of ['', '/team', '/gates', '/reflections', '/paradox', '/closing', '/lessons']) {
        const response = await member.get(`/pilots/${idOf(key)}${page}`);
        assert.equal(response.statusCode, 200, `/pilots/${idOf(key)}${page} (${key})`);
      }
    }
    const gates = await session.get(`/pilots/${id}/gates`);
    assert.match(gates.body, /Eerst formatie en eigenaarschap bij de wijkteams regelen/);
  });
});
