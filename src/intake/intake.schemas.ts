// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

const required = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((value) => (value ? value : null));

/** The intake form; the same object is accepted by intakeService.record (e.g. from the demo loader). */
export const intakeInputSchema = z.object({
  learningGoals: required(4000),
  scalingGoals: optional(4000),
  whyAndForWhom: required(4000),
  monitoring: required(4000),
  userProblem: required(4000),
  decisionMaker: required(500),
  resultOwners: required(1000),
  // Empty means "not filled in" (required); a number out of range gets the range message with its bounds.
  reflectionRhythmWeeks: z.preprocess(
    (value) => (value === '' || value === null ? undefined : value),
    z.coerce
      .number({ error: (issue) => (issue.code === 'invalid_type' ? 'validation.required' : undefined) })
      .int('intake.errors.rhythm')
      .min(1, 'intake.errors.rhythm')
      .max(26, 'intake.errors.rhythm'),
  ),
});
export type IntakeInput = z.infer<typeof intakeInputSchema>;
export type IntakeFormInput = z.input<typeof intakeInputSchema>;

/** The links of the chain, in order; an assumption belongs to the step from a link to the next. */
export const theoryLinks = ['input', 'activities', 'output', 'outcome', 'impact'] as const;
export type TheoryLink = (typeof theoryLinks)[number];
export const assumptionLinks = ['input', 'activities', 'output', 'outcome'] as const;

/** The theory-of-change form. */
export const theoryInputSchema = z.object({
  input: required(2000),
  activities: required(2000),
  output: required(2000),
  outcome: required(2000),
  impact: required(2000),
  inputAssumption: optional(2000),
  activitiesAssumption: optional(2000),
  outputAssumption: optional(2000),
  outcomeAssumption: optional(2000),
});
export type TheoryInput = z.infer<typeof theoryInputSchema>;
export type TheoryFormInput = z.input<typeof theoryInputSchema>;
