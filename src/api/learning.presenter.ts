// SPDX-License-Identifier: EUPL-1.2
import type { GateDecisionRecord } from '../gates/gates.service.js';
import type { adoptionsService } from '../gates/adoptions.service.js';
import type { Intake } from '../intake/intake.service.js';
import type { Lesson, ListedLesson } from '../lessons/lessons.service.js';
import type { ParadoxOverview } from '../paradox/paradox.service.js';
import type { Phase } from '../pilots/pilots.tables.js';
import type { ApiAdoption, ApiGateDecision, ApiParadoxRound, ApiPilotIntake, ApiPilotLesson } from './learning.schemas.js';
import type { ApiLessonListItem } from './lessons-api.schemas.js';

type AdoptionRow = Awaited<ReturnType<ReturnType<typeof adoptionsService>['forPilot']>>['adoptions'][number];

/** A gate decision without who took it (a person's name is not open data). */
export function presentGateDecision(record: GateDecisionRecord): ApiGateDecision {
  const indicator = (name: keyof GateDecisionRecord['indicators']) => ({ score: record.indicators[name].score, note: record.indicators[name].note });
  return {
    decision: record.decision,
    fromPhase: record.fromPhase,
    toPhase: record.toPhase,
    indicators: { publicValue: indicator('publicValue'), useValue: indicator('useValue'), technicalApproach: indicator('technicalApproach'), cost: indicator('cost') },
    reason: record.reason,
    decidedAt: record.decidedAt,
  };
}

/** The intake's goals and rhythm; who decides and who owns the results (names, often) stay on the page. */
export function presentIntake(intake: Intake): ApiPilotIntake {
  return { learningGoals: intake.learningGoals, scalingGoals: intake.scalingGoals, reflectionRhythmWeeks: intake.reflectionRhythmWeeks, updatedAt: intake.updatedAt };
}

/** The latest round that has ratings: its number, how many rated, and the means. Never who rated what. */
export function presentParadox(overview: ParadoxOverview): ApiParadoxRound | null {
  const round = [overview.current, overview.previous].find((view) => view?.means);
  if (!round?.means) return null;
  const { distance, parties, policy, scope, resources, ownership, leadership } = round.means;
  return { round: round.number, raters: round.ratings.length, means: { distance, parties, policy, scope, resources, ownership, leadership } };
}

/** A published lesson of a pilot. */
export function presentPilotLesson(lesson: Lesson): ApiPilotLesson {
  return {
    id: lesson.id,
    title: lesson.title,
    text: lesson.body,
    cluster: lesson.cluster,
    phase: lesson.phase as Phase,
    outcome: lesson.outcome,
    publishedAt: lesson.publishedAt ?? lesson.createdAt,
  };
}

/** A lesson in the platform-wide list, with its pilot. */
export function presentLessonListItem(lesson: ListedLesson, baseUrl: string): ApiLessonListItem {
  return {
    ...presentPilotLesson(lesson),
    pilot: { id: lesson.pilotId, title: lesson.pilotTitle, _links: { self: { href: `${baseUrl}/api/v1/pilots/${lesson.pilotId}` } } },
  };
}

/** An adoption: the organisation, its own pilot if linked, and when. The adopter's note stays on the page. */
export function presentAdoption(adoption: AdoptionRow): ApiAdoption {
  return {
    organisation: { id: adoption.organisationId, name: adoption.organisationName, slug: adoption.organisationSlug },
    pilotId: adoption.adopterPilotId,
    adoptedAt: adoption.createdAt,
  };
}
