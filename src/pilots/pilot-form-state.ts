// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';
import { fieldErrors } from '../platform/forms.js';
import type { Translate } from '../platform/i18n.js';
import type { FormState } from '../platform/views/form-components.js';
import type { ConditionProblem } from './pilots.conditions.js';
import type { PilotDetail } from './pilots.types.js';

/** The label a message names a field by. */
export const fieldLabel = (t: Translate) => (field: string): string => t(`pilots.fields.${field}.label`);

/**
 * One message per field. Platform keys (`validation.*`) go through the shared mapping; this module's own keys
 * (`pilots.validation.*`) get the field label, the limits and, for links, the row number.
 */
export function pilotFieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const errors = fieldErrors(error, t, fieldLabel(t));
  const own = new Set<string>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (!issue.message.startsWith('pilots.') || own.has(field)) continue;
    own.add(field);
    const extra = issue as unknown as Record<string, unknown>;
    const row = typeof issue.path[1] === 'number' ? issue.path[1] + 1 : 1;
    errors[field] = t(issue.message, {
      field: fieldLabel(t)(field),
      row,
      ...(typeof extra.maximum === 'number' ? { max: extra.maximum } : {}),
      ...(typeof extra.minimum === 'number' ? { min: extra.minimum } : {}),
    });
  }
  return errors;
}

/** Messages for unmet publication conditions, at the field to fix; several problems at one field are joined. */
export function conditionErrors(problems: readonly ConditionProblem[], t: Translate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const problem of problems) {
    const words = (problem.words ?? []).map((word) => `“${word}”`).join(', ');
    const message = t(`pilots.conditions.problem.${problem.code}`, { field: fieldLabel(t)(problem.field), words });
    errors[problem.field] = errors[problem.field] ? `${errors[problem.field]} ${message}` : message;
  }
  return errors;
}

/** A saved pilot as form values, for the edit form. */
export function pilotFormValues(pilot: PilotDetail, participantNames: readonly string[]): Record<string, string | string[]> {
  return {
    title: pilot.title,
    summary: pilot.summary,
    what: pilot.what,
    goal: pilot.goal,
    deliverables: pilot.deliverables,
    approach: pilot.approach,
    milestones: pilot.milestones,
    themes: [...pilot.themes],
    tags: pilot.tags.join(', '),
    participants: participantNames.join('\n'),
    contactName: pilot.contactName,
    contactEmail: pilot.contactEmail,
    startDate: pilot.startDate ?? '',
    plannedEndDate: pilot.plannedEndDate ?? '',
    linkLabel: pilot.links.map((link) => link.label),
    linkUrl: pilot.links.map((link) => link.url),
    phase: pilot.phase,
    status: pilot.status,
    statusReason: pilot.statusReason ?? '',
    purpose: pilot.purpose ?? '',
    innovationObject: pilot.innovationObject ?? '',
    degree: pilot.degree ?? '',
    level: pilot.level ?? '',
    innovationAreas: [...pilot.innovationAreas],
    confirmsInDevelopment: pilot.confirmsInDevelopment ? '1' : '',
    confirmsNotCommercial: pilot.confirmsNotCommercial ? '1' : '',
  };
}

/** A new form: the member's own name and address as contact, phase idea, status running. */
export function newPilotFormState(user: { name: string; email: string }): FormState {
  return { values: { contactName: user.name, contactEmail: user.email, phase: 'idea', status: 'running' }, errors: {} };
}
