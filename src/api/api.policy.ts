// SPDX-License-Identifier: EUPL-1.2
import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../platform/current-user.js';
import { ApiProblem } from './api-errors.js';

/**
 * Who may do what through the API. Reading published pilots is open to anyone; writing needs a personal API
 * token (the accounts module resolves `Authorization: Bearer …` into request.currentUser on /api/ paths).
 * Which organisation a member may register for, and which pilots they may edit, is the pilots module's rule.
 */
export const apiPolicy = {
  /** A writer: the token's member. Without a token or with an unknown one: 401 with a Bearer challenge. */
  writer(request: FastifyRequest): CurrentUser {
    if (request.currentUser) return request.currentUser;
    const sentToken = typeof request.headers.authorization === 'string' && request.headers.authorization.trim() !== '';
    throw new ApiProblem(401, sentToken ? 'invalid_token' : 'unauthenticated', {
      headers: { 'WWW-Authenticate': sentToken ? 'Bearer realm="pilotstarter", error="invalid_token"' : 'Bearer realm="pilotstarter"' },
    });
  },

  /** A reader: anyone. Returns the member when a valid token came with the request (they see contact addresses). */
  reader(request: FastifyRequest): CurrentUser | null {
    return request.currentUser;
  },

  /** Unlisted pilots (drafts, hidden, past their deadline) are visible only to those who may edit them. */
  seeUnlisted(canEdit: boolean): boolean {
    return canEdit;
  },
};
