// SPDX-License-Identifier: EUPL-1.2
import type { z } from 'zod';
import type { Translate } from './i18n.js';
import type { FormState } from './views/form-components.js';

type RawBody = Record<string, unknown>;

/** Keeps what the user typed as strings (or string lists), so a form can be shown again exactly as it was sent. */
export function formValues(body: unknown): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  if (!body || typeof body !== 'object') return values;
  for (const [key, value] of Object.entries(body as RawBody)) {
    if (key === '_csrf' || key.startsWith('password')) continue;
    if (typeof value === 'string') values[key] = value;
    else if (Array.isArray(value)) values[key] = value.filter((item): item is string => typeof item === 'string');
  }
  return values;
}

/**
 * Turns zod issues into one translated message per field. Schemas put an i18n key in each custom message
 * (`validation.required` …); zod's own codes map to `validation.<code>` with the limits as parameters.
 */
export function fieldErrors(error: z.ZodError, t: Translate, fieldLabel: (field: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form');
    if (errors[field]) continue;
    const params: Record<string, string | number> = { field: fieldLabel(field) };
    const extra = issue as unknown as Record<string, unknown>;
    if (typeof extra.minimum === 'number' || typeof extra.minimum === 'bigint') params.min = Number(extra.minimum);
    if (typeof extra.maximum === 'number' || typeof extra.maximum === 'bigint') params.max = Number(extra.maximum);
    // A schema's custom message is an i18n key ("validation.required", "pilots.errors.dates"); zod's own
    // English messages contain spaces and are replaced by the generic text for the issue's code.
    const key = /^[a-z][\w-]*(\.[\w-]+)+$/i.test(issue.message) ? issue.message : `validation.${issue.code}`;
    errors[field] = t(key, params);
  }
  return errors;
}

export type FormResult<T> = { ok: true; data: T } | { ok: false; form: FormState };

/** Parses a submitted form with a schema; on failure returns the form state to render again with status 422. */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: unknown,
  t: Translate,
  fieldLabel: (field: string) => string,
): FormResult<z.infer<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, form: { values: formValues(body), errors: fieldErrors(result.error, t, fieldLabel) } };
}
