// SPDX-License-Identifier: EUPL-1.2
import { adoptionsService } from '../../gates/adoptions.service.js';
import { closingService } from '../../gates/closing.service.js';
import { gatesService } from '../../gates/gates.service.js';
import { intakeService } from '../../intake/intake.service.js';
import { lessonsService } from '../../lessons/lessons.service.js';
import { dimensions, type Scores } from '../../paradox/paradox.dimensions.js';
import { paradoxService } from '../../paradox/paradox.service.js';
import { pilotsService } from '../../pilots/pilots.service.js';
import type { Phase, Status } from '../../pilots/pilots.tables.js';
import type { CurrentUser } from '../../platform/current-user.js';
import type { AppContext } from '../../platform/module.js';
import { barriersService } from '../../reflection/barriers.service.js';
import { teamService } from '../../teams/teams.service.js';
import { coachService } from '../../teams/coach.service.js';
import type { DemoPilot } from '../content/index.js';
import { demoLearning } from './index.js';
import { learningDatesRepository } from './learning-dates.repository.js';
import { loadReflections } from './load-reflections.js';
import type { DemoLearning, DemoScores } from './types.js';

const dayMs = 24 * 60 * 60 * 1000;

/** What the loader needs from the pilot and member loading that ran before it. */
export interface LearningDemoIds {
  /** Ids of the demo pilots inserted in this run, by content key (pilots loaded earlier are left alone). */
  pilots: ReadonlyMap<string, number>;
  /** Demo pilots by key, for their current phase, status and status reason. */
  content: ReadonlyMap<string, DemoPilot>;
  /** Signed-in stand-ins for demo members (services that act for a person take a CurrentUser). */
  actor(userKey: string): CurrentUser;
}

export interface LearningSummary {
  pilots: number;
  gateDecisions: number;
  sessions: number;
  paradoxRatings: number;
  lessons: number;
  adoptions: number;
}

/** The phase and status a demo pilot with a gate history is inserted with, before its gates are replayed. */
export function learningStartState(pilotKey: string): { phase: Phase; status: Status; statusReason: null } | undefined {
  const learning = demoLearning.find((entry) => entry.pilot === pilotKey);
  if (!learning || (!learning.gates?.length && !learning.closing)) return undefined;
  return { phase: learning.startPhase ?? 'idea', status: 'running', statusReason: null };
}

const asScores = (values: DemoScores): Scores => Object.fromEntries(dimensions.map((dimension, index) => [dimension, values[index]!])) as Scores;

function fail(pilotKey: string, what: string, result: unknown): never {
  throw new Error(`Demo learning content for ${pilotKey}: ${what} failed (${JSON.stringify(result)})`);
}

/**
 * Fills the learning instruments of the demo pilots inserted in this run, through each module's service so
 * their rules and derived data (phase and status after gates, reflection schedule, lesson search terms) hold.
 * Throws when the content contradicts a pilot (e.g. gates that do not end in its current phase).
 */
export async function loadLearningDemo(context: AppContext, ids: LearningDemoIds, now: number = Date.now()): Promise<LearningSummary> {
  const summary: LearningSummary = { pilots: 0, gateDecisions: 0, sessions: 0, paradoxRatings: 0, lessons: 0, adoptions: 0 };
  const dates = learningDatesRepository(context.db);
  const backdates: ((trx: Parameters<Parameters<typeof dates.transaction>[0]>[0]) => Promise<void>)[] = [];
  const at = (daysAgo: number) => new Date(now - daysAgo * dayMs).toISOString();

  for (const learning of demoLearning) {
    const pilotId = ids.pilots.get(learning.pilot);
    const pilot = ids.content.get(learning.pilot);
    if (pilotId === undefined || !pilot) continue;
    summary.pilots += 1;
    await loadTeam(context, pilotId, learning, ids);
    const decider = ids.actor((learning.team.find((member) => member.clientKind === 'decision_maker') ?? learning.team[0]!).user);
    const lead = ids.actor(learning.team[0]!.user);

    const intake = intakeService(context);
    if (learning.intake) {
      const { daysAgo, ...input } = learning.intake;
      const result = await intake.record(pilotId, input, null);
      if (!result.ok) fail(learning.pilot, 'intake', result);
      backdates.push((trx) => dates.intake(pilotId, at(daysAgo), trx));
    }
    for (const { daysAgo, ...input } of learning.theories ?? []) {
      const result = await intake.recordTheory(pilotId, input, null);
      if (!result.ok || result.version === undefined) fail(learning.pilot, 'theory of change', result);
      const version = result.version;
      backdates.push((trx) => dates.theoryVersion(pilotId, version, at(daysAgo), trx));
    }

    for (const gate of learning.gates ?? []) {
      const input = {
        decision: gate.decision,
        publicValueScore: gate.publicValue[0], publicValueNote: gate.publicValue[1],
        useValueScore: gate.useValue[0], useValueNote: gate.useValue[1],
        technicalApproachScore: gate.technicalApproach[0], technicalApproachNote: gate.technicalApproach[1],
        costScore: gate.cost[0], costNote: gate.cost[1],
        reason: gate.reason ?? pilot.statusReason ?? '',
      };
      const result = await gatesService(context).recordDecision(pilotId, input, decider, { decidedAt: at(gate.daysAgo) });
      if (!result.ok) fail(learning.pilot, `gate ${gate.decision}`, result);
      summary.gateDecisions += 1;
    }

    if (learning.closing) {
      const { daysAgo, followThrough, stopReason, ...input } = learning.closing;
      const closing = closingService(context);
      const result = await closing.recordClosing(pilotId, { ...input, stopReason: input.outcome === 'stopped' ? (stopReason ?? pilot.statusReason ?? null) : null }, decider, { closedAt: at(daysAgo) });
      if (!result.ok) fail(learning.pilot, 'closing', result);
      for (const record of followThrough) {
        const saved = await closing.recordFollowThrough(pilotId, record, lead);
        if (!saved.ok) fail(learning.pilot, 'follow-through', saved);
        backdates.push((trx) => dates.followThrough(saved.id, at(daysAgo - 1), trx));
      }
    }

    summary.sessions += await loadReflections(context, pilotId, learning, now);

    if (learning.barriers) {
      const { barriers, helpful, risks } = learning.barriers;
      const result = await barriersService(context).saveChecklist(pilotId, { barriers, risks, helpful: helpful.map(([barrier, strategy]) => ({ barrier, strategy })) }, null);
      if (!result.ok) fail(learning.pilot, 'barriers', result);
    }

    summary.paradoxRatings += await loadParadox(context, pilotId, learning, ids, at);

    const lessons = lessonsService(context);
    for (const entry of learning.log ?? []) {
      const { daysAgo: _daysAgo, ...input } = entry;
      const result = await lessons.recordLogEntry(pilotId, input, null);
      if (!result.ok) fail(learning.pilot, 'log entry', result);
    }
    if (learning.log?.length) {
      const logDates = learning.log.map((entry) => at(entry.daysAgo));
      backdates.push((trx) => dates.logEntries(pilotId, logDates, trx));
    }
    for (const { daysAgo, published, ...input } of learning.lessons ?? []) {
      const result = await lessons.recordLesson(pilotId, { ...input, publish: published }, null);
      if (!result.ok) fail(learning.pilot, 'lesson', result);
      summary.lessons += 1;
      backdates.push((trx) => dates.lesson(result.id, at(daysAgo), published, trx));
    }

    for (const note of learning.coachNotes ?? []) {
      const result = await coachService(context).addNote(pilotId, ids.actor(note.coach).id, note.body, { createdAt: at(note.daysAgo) });
      if (!result.ok) fail(learning.pilot, 'coach note', result);
    }
    await checkLifecycle(context, pilotId, pilot);
  }

  // Adoptions last: a linked adopter pilot must exist and have its team.
  for (const learning of demoLearning) {
    const pilotId = ids.pilots.get(learning.pilot);
    if (pilotId === undefined) continue;
    for (const adoption of learning.adoptions ?? []) {
      const adopterPilotId = adoption.adopterPilot ? ids.pilots.get(adoption.adopterPilot) : undefined;
      const result = await adoptionsService(context).record(pilotId, { note: adoption.note, adopterPilotId }, ids.actor(adoption.user), { createdAt: at(adoption.daysAgo) });
      if (!result.ok) fail(learning.pilot, 'adoption', result);
      summary.adoptions += 1;
    }
  }
  await dates.transaction(async (trx) => {
    for (const backdate of backdates) await backdate(trx);
  });
  return summary;
}

/** Puts the members on the team (the lead is already there from the pilot insert) and sets everyone's tags. */
async function loadTeam(context: AppContext, pilotId: number, learning: DemoLearning, ids: LearningDemoIds): Promise<void> {
  const team = teamService(context);
  for (const member of learning.team) {
    const userId = ids.actor(member.user).id;
    if (member.role !== 'lead') {
      const result = await team.addMember(pilotId, userId, { role: member.role, clientKind: member.clientKind ?? null }, null);
      if (!result.ok) fail(learning.pilot, `team member ${member.user}`, result);
    }
    if (member.tags.length) {
      const result = await team.setTags(pilotId, userId, member.tags);
      if (!result.ok) fail(learning.pilot, `tags of ${member.user}`, result);
    }
  }
}

/** Opens each round at its date and records every rater's scores a few days later. */
async function loadParadox(context: AppContext, pilotId: number, learning: DemoLearning, ids: LearningDemoIds, at: (daysAgo: number) => string): Promise<number> {
  const paradox = paradoxService(context);
  const shown = new Set(learning.showNames ?? []);
  let ratings = 0;
  for (const round of learning.paradox ?? []) {
    const raters = Object.entries(round.ratings);
    const opened = await paradox.openRound(pilotId, ids.actor(raters[0]![0]).id, { at: at(round.daysAgo) });
    if (!opened.ok) fail(learning.pilot, 'paradox round', opened);
    for (const [index, [userKey, scores]] of raters.entries()) {
      const result = await paradox.recordRating(pilotId, ids.actor(userKey).id, asScores(scores), shown.has(userKey), { at: at(Math.max(0, round.daysAgo - index)) });
      if (!result.ok) fail(learning.pilot, `paradox rating of ${userKey}`, result);
      ratings += 1;
    }
  }
  return ratings;
}

/** The replayed gates and closing must leave the pilot exactly where its content says it is. */
async function checkLifecycle(context: AppContext, pilotId: number, pilot: DemoPilot): Promise<void> {
  const history = await gatesService(context).history(pilotId);
  const closing = await closingService(context).evaluation(pilotId);
  if (history.length === 0 && !closing) return;
  const stored = await pilotsService(context).findById(pilotId);
  if (!stored || stored.phase !== pilot.phase || stored.status !== pilot.status) {
    throw new Error(`Demo learning content for ${pilot.key} ends in ${stored?.phase}/${stored?.status}, the pilot says ${pilot.phase}/${pilot.status}`);
  }
}
