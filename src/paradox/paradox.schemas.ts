// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { notFound } from '../platform/errors.js';
import { dimensions, type Dimension } from './paradox.dimensions.js';

const score = z
  .string({ message: 'paradox.errors.score' })
  .trim()
  .regex(/^[1-5]$/, 'paradox.errors.score')
  .transform(Number);

/** The rating form: a score 1..5 per dimension and whether the rater's name may be shown beside their mark. */
export const ratingSchema = z.object({
  ...(Object.fromEntries(dimensions.map((dimension) => [dimension, score])) as Record<Dimension, typeof score>),
  showName: z.literal('yes').optional(),
});

export type RatingInput = z.infer<typeof ratingSchema>;

const idSchema = z.string().regex(/^\d{1,9}$/).transform(Number);

/** A numeric pilot id from the path; anything else is a page that does not exist (404). */
export function pilotIdParam(params: unknown): number {
  const parsed = idSchema.safeParse((params as Record<string, unknown> | null)?.id);
  if (!parsed.success || parsed.data < 1) throw notFound();
  return parsed.data;
}
