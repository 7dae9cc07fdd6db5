// SPDX-License-Identifier: EUPL-1.2
/**
 * Types of the demo content of Pilotstarter: organisations, users and pilots.
 * The content itself is Dutch, as on the real platform; these types are shared with the seeding code.
 */

/** Kind of organisation. Municipalities are not listed here: they are referenced by CBS code. */
export type OrganisationType = 'partnership' | 'government' | 'company' | 'knowledge_institute' | 'foundation';

/** Theme (domain) of a pilot. */
export type ThemeKey =
  | 'social_domain'
  | 'public_space'
  | 'safety'
  | 'service_delivery'
  | 'operations'
  | 'spatial_planning'
  | 'democracy'
  | 'sustainability'
  | 'mobility'
  | 'data_technology';

/** Phase in the innovation funnel (innovatietrechter). */
export type Phase = 'idea' | 'development' | 'implementation' | 'scaling';

/** Status of a pilot. 'stopped' and 'on_hold' need a statusReason. */
export type Status = 'running' | 'on_hold' | 'stopped' | 'completed';

/** Kind of pilot (soort pilot): to test (beproeven), to implement (implementeren), to convince (overtuigen). */
export type Purpose = 'test' | 'implement' | 'convince';

/** Object of innovation. */
export type InnovationObject = 'product_service' | 'process' | 'organisational' | 'policy' | 'social';

/** Degree of innovation. */
export type Degree = 'incremental' | 'radical' | 'disruptive';

/** Level of innovation, with its usual time to market. */
export type Level = 'application' | 'system' | 'component' | 'technology' | 'material';

/** An organisation reference: a CBS code ('GM0599') for a municipality, or the key of a DemoOrganisation. */
export type OrgRef = string;

/** A non-municipal organisation. */
export interface DemoOrganisation {
  key: string;
  name: string;
  type: OrganisationType;
  website?: string;
  description: string;
}

/** A registered professional; always an e-mail address ending in `.example`. */
export interface DemoUser {
  key: string;
  name: string;
  email: string;
  organisation: OrgRef;
  role: 'member' | 'moderator' | 'admin';
  jobTitle: string;
}

/** A registered pilot. */
export interface DemoPilot {
  key: string;
  title: string;
  /** 1–2 sentences. */
  summary: string;
  /** What is it (2–5 sentences, plain Dutch). */
  what: string;
  /** What is its goal. */
  goal: string;
  /** What will it deliver. */
  deliverables: string;
  /** How will it be done. */
  approach: string;
  /** Milestones and results, with months. */
  milestones: string;
  themes: ThemeKey[];
  tags: string[];
  initiator: OrgRef;
  /** DemoUser key, a member of the initiator organisation. */
  initiatorUser: string;
  contactName: string;
  contactEmail: string;
  /** Participating organisations, NOT including the initiator. */
  participants: OrgRef[];
  /** DemoUser keys who follow (not members of participating organisations). */
  followers: string[];
  phase: Phase;
  status: Status;
  /** Required when status is 'stopped' or 'on_hold'. */
  statusReason?: string;
  purpose?: Purpose;
  object?: InnovationObject;
  degree?: Degree;
  level?: Level;
  /** ISO date, 2024-01 .. 2027-12. */
  startDate: string;
  /** ISO date, 2024-01 .. 2027-12. */
  plannedEndDate?: string;
  /** https://example.org/... URLs only. */
  links: { label: string; url: string }[];
  /** false for a few drafts. */
  published: boolean;
}
