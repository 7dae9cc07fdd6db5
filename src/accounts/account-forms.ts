// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';
import { fieldErrors, formValues, type FormResult } from '../platform/forms.js';
import type { Translate } from '../platform/i18n.js';
import type { FormState } from '../platform/views/form-components.js';

/** The label of one of our form fields, used in validation messages. */
export const fieldLabel = (t: Translate) => (field: string) => t(`accounts.fields.${field}`);

/**
 * Like the platform's parseForm, and also translates our own rule messages (`accounts.validation.*` keys),
 * which the platform would show as a generic "not valid".
 */
export function parseAccountForm<S extends z.ZodType>(schema: S, body: unknown, t: Translate): FormResult<z.infer<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, data: result.data };
  const label = fieldLabel(t);
  const errors = fieldErrors(result.error, t, label);
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (seen.has(field)) continue;
    seen.add(field);
    if (issue.message.startsWith('accounts.')) errors[field] = t(issue.message, { field: label(field) });
  }
  return { ok: false, form: { values: formValues(body), errors } };
}

/** The submitted form again, with one error message added (a rule only the server can check). */
export function formWithError(body: unknown, field: string, message: string, previous?: FormState): FormState {
  return { values: previous?.values ?? formValues(body), errors: { ...(previous?.errors ?? {}), [field]: message } };
}
