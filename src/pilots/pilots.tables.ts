// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

export const phases = ['idea', 'development', 'implementation', 'scaling'] as const;
export const statuses = ['running', 'on_hold', 'stopped', 'completed'] as const;
export const themes = [
  'social_domain',
  'public_space',
  'safety',
  'service_delivery',
  'operations',
  'spatial_planning',
  'democracy',
  'sustainability',
  'mobility',
  'data_technology',
] as const;
export const purposes = ['test', 'implement', 'convince'] as const;
export const innovationObjects = ['product_service', 'process', 'organisational', 'policy', 'social'] as const;
export const degrees = ['incremental', 'radical', 'disruptive'] as const;
export const levels = ['application', 'system', 'component', 'technology', 'material'] as const;
export const teamRoles = ['lead', 'core', 'shell'] as const;
/** What a pilot changes in the municipality (publication condition 1, DOMAIN.md §3). */
export const innovationAreas = ['information_provision', 'service_delivery', 'operations'] as const;

export type Phase = (typeof phases)[number];
export type Status = (typeof statuses)[number];
export type Theme = (typeof themes)[number];
export type Purpose = (typeof purposes)[number];
export type InnovationObject = (typeof innovationObjects)[number];
export type Degree = (typeof degrees)[number];
export type Level = (typeof levels)[number];
export type TeamRole = (typeof teamRoles)[number];
export type InnovationArea = (typeof innovationAreas)[number];
export type PilotState = 'draft' | 'published';

export interface PilotsTable {
  id: Generated<number>;
  slug: string;
  state: PilotState;
  title: string;
  summary: string;
  what: string;
  goal: string;
  deliverables: string;
  approach: string;
  milestones: string;
  phase: Phase;
  status: Status;
  statusReason: string | null;
  purpose: Purpose | null;
  innovationObject: InnovationObject | null;
  degree: Degree | null;
  level: Level | null;
  initiatorOrganisationId: number;
  createdByUserId: string | null;
  contactName: string;
  contactEmail: string;
  startDate: string | null;
  plannedEndDate: string | null;
  externalId: string | null;
  publishedAt: string | null;
  /** Set for pilots whose initiator is not a municipality: the date by which a municipality must take part. */
  municipalityDeadline: string | null;
  deadlineNotifiedAt: string | null;
  /** When the initiator was reminded a week before the municipality deadline. */
  deadlineRemindedAt: string | null;
  /** Comma-separated InnovationArea keys the registrant confirmed (condition 1). */
  innovationAreas: Generated<string>;
  /** 0/1: the registrant confirmed the pilot is not a finished product (condition 3). */
  confirmsInDevelopment: Generated<number>;
  /** 0/1: the registrant confirmed there is no advertising or sales in it (condition 4). */
  confirmsNotCommercial: Generated<number>;
  hiddenAt: string | null;
  hiddenReason: string | null;
  hiddenByUserId: string | null;
  /** Denormalised counts, kept in step by the participation service, so lists sort and show them without joins. */
  participantCount: Generated<number>;
  municipalityCount: Generated<number>;
  followerCount: Generated<number>;
  /** Output of the Dutch text analysis (src/search/text); the databases' full-text indexes are built on it. */
  searchTerms: string;
  createdAt: string;
  updatedAt: string;
}

export interface PilotThemesTable {
  pilotId: number;
  theme: Theme;
}

export interface PilotTagsTable {
  pilotId: number;
  tag: string;
}

export interface PilotLinksTable {
  id: Generated<number>;
  pilotId: number;
  label: string;
  url: string;
  position: number;
}

export interface PilotTeamMembersTable {
  pilotId: number;
  userId: string;
  role: TeamRole;
  createdAt: string;
}

export interface PilotTables {
  pilots: PilotsTable;
  pilotThemes: PilotThemesTable;
  pilotTags: PilotTagsTable;
  pilotLinks: PilotLinksTable;
  pilotTeamMembers: PilotTeamMembersTable;
}
