// SPDX-License-Identifier: EUPL-1.2
import type { Participant } from '../participation/participation.service.js';
import type { PilotDetail, PilotSummary, PilotOrganisation } from '../pilots/pilots.service.js';
import type { SimilarPilot } from '../matching/matching.service.js';
import type { ApiPilot, PilotListItem } from './api.schemas.js';
import type { ApiAdoption, ApiGateDecision, ApiParadoxRound, ApiPilotIntake, ApiPilotLesson } from './learning.schemas.js';

/** The learning blocks of a pilot, already presented (learning.presenter.ts). */
export interface PilotLearning {
  gates: ApiGateDecision[];
  intake: ApiPilotIntake | null;
  paradox: ApiParadoxRound | null;
  lessons: ApiPilotLesson[];
  adoptions: ApiAdoption[];
}

/** The public page of a pilot, as an absolute URL. */
export const pilotPageUrl = (baseUrl: string, id: number) => `${baseUrl}/pilots/${id}`;

const organisationRef = (organisation: PilotOrganisation) => ({
  id: organisation.id,
  name: organisation.name,
  slug: organisation.slug,
  type: organisation.type,
});

/** A pilot in a list: explicit fields only, never the row. */
export function presentPilotListItem(pilot: PilotSummary, baseUrl: string): PilotListItem {
  return {
    id: pilot.id,
    title: pilot.title,
    summary: pilot.summary,
    phase: pilot.phase,
    status: pilot.status,
    themes: pilot.themes,
    initiator: organisationRef(pilot.initiator),
    counts: { participants: pilot.participantCount, municipalities: pilot.municipalityCount, followers: pilot.followerCount },
    externalId: pilot.externalId,
    url: pilotPageUrl(baseUrl, pilot.id),
    publishedAt: pilot.publishedAt,
  };
}

/**
 * One pilot with everything public about it. The contact's e-mail address is shown to authenticated clients
 * only, as on the pilot page, so the open API cannot be harvested for addresses. Moderation details never show.
 */
export function presentPilot(
  pilot: PilotDetail,
  participants: readonly Participant[],
  learning: PilotLearning,
  options: { baseUrl: string; authenticated: boolean },
): ApiPilot {
  return {
    id: pilot.id,
    url: pilotPageUrl(options.baseUrl, pilot.id),
    title: pilot.title,
    summary: pilot.summary,
    what: pilot.what,
    goal: pilot.goal,
    deliverables: pilot.deliverables,
    approach: pilot.approach,
    milestones: pilot.milestones,
    phase: pilot.phase,
    status: pilot.status,
    statusReason: pilot.statusReason,
    purpose: pilot.purpose,
    innovationObject: pilot.innovationObject,
    degree: pilot.degree,
    level: pilot.level,
    themes: pilot.themes,
    tags: pilot.tags,
    initiator: organisationRef(pilot.initiator),
    participants: participants.map((participant) => ({
      id: participant.id,
      name: participant.name,
      slug: participant.slug,
      type: participant.type,
      joinedAt: participant.joinedAt,
    })),
    counts: { participants: pilot.participantCount, municipalities: pilot.municipalityCount, followers: pilot.followerCount },
    contact: options.authenticated && pilot.contactEmail ? { name: pilot.contactName, email: pilot.contactEmail } : { name: pilot.contactName },
    startDate: pilot.startDate,
    plannedEndDate: pilot.plannedEndDate,
    links: pilot.links.map((entry) => ({ label: entry.label, url: entry.url })),
    externalId: pilot.externalId,
    published: pilot.state === 'published',
    publishedAt: pilot.publishedAt,
    updatedAt: pilot.updatedAt,
    gates: learning.gates,
    intake: learning.intake,
    paradox: learning.paradox,
    lessons: learning.lessons,
    adoptions: learning.adoptions,
  };
}

/** A similar pilot with the reasons it was suggested. */
export function presentSimilarPilot(similar: SimilarPilot) {
  return {
    id: similar.id,
    title: similar.title,
    score: Math.round(similar.score * 1000) / 1000,
    reasons: similar.reasons.map((reason) => ({ type: reason.type, values: [...reason.values] })),
  };
}
