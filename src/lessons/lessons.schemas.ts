// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { phases, themes } from '../pilots/pilots.tables.js';

/** Lesson clusters (DOMAIN §7). */
export const lessonClusters = ['process', 'organisational_support', 'goal_setting', 'data_technology', 'external_parties', 'collaboration', 'other'] as const;
export type LessonCluster = (typeof lessonClusters)[number];
/** Did what the lesson describes work? Failed pilots teach too. */
export const lessonOutcomes = ['worked', 'did_not_work'] as const;
export type LessonOutcome = (typeof lessonOutcomes)[number];

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'validation.required' });

/** An after-action entry: what we expected, what happened, why, and what we do next time. */
export const logEntryInputSchema = z.object({
  expected: text(2000),
  happened: text(2000),
  why: text(2000),
  nextTime: text(2000),
});
export type LogEntryInput = z.infer<typeof logEntryInputSchema>;

/** A lesson; `publish` = '1' publishes it at once. */
export const lessonInputSchema = z.object({
  title: text(200),
  body: text(4000),
  cluster: choice(lessonClusters),
  phase: choice(phases),
  outcome: choice(lessonOutcomes),
  publish: z
    .union([z.literal('1'), z.literal(''), z.boolean()])
    .optional()
    .transform((value) => value === '1' || value === true),
});
export type LessonInput = z.input<typeof lessonInputSchema>;

const list = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((value) => (value === undefined || value === '' ? undefined : Array.isArray(value) ? value : [value]), z.array(z.enum(values)).max(values.length).optional());

/** Filters of the lessons list (page and API), one schema per query parameter (the API documents each). */
export const lessonQueryFields = {
  q: z.string().trim().max(200).optional(),
  cluster: list(lessonClusters),
  phase: list(phases),
  outcome: z.preprocess((value) => (value === '' ? undefined : value), z.enum(lessonOutcomes).optional()),
  theme: list(themes),
  page: z.coerce.number().int().min(1).max(1000).optional(),
  pageSize: z.coerce.number().int().min(1).max(100).optional(),
};

/** Filters of the lessons list (page and API): text, cluster, phase, outcome, theme, page. */
export const lessonQuerySchema = z.object(lessonQueryFields);
export type LessonQuery = z.infer<typeof lessonQuerySchema>;
