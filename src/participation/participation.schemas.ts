// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';

/** The team's form to add a participant: a name or CBS code, resolved by the organisations service. */
export const addParticipantSchema = z.object({
  organisation: z.string().trim().min(1, 'validation.required').max(200),
});

/** A moderator's form to link pilots: the other pilot's number or URL and an optional note. */
export const connectionFormSchema = z.object({
  otherPilot: z.string().trim().min(1, 'validation.required').max(500),
  connectionNote: z.string().trim().max(500).optional(),
});

// Path ids: the platform's shared parser (src/platform/ids.ts).
export { idParam } from '../platform/ids.js';

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
