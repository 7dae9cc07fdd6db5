// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { organisationTypes, type OrganisationType } from '../organisations/organisations.tables.js';

/**
 * One entry of an import file (`npm run import -- FILE.json`, a JSON array of these). Organisations are
 * named by CBS code ("GM0599") or by name; theme and phase by key or by their Dutch or English label.
 * Limits are those of the registration form (pilots.schemas.ts), so an imported pilot can be edited as is.
 */
const reference = z.string().trim().min(1).max(200);
const nonMunicipalTypes = organisationTypes.filter((type) => type !== 'municipality') as [Exclude<OrganisationType, 'municipality'>, ...Exclude<OrganisationType, 'municipality'>[]];

export const importEntrySchema = z.object({
  externalId: z.string().trim().min(1).max(100).optional(),
  title: z.string().trim().min(5).max(140),
  summary: z.string().trim().min(20).max(400),
  description: z.string().trim().min(1).max(5000),
  initiator: reference,
  /** Only used when the initiator is new: which kind of organisation to create (guessed from the name otherwise). */
  initiatorType: z.enum(nonMunicipalTypes).optional(),
  municipalities: z.array(reference).max(200).default([]),
  theme: z.union([z.string().trim().min(1), z.array(z.string().trim().min(1)).max(10)]).optional(),
  tags: z.array(z.string().trim().min(1).max(40)).max(12).default([]),
  phase: z.string().trim().min(1).optional(),
  startYear: z.number().int().min(1990).max(2100).optional(),
  contactName: z.string().trim().min(2).max(120).optional(),
  contactEmail: z.email().max(254).optional(),
});

export type ImportEntry = z.infer<typeof importEntrySchema>;

/** Turns zod issues into short reasons an operator understands: "missing title", "summary: at least 20 characters". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): string[] {
  const record = input && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  return issues.map((issue) => {
    const field = issue.path.join('.') || 'entry';
    const top = issue.path[0];
    if (issue.code === 'invalid_type' && typeof top === 'string' && issue.path.length === 1 && record[top] === undefined) return `missing ${field}`;
    if (issue.code === 'too_small' && issue.origin === 'string') return `${field}: at least ${String(issue.minimum)} characters`;
    if (issue.code === 'too_big' && issue.origin === 'string') return `${field}: at most ${String(issue.maximum)} characters`;
    if (issue.code === 'too_big' && issue.origin === 'array') return `${field}: at most ${String(issue.maximum)} items`;
    if (issue.code === 'invalid_type') return `${field}: expected ${issue.expected}`;
    return `${field}: ${issue.message}`;
  });
}
