// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { notFound } from '../platform/errors.js';
import { assignableRoles, clientKinds, compositionTags } from './teams.tables.js';

const roleFields = {
  role: z.enum(assignableRoles, { message: 'validation.invalid_value' }),
  clientKind: z.enum(clientKinds).optional().or(z.literal('').transform(() => undefined)),
};

/** The team's invitation form: an e-mail address and the role the person will have. */
export const inviteSchema = z.object({
  email: z.string().trim().min(1, 'validation.required').max(320).email('validation.invalid_email'),
  ...roleFields,
});

/** Changing a member's role. */
export const roleSchema = z.object(roleFields);

const asList = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);

/** A member's own composition tags (checkboxes: absent, one string or several). */
export const tagsSchema = z.object({ tags: z.preprocess(asList, z.array(z.enum(compositionTags))) });

/** A coach's note for the team. */
export const coachNoteSchema = z.object({ note: z.string().trim().min(1, 'validation.required').max(4000, 'validation.too_big') });

/** An invitation token from the path (base64url, 43 characters). */
export function tokenParam(params: unknown): string {
  const value = (params as Record<string, unknown> | null)?.token;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{20,100}$/.test(value)) throw notFound();
  return value;
}

/** A user id from the path (accounts use text ids). */
export function userIdParam(params: unknown): string {
  const value = (params as Record<string, unknown> | null)?.userId;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) throw notFound();
  return value;
}

// Path ids: the platform's shared parser (src/platform/ids.ts).
export { idParam } from '../platform/ids.js';
