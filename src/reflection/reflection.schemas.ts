// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

const asList = (value: unknown): unknown => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((value) => (value ? value : undefined));
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (value: string) => isoDay.test(value) && !Number.isNaN(new Date(`${value}T00:00:00Z`).getTime());

/** How many action rows the session form offers. */
export const actionRows = 3;

/**
 * The session form: the four questions, notes, up to three new actions (description, owner, due date as
 * parallel lists) and the open actions the team ticks as done.
 */
export const sessionFormSchema = z
  .object({
    heldOn: z.string().trim().min(1, 'validation.required').refine(validDay, 'validation.invalid_date'),
    lessonsLearned: z.string().trim().min(1, 'validation.required').max(5000),
    lessonsShared: optionalText(5000),
    implications: optionalText(5000),
    whomToInvolve: optionalText(5000),
    notes: optionalText(5000),
    actionDescription: z.preprocess(asList, z.array(z.string().trim().max(500))),
    actionOwner: z.preprocess(asList, z.array(z.string().trim().max(200))),
    actionDue: z.preprocess(asList, z.array(z.string().trim())),
    doneActions: z.preprocess(asList, z.array(z.string().regex(/^\d{1,9}$/, 'validation.invalid_value'))),
  })
  .superRefine((form, issues) => {
    form.actionDescription.forEach((description, index) => {
      const owner = form.actionOwner[index] ?? '';
      const due = form.actionDue[index] ?? '';
      if (!description && !owner && !due) return;
      if (!description || !owner) issues.addIssue({ code: 'custom', path: ['actions'], message: 'reflection.errors.actionIncomplete' });
      else if (due && !validDay(due)) issues.addIssue({ code: 'custom', path: ['actions'], message: 'reflection.errors.actionDue' });
    });
  })
  .transform((form) => ({
    heldOn: form.heldOn,
    lessonsLearned: form.lessonsLearned,
    lessonsShared: form.lessonsShared,
    implications: form.implications,
    whomToInvolve: form.whomToInvolve,
    notes: form.notes,
    actions: form.actionDescription.flatMap((description, index) =>
      description ? [{ description, owner: form.actionOwner[index] ?? '', dueOn: form.actionDue[index] || null }] : [],
    ),
    doneActionIds: form.doneActions.map(Number),
  }));

/** What recordSession takes: plain data, so the demo loader can call it without a form. */
export type SessionInput = z.infer<typeof sessionFormSchema>;

/** The barriers form: ticked barriers, "barrier:strategy" marks, ticked risks. */
export const checklistFormSchema = z.object({
  barriers: z.preprocess(asList, z.array(z.string())),
  helpful: z.preprocess(asList, z.array(z.string())),
  risks: z.preprocess(asList, z.array(z.string())),
});
