// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { themes } from '../pilots/pilots.tables.js';

/** Longest problem description analysed; a longer paste is cut here rather than refused (its start says most). */
export const searchAidMaxLength = 2000;
/** Shorter than this there is too little to match on. */
export const searchAidMinLength = 10;

const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'validation.required')
    .min(min)
    .max(max);

/** GET /search-aid?q=…: the problem in the visitor's own words. */
export const searchAidQuerySchema = z.object({
  q: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().slice(0, searchAidMaxLength) : value),
    text(searchAidMinLength, searchAidMaxLength),
  ),
});
export type SearchAidQuery = z.infer<typeof searchAidQuerySchema>;

export const expertOffers = ['coaching', 'support'] as const;
export type ExpertOffer = (typeof expertOffers)[number];

/** Checkbox groups: one value or many, each once (a repeated value would break the side table's primary key). */
const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) => (value === undefined || value === '' ? [] : [...new Set(Array.isArray(value) ? value : [value])]),
    z.array(z.enum(values, { message: 'validation.invalid_value' })).max(values.length),
  );

/** Free tags typed as one comma-separated field: trimmed, lower-cased, unique, at most 12 of 2–40 characters. */
const tagList = z.preprocess(
  // A hand-made post may repeat the field: every value is split, cleaned and made unique the same way.
  (value) =>
    [
      ...new Set(
        (Array.isArray(value) ? value : [value])
          .flatMap((part) => (typeof part === 'string' ? part.split(',') : []))
          .map((tag) => tag.trim().toLowerCase())
          .filter((tag) => tag.length > 0),
      ),
    ],
  z.array(z.string().min(2, 'knowledge.experts.errors.tag').max(40, 'knowledge.experts.errors.tag')).max(12, 'knowledge.experts.errors.tags'),
);

/** The member's own expert profile (/knowledge/experts/me). */
export const expertProfileSchema = z.object({
  bio: text(20, 1000),
  themes: list(themes),
  tags: tagList,
  offers: list(expertOffers),
});
export type ExpertProfileInput = z.infer<typeof expertProfileSchema>;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Filters of the expert list. */
export const expertQuerySchema = z.object({
  theme: optional(z.enum(themes)),
  tag: optional(z.string().trim().toLowerCase().min(1).max(40)),
  offer: optional(z.enum(expertOffers)),
  page: optional(z.coerce.number().int().min(1).max(10000)),
});
export type ExpertQuery = z.infer<typeof expertQuerySchema>;

/** A story of an advanced pilot. */
export const storyInputSchema = z.object({
  title: text(5, 200),
  body: text(50, 10000),
  reusable: text(10, 3000),
});
export type StoryInput = z.infer<typeof storyInputSchema>;

/** A message to a pilot's team or an expert. */
export const contactInputSchema = z.object({
  message: text(10, 3000),
  return: z.string().max(2000).optional(),
});
export type ContactInput = z.infer<typeof contactInputSchema>;

export const pageSchema = optional(z.coerce.number().int().min(1).max(10000));
