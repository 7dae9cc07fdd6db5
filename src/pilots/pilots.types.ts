// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../organisations/organisations.tables.js';
import type { ConditionProblem, PilotCondition } from './pilots.conditions.js';
import type { Degree, InnovationArea, InnovationObject, Level, Phase, PilotState, Purpose, Status, Theme } from './pilots.tables.js';

export type { PilotCondition, ConditionProblem } from './pilots.conditions.js';

export interface PilotOrganisation {
  readonly id: number;
  readonly name: string;
  readonly slug: string;
  readonly type: OrganisationType;
}

/** A pilot as lists, search results and the API show it. */
export interface PilotSummary {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly phase: Phase;
  readonly status: Status;
  readonly themes: Theme[];
  readonly initiator: PilotOrganisation;
  readonly participantCount: number;
  readonly municipalityCount: number;
  readonly followerCount: number;
  readonly publishedAt: string | null;
  readonly externalId: string | null;
}

/** Everything about one pilot: its fields, themes, tags, links, initiator, counts and moderation state. */
export interface PilotDetail {
  readonly id: number;
  readonly slug: string;
  readonly state: PilotState;
  readonly title: string;
  readonly summary: string;
  readonly what: string;
  readonly goal: string;
  readonly deliverables: string;
  readonly approach: string;
  readonly milestones: string;
  readonly phase: Phase;
  readonly status: Status;
  readonly statusReason: string | null;
  readonly purpose: Purpose | null;
  readonly innovationObject: InnovationObject | null;
  readonly degree: Degree | null;
  readonly level: Level | null;
  readonly themes: Theme[];
  readonly tags: string[];
  readonly links: { label: string; url: string }[];
  readonly initiatorOrganisationId: number;
  readonly initiator: PilotOrganisation;
  readonly createdByUserId: string | null;
  readonly contactName: string;
  readonly contactEmail: string;
  readonly startDate: string | null;
  readonly plannedEndDate: string | null;
  readonly externalId: string | null;
  readonly publishedAt: string | null;
  readonly municipalityDeadline: string | null;
  readonly deadlineNotifiedAt: string | null;
  readonly hidden: boolean;
  readonly hiddenAt: string | null;
  readonly hiddenReason: string | null;
  readonly hiddenByUserId: string | null;
  readonly participantCount: number;
  readonly municipalityCount: number;
  readonly followerCount: number;
  readonly innovationAreas: InnovationArea[];
  readonly confirmsInDevelopment: boolean;
  readonly confirmsNotCommercial: boolean;
  /** Listed right now (see isListedNow): published, not hidden, municipality rule met. */
  readonly listed: boolean;
  /** Published without a municipality and past the one-month deadline: no longer listed for that reason. */
  readonly pastMunicipalityDeadline: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The result of create, update and publish. */
export type PilotSaveResult =
  | { ok: true; id: number; published: boolean; municipalityDeadline: string | null }
  | { ok: false; reason: 'conditions_not_met'; failed: PilotCondition[]; problems: ConditionProblem[] }
  | { ok: false; reason: 'external_id_taken' }
  | { ok: false; reason: 'unknown_organisation'; organisationIds: number[] }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'forbidden' };
