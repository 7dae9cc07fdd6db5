// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { organisationTypes, type OrganisationType } from '../organisations/organisations.tables.js';
import { phases, purposes, statuses, themes } from './pilots.tables.js';

export const pilotSorts = ['relevance', 'newest', 'participants', 'title'] as const;
export type PilotSort = (typeof pilotSorts)[number];

export const defaultPageSize = 20;
export const maxPageSize = 100;
// Deep pages cost an OFFSET scan; nobody pages past this by hand, and the API has filters to narrow instead.
export const maxPage = 5000;
export const maxQueryLength = 200;

/** Query strings send a missing value as "" (an empty select) and a single value as a string, not a list. */
const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const asList = (value: unknown) => {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).filter((item) => blankToUndefined(item) !== undefined);
  return list.length > 0 ? list : undefined;
};
const upper = (value: unknown) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

const listOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(asList, z.array(z.enum(values)).max(values.length).optional());

/**
 * One schema per query parameter, so the HTML list can keep the valid ones and ignore the rest,
 * while the API refuses the whole request (see pilotQuerySchema).
 */
export const pilotQueryFields = {
  q: z.preprocess(blankToUndefined, z.string().trim().max(maxQueryLength).optional()),
  theme: listOf(themes),
  phase: listOf(phases),
  status: listOf(statuses),
  municipality: z.preprocess((value) => upper(blankToUndefined(value)), z.string().regex(/^GM\d{4}$/).optional()),
  province: z.preprocess((value) => upper(blankToUndefined(value)), z.string().regex(/^PV\d{2}$/).optional()),
  organisationType: z.preprocess(blankToUndefined, z.enum(organisationTypes as readonly OrganisationType[] as [OrganisationType, ...OrganisationType[]]).optional()),
  organisation: z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(2_147_483_647).optional()),
  purpose: z.preprocess(blankToUndefined, z.enum(purposes).optional()),
  externalId: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  sort: z.preprocess(blankToUndefined, z.enum(pilotSorts).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(maxPage).optional()),
  pageSize: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(maxPageSize).optional()),
};

/** The pilot list's query: used by GET /pilots and by the API (which answers 400 when it does not parse). */
export const pilotQuerySchema = z.object(pilotQueryFields);

export type PilotQuery = z.infer<typeof pilotQuerySchema>;
export type PilotQueryField = keyof typeof pilotQueryFields;

/**
 * Parses a query string forgivingly: values that do not fit are dropped and named in `ignored`
 * (the HTML list shows a notice rather than an error page). Unknown list items are dropped one by one.
 */
export function parsePilotQueryLeniently(raw: unknown): { query: PilotQuery; ignored: PilotQueryField[] } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const query: Record<string, unknown> = {};
  const ignored: PilotQueryField[] = [];
  for (const field of Object.keys(pilotQueryFields) as PilotQueryField[]) {
    let value = input[field];
    if (value === undefined) continue;
    if (field === 'theme' || field === 'phase' || field === 'status') {
      const allowed: readonly string[] = { theme: themes, phase: phases, status: statuses }[field];
      const items = asList(value) ?? [];
      const kept = items.filter((item) => typeof item === 'string' && allowed.includes(item));
      if (kept.length < items.length) ignored.push(field);
      value = [...new Set(kept)];
    }
    // A very long search text is cut rather than refused.
    if (field === 'q' && typeof value === 'string') value = value.slice(0, maxQueryLength);
    const parsed = pilotQueryFields[field].safeParse(value);
    if (parsed.success) {
      if (parsed.data !== undefined) query[field] = parsed.data;
    } else if (!ignored.includes(field)) ignored.push(field);
  }
  return { query: query as PilotQuery, ignored };
}
