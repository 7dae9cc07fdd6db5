// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { maxId, positiveId } from '../platform/ids.js';
import { carriedKinds, closingOutcomes, gateDecisions, resultDecisions, scalingDirections, scalingReaches, valueKinds, valueSizes } from './gates.tables.js';

const score = z.coerce
  .number({ message: 'validation.required' })
  .int('gates.validation.score')
  .min(1, 'gates.validation.score')
  .max(5, 'gates.validation.score');
const note = z.string().trim().min(1, 'validation.required').max(2000);

/** A gate decision as the form posts it and as the demo loader passes it: flat, one score and note per indicator. */
export const gateDecisionSchema = z.object({
  decision: z.enum(gateDecisions, { message: 'validation.required' }),
  publicValueScore: score,
  publicValueNote: note,
  useValueScore: score,
  useValueNote: note,
  technicalApproachScore: score,
  technicalApproachNote: note,
  costScore: score,
  costNote: note,
  reason: z.string().trim().min(1, 'validation.required').max(2000),
});

export type GateDecisionInput = z.infer<typeof gateDecisionSchema>;

/** A positive integer route parameter, or 404. */
export const idParamSchema = positiveId;

const requiredText = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const checkboxList = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);

/** The end evaluation; a stopped pilot needs its reason. */
export const closingSchema = z
  .object({
    outcome: z.enum(closingOutcomes, { message: 'validation.required' }),
    stopReason: z.string().trim().max(2000).optional().transform((value) => value || null),
    valueKinds: z.preprocess(checkboxList, z.array(z.enum(valueKinds)).min(1, 'validation.required')),
    valueSize: z.enum(valueSizes, { message: 'validation.required' }),
    resultDecision: z.enum(resultDecisions, { message: 'validation.required' }),
    resultArgument: requiredText(4000),
  })
  .superRefine((value, issues) => {
    if (value.outcome === 'stopped' && !value.stopReason) issues.addIssue({ code: 'custom', path: ['stopReason'], message: 'gates.validation.stopReason' });
  });

export type ClosingInput = z.infer<typeof closingSchema>;

export const followThroughSchema = z.object({
  carried: z.enum(carriedKinds, { message: 'validation.required' }),
  destination: requiredText(500),
  carriedBy: requiredText(500),
  direction: z.enum(scalingDirections, { message: 'validation.required' }),
  reach: z.enum(scalingReaches, { message: 'validation.required' }),
});

export type FollowThroughInput = z.infer<typeof followThroughSchema>;

export const adoptionSchema = z.object({
  note: requiredText(2000),
  adopterPilotId: z.preprocess((value) => (value === '' || value === undefined ? undefined : value), z.coerce.number().int().positive('validation.invalid_value').max(maxId, 'validation.invalid_value').optional()),
});

export type AdoptionInput = z.infer<typeof adoptionSchema>;
