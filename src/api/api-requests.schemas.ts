// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { organisationTypes, type OrganisationType } from '../organisations/organisations.tables.js';

/** Request shapes of the API's own endpoints (the pilot list reuses pilotQuerySchema, bodies pilotInputSchema). */

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const single = (value: unknown) => (Array.isArray(value) ? value[value.length - 1] : value);
const param = <T extends z.ZodType>(schema: T) => z.preprocess((value) => blankToUndefined(single(value)), schema);

/** A path id: a positive integer; anything else is a resource that does not exist (404, not 400). */
export const pathIdSchema = z.coerce.number().int().positive().max(2_147_483_647);

export const organisationQuerySchema = z.object({
  q: param(z.string().trim().max(100).optional()),
  type: param(z.enum(organisationTypes as readonly OrganisationType[] as [OrganisationType, ...OrganisationType[]]).optional()),
  province: param(z.string().trim().toUpperCase().regex(/^PV\d{2}$/).optional()),
  page: param(z.coerce.number().int().min(1).max(100_000).optional()),
  pageSize: param(z.coerce.number().int().min(1).max(100).optional()),
});

export const similarQuerySchema = z.object({
  limit: param(z.coerce.number().int().min(1).max(20).optional()),
});

/** `publish` beside the pilot fields of a POST or PATCH body. */
export const publishFlagSchema = z.boolean().optional();
