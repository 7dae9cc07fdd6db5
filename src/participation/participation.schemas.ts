// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { notFound } from '../platform/errors.js';

/** The team's form to add a participant: a name or CBS code, resolved by the organisations service. */
export const addParticipantSchema = z.object({
  organisation: z.string().trim().min(1, 'validation.required').max(200),
});

/** A moderator's form to link pilots: the other pilot's number or URL and an optional note. */
export const connectionFormSchema = z.object({
  otherPilot: z.string().trim().min(1, 'validation.required').max(500),
  connectionNote: z.string().trim().max(500).optional(),
});

const idSchema = z.string().regex(/^\d{1,9}$/).transform(Number);

/** A numeric id from the path; anything else is a page that does not exist. */
export function idParam(params: unknown, name: string): number {
  const value = (params as Record<string, unknown> | null)?.[name];
  const parsed = idSchema.safeParse(value);
  if (!parsed.success || parsed.data < 1) throw notFound();
  return parsed.data;
}

/**
 * Reads a pilot reference as people paste it: "42", "#42", "/pilots/42", "https://host/pilots/42-some-title".
 * Undefined when no pilot number can be found.
 */
export function parsePilotReference(text: string): number | undefined {
  const trimmed = text.trim();
  const plain = /^#?(\d{1,9})$/.exec(trimmed);
  const fromUrl = /\/pilots\/(\d{1,9})(?:[-/?#]|$)/.exec(trimmed);
  const digits = plain?.[1] ?? fromUrl?.[1];
  if (digits === undefined) return undefined;
  const id = Number(digits);
  return id > 0 ? id : undefined;
}
