// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { exportFormats } from './table-export.js';

/** The default threshold for scaling candidates: pilots with at least this many participating municipalities. */
export const defaultMinMunicipalities = 5;

/** Query of /dashboard; a hand-edited value out of range falls back to the default rather than an error page. */
export const nationalQuerySchema = z.object({
  min: z.coerce.number().int().min(1).max(342).catch(defaultMinMunicipalities).default(defaultMinMunicipalities),
});

/** Query of /organisations/:slug/dashboard. */
export const portfolioQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** `funnel.csv` → { table: 'funnel', format: 'csv' }. */
export const exportFileSchema = z.string().regex(/^[a-z-]+\.(csv|xlsx)$/).transform((file) => {
  const [table = '', format = 'csv'] = file.split('.');
  return { table, format: z.enum(exportFormats).parse(format) };
});
