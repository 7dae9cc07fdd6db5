// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { notFound } from './errors.js';

/** The largest id both databases store: ids are 32-bit `integer` columns, so a larger number overflows PostgreSQL. */
export const maxId = 2_147_483_647;

/** A positive integer id as a form or query value ("42"); larger than `maxId` is a validation error, not a 500. */
export const positiveId = z.coerce.number().int().min(1).max(maxId);

const pathIdSchema = z.string().regex(/^\d{1,10}$/).transform(Number).pipe(z.number().int().min(1).max(maxId));

/** A numeric id from the path; anything else (text, 0, negative, beyond the integer range) is a page that does not exist. */
export function idParam(params: unknown, name: string): number {
  const parsed = pathIdSchema.safeParse((params as Record<string, unknown> | null)?.[name]);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** True when a string anywhere in a parsed value holds a NUL character, which PostgreSQL text cannot store. */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  // Parsed params, queries and form bodies are shallow; a multipart body's streams and buffers are not text.
  if (!value || typeof value !== 'object' || depth > 3 || Buffer.isBuffer(value) || 'pipe' in value) return false;
  return Object.values(value).some((item: unknown) => containsNul(item, depth + 1));
}
