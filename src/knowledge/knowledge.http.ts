// SPDX-License-Identifier: EUPL-1.2
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { notFound } from '../platform/errors.js';

const idSchema = z.coerce.number().int().min(1).max(2_147_483_647);

/** A positive integer route parameter; anything else is a page that does not exist. */
export function idParam(request: FastifyRequest, name: string): number {
  const parsed = idSchema.safeParse((request.params as Record<string, unknown>)[name]);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** Sends an anonymous visitor to sign in, coming back to `returnTo` afterwards. */
export function toSignIn(reply: FastifyReply, returnTo: string): FastifyReply {
  return reply.redirect(`/sign-in?return=${encodeURIComponent(returnTo)}`, 303);
}

/** Labels for form errors: `knowledge.fields.<name>`. */
export const fieldLabel = (request: FastifyRequest) => (field: string) => request.t(`knowledge.fields.${field}`);
