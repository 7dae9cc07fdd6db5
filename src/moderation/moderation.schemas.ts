// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { reportReasons } from './moderation.tables.js';

export const reportTextMax = 2000;
export const decisionReasonMin = 10;
export const decisionReasonMax = 2000;

/** The report form: a reason, and a text that is required when the reason is 'other'. */
export const reportSchema = z
  .object({
    reason: z.enum(reportReasons),
    text: z
      .string()
      .trim()
      .max(reportTextMax)
      .optional()
      .transform((value) => (value ? value : undefined)),
  })
  .superRefine((value, issues) => {
    if (value.reason === 'other' && !value.text) {
      issues.addIssue({ code: 'custom', path: ['text'], message: 'validation.required' });
    }
  });

export type ReportInput = z.infer<typeof reportSchema>;

const reasonText = (min: number) =>
  z
    .string()
    .trim()
    .min(1, 'validation.required')
    .min(min)
    .max(decisionReasonMax);

/**
 * The moderator's decision forms. Each form has its own field name (hideReason, restoreReason, dismissReason)
 * so the three forms on one page never share an element id.
 */
export const hideSchema = z.object({ hideReason: reasonText(decisionReasonMin) });
export const restoreSchema = z.object({ restoreReason: reasonText(1) });
export const dismissSchema = z.object({ dismissReason: reasonText(1) });

/** Query of the audit page. */
export const auditQuerySchema = z.object({
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[a-z_.]*$/)
    .optional()
    .catch(undefined)
    .transform((value) => (value ? value : undefined)),
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});

/** Query of the queue page. */
export const queueQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).catch(1).default(1),
});
