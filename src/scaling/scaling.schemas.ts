// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { recommendations, standardsFits } from './scaling.tables.js';

const text = (max: number) => z.string().trim().min(1, 'validation.required').max(max);
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { message: 'validation.required' });

/** An impact analysis as a moderator records it (issue 4 point 6). */
export const impactAnalysisSchema = z.object({
  reachMunicipalities: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() === '' ? undefined : value),
    z.coerce.number({ message: 'validation.required' }).int('validation.invalid_value').min(1).max(1000),
  ),
  reach: text(2000),
  expectedValue: text(4000),
  costs: text(4000),
  prerequisites: text(4000),
  standardsFit: choice(standardsFits),
  standardsExplanation: text(4000),
  recommendation: choice(recommendations),
  recommendationArgument: text(4000),
});
export type ImpactAnalysisInput = z.infer<typeof impactAnalysisSchema>;

export const scalingListQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(10_000).optional() });
