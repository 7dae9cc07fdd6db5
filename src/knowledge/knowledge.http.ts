// SPDX-License-Identifier: EUPL-1.2
import type { FastifyReply, FastifyRequest } from 'fastify';

// Path ids: the platform's shared parser (src/platform/ids.ts).
export { idParam } from '../platform/ids.js';

/** Sends an anonymous visitor to sign in, coming back to `returnTo` afterwards. */
export function toSignIn(reply: FastifyReply, returnTo: string): FastifyReply {
  return reply.redirect(`/sign-in?return=${encodeURIComponent(returnTo)}`, 303);
}

/** Labels for form errors: `knowledge.fields.<name>`. */
export const fieldLabel = (request: FastifyRequest) => (field: string) => request.t(`knowledge.fields.${field}`);
