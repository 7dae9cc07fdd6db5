// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { organisationTypes, type OrganisationType } from './organisations.tables.js';

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const pageNumber = z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(10_000).optional());

/** The organisation directory's query string, one schema per parameter so bad values can be skipped one by one. */
const organisationListFields = {
  q: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
  type: z.preprocess(blankToUndefined, z.enum(organisationTypes as readonly OrganisationType[] as [OrganisationType, ...OrganisationType[]]).optional()),
  province: z.preprocess((value) => (typeof value === 'string' ? blankToUndefined(value.trim().toUpperCase()) : value), z.string().regex(/^PV\d{2}$/).optional()),
  page: pageNumber,
};

export type OrganisationListQuery = { [K in keyof typeof organisationListFields]?: z.infer<(typeof organisationListFields)[K]> };

/** Parses the directory's query forgivingly: values that do not fit are left out and reported in `ignored`. */
export function parseOrganisationListQuery(raw: unknown): { query: OrganisationListQuery; ignored: boolean } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const query: Record<string, unknown> = {};
  let ignored = false;
  for (const [key, schema] of Object.entries(organisationListFields)) {
    if (input[key] === undefined) continue;
    const parsed = schema.safeParse(input[key]);
    if (parsed.success && parsed.data !== undefined) query[key] = parsed.data;
    else if (!parsed.success) ignored = true;
  }
  return { query: query as OrganisationListQuery, ignored };
}

/** Page numbers of the three pilot lists on an organisation page: initiated (ip), joined (jp), followed (fp). */
export function parseOrganisationPageQuery(raw: unknown): { ip: number; jp: number; fp: number } {
  const input = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const page = (value: unknown) => {
    const parsed = pageNumber.safeParse(value);
    return parsed.success && parsed.data !== undefined ? parsed.data : 1;
  };
  return { ip: page(input.ip), jp: page(input.jp), fp: page(input.fp) };
}
