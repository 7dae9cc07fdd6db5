// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../../organisations/organisations.tables.js';
import type { BulkPilot } from '../../pilots/pilots.bulk.js';
import type { InnovationArea, Phase, Status, Theme } from '../../pilots/pilots.tables.js';
import { pilotSearchTerms } from '../../pilots/pilots-search-terms.js';
import { slugify } from '../../platform/text.js';
import type { Random } from './random.js';
import { composePilotText } from './texts.js';
import { statusReasons } from './phrases.js';

export interface SyntheticOrganisation {
  id: number;
  name: string;
  type: OrganisationType;
}

export interface SyntheticMember {
  id: string;
  organisationId: number | null;
}

/** Everything the pilot generator draws from. */
export interface SyntheticWorld {
  municipalities: readonly SyntheticOrganisation[];
  municipalityIds: ReadonlySet<number>;
  others: readonly SyntheticOrganisation[];
  members: readonly SyntheticMember[];
  membersByOrganisation: ReadonlyMap<number, readonly SyntheticMember[]>;
  now: number;
}

/** A generated pilot with the participations and follows that go with it (ids of the pilot filled in later). */
export interface SyntheticPilot {
  pilot: BulkPilot;
  participants: { organisationId: number; createdAt: string }[];
  followers: { userId: string; organisationId: number | null; createdAt: string }[];
}

const phaseWeights: Record<Phase, number> = { idea: 30, development: 35, implementation: 24, scaling: 11 };
const statusWeights: Record<Status, number> = { running: 70, on_hold: 8, stopped: 10, completed: 12 };
const dayMs = 24 * 60 * 60 * 1000;
const threeYearsMs = 3 * 365 * dayMs;

const areaForTheme = (theme: Theme): InnovationArea =>
  theme === 'operations' ? 'operations' : theme === 'data_technology' || theme === 'democracy' ? 'information_provision' : 'service_delivery';

const iso = (ms: number) => new Date(ms).toISOString();

/** A time between `from` and the world's "now". */
const between = (random: Random, from: number, now: number) => iso(from + random.next() * Math.max(0, now - from));

/**
 * One synthetic pilot. `texts` drives only the texts (so the same seed gives the same titles whatever the other
 * options), `random` the structure: initiator, dates, phase, status, participants and followers.
 */
export function generatePilot(texts: Random, random: Random, world: SyntheticWorld, participantCount: number): SyntheticPilot {
  const municipalInitiator = random.chance(0.75) || world.others.length === 0;
  const initiator = municipalInitiator ? random.pick(world.municipalities) : random.pick(world.others);
  const partner = world.others.length > 0 ? random.pick(world.others).name : initiator.name;
  const createdMs = world.now - random.next() * threeYearsMs;
  const text = composePilotText(texts, { initiator: initiator.name, partner, startYear: new Date(createdMs).getUTCFullYear() });
  const published = random.chance(0.97);
  const publishedMs = createdMs + random.next() * 14 * dayMs;
  const status = random.weighted(statusWeights);
  const team = world.membersByOrganisation.get(initiator.id) ?? [];
  const creator = team.length > 0 ? random.pick(team) : null;

  const participants = random
    .sample(random.chance(0.8) ? world.municipalities : world.others, participantCount + 1)
    .filter((organisation) => organisation.id !== initiator.id)
    .slice(0, participantCount)
    .map((organisation) => ({ organisationId: organisation.id, createdAt: between(random, publishedMs, world.now) }));
  const followers = published
    ? random.sample(world.members, Math.floor(-2 * Math.log(1 - random.next()))).map((member) => ({
        userId: member.id,
        organisationId: member.organisationId,
        createdAt: between(random, publishedMs, world.now),
      }))
    : [];
  const participatingMunicipalities = participants.filter((row) => world.municipalityIds.has(row.organisationId)).length;

  const startDate = iso(createdMs + random.int(0, 60) * dayMs).slice(0, 10);
  const hidden = published && random.chance(0.004);
  const { themes, tags, ...pilotTexts } = text;
  return {
    participants,
    followers,
    pilot: {
      row: {
        slug: slugify(text.title),
        state: published ? 'published' : 'draft',
        ...pilotTexts,
        phase: random.weighted(phaseWeights),
        status,
        statusReason: status === 'stopped' || status === 'on_hold' ? random.pick(statusReasons) : null,
        purpose: random.pick(['test', 'implement', 'convince', null] as const),
        innovationObject: random.pick(['product_service', 'process', 'organisational', 'policy', 'social', null] as const),
        degree: random.pick(['incremental', 'incremental', 'radical', 'disruptive', null] as const),
        level: random.pick(['application', 'system', 'component', null] as const),
        initiatorOrganisationId: initiator.id,
        createdByUserId: creator?.id ?? null,
        contactName: initiator.name,
        contactEmail: `pilots@${slugify(initiator.name)}.example`,
        startDate,
        plannedEndDate: iso(createdMs + random.int(180, 900) * dayMs).slice(0, 10),
        externalId: null,
        publishedAt: published ? iso(publishedMs) : null,
        municipalityDeadline: published && !municipalInitiator ? iso(publishedMs + 30 * dayMs) : null,
        hiddenAt: hidden ? iso(world.now - random.next() * 30 * dayMs) : null,
        hiddenReason: hidden ? 'Synthetisch: verborgen door een moderator.' : null,
        innovationAreas: [...new Set(themes.map(areaForTheme))].join(','),
        confirmsInDevelopment: 1,
        confirmsNotCommercial: 1,
        participantCount: participants.length,
        municipalityCount: participatingMunicipalities + (municipalInitiator ? 1 : 0),
        followerCount: followers.length,
        searchTerms: pilotSearchTerms(text),
        createdAt: iso(createdMs),
        updatedAt: iso(Math.max(publishedMs, createdMs)),
      },
      themes,
      tags,
      team: creator ? [{ userId: creator.id, role: 'lead', createdAt: iso(createdMs) }] : [],
    },
  };
}
