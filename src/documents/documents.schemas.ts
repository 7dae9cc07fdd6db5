// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { themes } from '../pilots/pilots.tables.js';
import { documentKinds } from './documents.tables.js';

/** The largest document accepted (issue 4: up to 20 MB). */
export const maxDocumentBytes = 20 * 1024 * 1024;

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const optionalChoice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), z.enum(values, { message: 'validation.invalid_value' }).optional());

/** What the uploader tells about a document besides the file: a title, a short description and a theme. */
export const documentInputSchema = z.object({
  title: text(200),
  description: text(1000),
  theme: optionalChoice(themes),
});
export type DocumentInput = z.infer<typeof documentInputSchema>;

/** Library filters. A hand-edited address with an unknown value shows everything rather than an error. */
export const documentQuerySchema = z.object({
  theme: optionalChoice(themes),
  kind: optionalChoice(documentKinds),
  // Bounded like the id column (PostgreSQL integer): a larger number is a database error, not an empty list.
  pilot: z.preprocess((value) => (value === '' ? undefined : value), z.coerce.number().int().min(1).max(2_147_483_647).optional()),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
export type DocumentQuery = z.infer<typeof documentQuerySchema>;
