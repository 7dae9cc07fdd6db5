// SPDX-License-Identifier: EUPL-1.2
import type { BulkFollow, BulkParticipation } from '../participation/participation.bulk.js';
import type { BulkPilot } from '../pilots/pilots.bulk.js';
import { oneMonthAfter } from '../pilots/pilot-registration.js';
import { pilotSearchTerms } from '../pilots/pilots-search-terms.js';
import type { InnovationArea, Theme } from '../pilots/pilots.tables.js';
import { slugify } from '../platform/text.js';
import type { DemoPilot } from './content/index.js';
import type { Random } from './synthetic/random.js';

const dayMs = 24 * 60 * 60 * 1000;
const twoYearsMs = 2 * 365 * dayMs;
const isMunicipalityRef = (ref: string) => /^GM\d{4}$/.test(ref);

/** The external id that marks a demo pilot, so loading the demo twice adds nothing the second time. */
export const demoExternalId = (pilot: DemoPilot) => `demo-${pilot.key}`;

export interface DemoIds {
  organisation(ref: string): { id: number; municipal: boolean };
  user(key: string): { id: string; organisationId: number } | undefined;
}

export interface PreparedDemoPilot {
  pilot: BulkPilot;
  participations: Omit<BulkParticipation, 'pilotId'>[];
  follows: Omit<BulkFollow, 'pilotId'>[];
}

const areaForTheme = (theme: Theme): InnovationArea =>
  theme === 'operations' ? 'operations' : theme === 'data_technology' || theme === 'democracy' ? 'information_provision' : 'service_delivery';

/**
 * When a demo pilot was registered: spread over the last two years, before its start date when that lies in the
 * past. A pilot still looking for its first municipality is recent, so its one-month deadline has not passed.
 */
function registeredAt(pilot: DemoPilot, random: Random, now: number, waitsForMunicipality: boolean): number {
  if (waitsForMunicipality) return now - random.int(3, 20) * dayMs;
  const start = Date.parse(`${pilot.startDate}T09:00:00Z`);
  const beforeStart = start - random.int(20, 90) * dayMs;
  if (beforeStart < now - 7 * dayMs) return Math.max(now - twoYearsMs, beforeStart);
  return now - random.int(7, 200) * dayMs;
}

/** One demo pilot as rows: the pilot with its team, participations and follows, with plausible dates and counts. */
export function prepareDemoPilot(pilot: DemoPilot, ids: DemoIds, random: Random, now: number): PreparedDemoPilot {
  const initiator = ids.organisation(pilot.initiator);
  const lead = ids.user(pilot.initiatorUser);
  const municipalParticipants = pilot.participants.filter(isMunicipalityRef).length;
  const waitsForMunicipality = pilot.published && !initiator.municipal && municipalParticipants === 0;
  const createdMs = registeredAt(pilot, random, now, waitsForMunicipality);
  const publishedMs = createdMs + random.int(0, 6) * dayMs;
  const iso = (ms: number) => new Date(Math.min(ms, now)).toISOString();
  const between = () => iso(publishedMs + random.next() * (now - publishedMs));
  const text = { title: pilot.title, summary: pilot.summary, what: pilot.what, goal: pilot.goal, deliverables: pilot.deliverables, approach: pilot.approach, milestones: pilot.milestones };

  const participations = pilot.published
    ? pilot.participants.map((ref) => {
        const organisation = ids.organisation(ref);
        return { organisationId: organisation.id, joinedByUserId: null, createdAt: between() };
      })
    : [];
  const follows = pilot.published
    ? pilot.followers.flatMap((key) => {
        const user = ids.user(key);
        return user ? [{ userId: user.id, organisationId: user.organisationId, createdAt: between() }] : [];
      })
    : [];
  return {
    participations,
    follows,
    pilot: {
      row: {
        slug: slugify(pilot.title),
        state: pilot.published ? 'published' : 'draft',
        ...text,
        phase: pilot.phase,
        status: pilot.status,
        statusReason: pilot.statusReason ?? null,
        purpose: pilot.purpose ?? null,
        innovationObject: pilot.object ?? null,
        degree: pilot.degree ?? null,
        level: pilot.level ?? null,
        initiatorOrganisationId: initiator.id,
        createdByUserId: lead?.id ?? null,
        contactName: pilot.contactName,
        contactEmail: pilot.contactEmail,
        startDate: pilot.startDate,
        plannedEndDate: pilot.plannedEndDate ?? null,
        externalId: demoExternalId(pilot),
        publishedAt: pilot.published ? iso(publishedMs) : null,
        municipalityDeadline: waitsForMunicipality ? oneMonthAfter(iso(publishedMs)) : null,
        innovationAreas: [...new Set(pilot.themes.map(areaForTheme))].join(','),
        confirmsInDevelopment: 1,
        confirmsNotCommercial: 1,
        participantCount: participations.length,
        municipalityCount: (pilot.published ? municipalParticipants : 0) + (initiator.municipal ? 1 : 0),
        followerCount: follows.length,
        searchTerms: pilotSearchTerms({ ...text, tags: pilot.tags }),
        createdAt: iso(createdMs),
        updatedAt: iso(publishedMs + random.int(0, 30) * dayMs),
      },
      themes: pilot.themes,
      tags: pilot.tags,
      links: pilot.links,
      team: lead ? [{ userId: lead.id, role: 'lead', createdAt: iso(createdMs) }] : [],
    },
  };
}
