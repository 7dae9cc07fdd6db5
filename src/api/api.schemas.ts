// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { organisationTypes, type OrganisationType } from '../organisations/organisations.tables.js';
import { degrees, innovationObjects, levels, phases, purposes, statuses, themes } from '../pilots/pilots.tables.js';
import { apiRegistry } from './api-registry.js';
import { adoptionSchema, gateDecisionSchema, paradoxRoundSchema, pilotIntakeSchema, pilotLessonSchema } from './learning.schemas.js';

export { apiRegistry };

/**
 * The API's response shapes. They are the single source for three things: the presenters' types, the
 * OpenAPI document's components (openapi.ts, via z.toJSONSchema) and the tests, which parse every real
 * response with them. Objects are strict, so a field a presenter adds without a schema fails the tests.
 */
const organisationType = z.enum(organisationTypes as readonly OrganisationType[] as [OrganisationType, ...OrganisationType[]]);
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();

const link = z.strictObject({ href: z.url() });

export const paginationLinksSchema = z
  .strictObject({ self: link, first: link, last: link, prev: link.optional(), next: link.optional() })
  .register(apiRegistry, { id: 'PaginationLinks', description: 'Links to this page and its neighbours (absolute URLs).' });

export const organisationRefSchema = z
  .strictObject({ id: z.int().positive(), name: z.string(), slug: z.string(), type: organisationType })
  .register(apiRegistry, { id: 'OrganisationRef' });

export const pilotCountsSchema = z
  .strictObject({
    participants: z.int().nonnegative().describe('Participating organisations, not counting the initiator.'),
    municipalities: z.int().nonnegative().describe('Municipalities involved, the initiator included.'),
    followers: z.int().nonnegative(),
  })
  .register(apiRegistry, { id: 'PilotCounts' });

export const pilotListItemSchema = z
  .strictObject({
    id: z.int().positive(),
    title: z.string(),
    summary: z.string(),
    phase: z.enum(phases),
    status: z.enum(statuses),
    themes: z.array(z.enum(themes)),
    initiator: organisationRefSchema,
    counts: pilotCountsSchema,
    externalId: z.string().nullable(),
    url: z.url().describe('The pilot page on this platform.'),
    publishedAt: isoDateTime.nullable(),
  })
  .register(apiRegistry, { id: 'PilotListItem' });

export const pilotPageSchema = z
  .strictObject({
    _links: paginationLinksSchema,
    page: z.int().positive(),
    pageSize: z.int().positive(),
    total: z.int().nonnegative(),
    items: z.array(pilotListItemSchema),
  })
  .register(apiRegistry, { id: 'PilotPage' });

export const participantSchema = z
  .strictObject({ id: z.int().positive(), name: z.string(), slug: z.string(), type: organisationType, joinedAt: isoDateTime })
  .register(apiRegistry, { id: 'Participant' });

export const pilotSchema = z
  .strictObject({
    id: z.int().positive(),
    url: z.url(),
    title: z.string(),
    summary: z.string(),
    what: z.string(),
    goal: z.string(),
    deliverables: z.string(),
    approach: z.string(),
    milestones: z.string(),
    phase: z.enum(phases),
    status: z.enum(statuses),
    statusReason: z.string().nullable(),
    purpose: z.enum(purposes).nullable(),
    innovationObject: z.enum(innovationObjects).nullable(),
    degree: z.enum(degrees).nullable(),
    level: z.enum(levels).nullable(),
    themes: z.array(z.enum(themes)),
    tags: z.array(z.string()),
    initiator: organisationRefSchema,
    participants: z.array(participantSchema),
    counts: pilotCountsSchema,
    contact: z
      .strictObject({ name: z.string(), email: z.string().optional().describe('Only for authenticated clients.') })
      .describe('The contact person.'),
    startDate: isoDate.nullable(),
    plannedEndDate: isoDate.nullable(),
    links: z.array(z.strictObject({ label: z.string(), url: z.url() })),
    externalId: z.string().nullable(),
    published: z.boolean().describe('False for a draft (seen only by its team through an authenticated request).'),
    publishedAt: isoDateTime.nullable(),
    updatedAt: isoDateTime,
    gates: z.array(gateDecisionSchema).describe('Gate decisions, newest first.'),
    intake: pilotIntakeSchema.nullable().describe('The learning and scaling goals; null before the team did its intake.'),
    paradox: paradoxRoundSchema.nullable().describe('Means of the latest rated pilot-paradox round; null when nobody rated yet.'),
    lessons: z.array(pilotLessonSchema).describe('Lessons the team published, newest first.'),
    adoptions: z.array(adoptionSchema).describe('Organisations that adopted this pilot\'s result, oldest first.'),
  })
  .register(apiRegistry, { id: 'Pilot' });

export const similarPilotSchema = z
  .strictObject({
    id: z.int().positive(),
    title: z.string(),
    score: z.number().min(0).max(1),
    reasons: z.array(
      z.strictObject({
        type: z.enum(['shared_terms', 'same_theme', 'same_purpose', 'shared_organisations', 'linked_by_moderator']),
        values: z.array(z.string()),
      }),
    ),
  })
  .register(apiRegistry, { id: 'SimilarPilot' });

export const similarPilotsSchema = z.array(similarPilotSchema).register(apiRegistry, { id: 'SimilarPilots' });

export const organisationSchema = z
  .strictObject({
    id: z.int().positive(),
    name: z.string(),
    slug: z.string(),
    type: organisationType,
    cbsCode: z.string().nullable().describe('CBS municipality code (GM…), for municipalities.'),
    province: z.strictObject({ code: z.string(), name: z.string() }).nullable(),
    website: z.string().nullable(),
  })
  .register(apiRegistry, { id: 'Organisation' });

export const organisationPageSchema = z
  .strictObject({
    _links: paginationLinksSchema,
    page: z.int().positive(),
    pageSize: z.int().positive(),
    total: z.int().nonnegative(),
    items: z.array(organisationSchema),
  })
  .register(apiRegistry, { id: 'OrganisationPage' });

const countsBy = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.strictObject(Object.fromEntries(keys.map((key) => [key, z.int().nonnegative()])) as { [K in T[number]]: z.ZodInt });

export const statsSchema = z
  .strictObject({
    municipalitiesTakingPart: z.int().nonnegative(),
    pilotsListed: z.int().nonnegative(),
    byPhase: countsBy(phases),
    byTheme: countsBy(themes),
    adoptions: z.int().nonnegative().describe('Times an organisation recorded that it adopted a pilot\'s result.'),
  })
  .register(apiRegistry, { id: 'Stats' });

export const problemSchema = z
  .strictObject({
    type: z.string().describe('A URI naming the kind of problem.'),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    instance: z.string().describe('The request path this problem occurred on.'),
    code: z.string().describe('A stable, machine-readable code (e.g. not_found, invalid_parameters).'),
    invalidParams: z.array(z.strictObject({ name: z.string(), reason: z.string() })).optional(),
    failedConditions: z.array(z.enum(['municipal_innovation', 'municipality_involved', 'still_in_development', 'not_commercial'])).optional(),
  })
  .register(apiRegistry, { id: 'Problem', description: 'An error, as application/problem+json (RFC 9457).' });

export type PilotListItem = z.infer<typeof pilotListItemSchema>;
export type ApiPilot = z.infer<typeof pilotSchema>;
export type ApiOrganisation = z.infer<typeof organisationSchema>;
export type PaginationLinks = z.infer<typeof paginationLinksSchema>;
export type Problem = z.infer<typeof problemSchema>;
