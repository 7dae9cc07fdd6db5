// SPDX-License-Identifier: EUPL-1.2
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../platform/errors.js';
import type { PilotCondition } from '../pilots/pilots.service.js';
import type { Problem } from './api.schemas.js';

/** Codes the API answers with; each has a title and detail in api.messages.ts (`api.problems.<code>`). */
export type ProblemCode =
  | 'bad_request'
  | 'invalid_parameters'
  | 'invalid_body'
  | 'unauthenticated'
  | 'invalid_token'
  | 'forbidden'
  | 'not_found'
  | 'external_id_taken'
  | 'unknown_organisation'
  | 'conditions_not_met'
  | 'unsupported_media_type'
  | 'too_large'
  | 'too_many_requests'
  | 'internal';

/** An API error answered as application/problem+json. Thrown by API handlers; never leaves /api/v1. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly extra: { invalidParams?: { name: string; reason: string }[]; failedConditions?: PilotCondition[]; headers?: Record<string, string> } = {},
  ) {
    super(code);
  }
}

type Issue = { path: readonly PropertyKey[]; message: string; minimum?: unknown; maximum?: unknown };

/**
 * Turns zod issues into the problem's `invalidParams` ({ name: 'phase', reason: '…' }). Query parameters are
 * named as sent (`phase`, not `phase.0`); body fields by their path (`links.0.url`). Messages that are i18n keys
 * (the shared pilot schema uses them) are translated into the client's language.
 */
export function invalidParams(issues: readonly Issue[], options: { t?: (key: string, params?: Record<string, string | number>) => string; topLevel?: boolean } = {}): { name: string; reason: string }[] {
  return issues.map((issue) => {
    const name = (options.topLevel ? issue.path.slice(0, 1) : issue.path).map(String).join('.') || '(body)';
    const params: Record<string, string | number> = { field: name };
    if (typeof issue.minimum === 'number' || typeof issue.minimum === 'bigint') params.min = Number(issue.minimum);
    if (typeof issue.maximum === 'number' || typeof issue.maximum === 'bigint') params.max = Number(issue.maximum);
    const translated = /^[a-z_]+(\.[a-zA-Z_]+)+$/.test(issue.message) && options.t ? options.t(issue.message, params) : issue.message;
    return { name, reason: translated };
  });
}

/** Maps anything thrown inside /api/v1 to a status and code, like the platform's handler does for pages. */
function classify(error: unknown): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (error instanceof AppError) {
    const known: Record<number, ProblemCode> = { 400: 'bad_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 409: 'external_id_taken' };
    return new ApiProblem(error.status, known[error.status] ?? (error.status >= 500 ? 'internal' : 'bad_request'));
  }
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new ApiProblem(413, 'too_large');
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new ApiProblem(415, 'unsupported_media_type');
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    // A malformed JSON body or header: the client's mistake, told without internals.
    return new ApiProblem(fastifyError.statusCode, fastifyError.statusCode === 429 ? 'too_many_requests' : 'bad_request');
  }
  return new ApiProblem(500, 'internal');
}

/** Sends a problem: RFC 9457 fields plus the stable `code` the NL API design rules ask for. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: ApiProblem): FastifyReply {
  const t = request.t ?? ((key: string) => key);
  const body: Problem = {
    type: `urn:pilotstarter:problem:${problem.code}`,
    title: t(`api.problems.${problem.code}.title`),
    status: problem.status,
    detail: t(`api.problems.${problem.code}.detail`),
    instance: request.url.split('?')[0] ?? request.url,
    code: problem.code,
    ...(problem.extra.invalidParams ? { invalidParams: problem.extra.invalidParams } : {}),
    ...(problem.extra.failedConditions ? { failedConditions: problem.extra.failedConditions } : {}),
  };
  for (const [name, value] of Object.entries(problem.extra.headers ?? {})) reply.header(name, value);
  return reply.status(problem.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(body));
}

/**
 * The API's own error and not-found handlers, set inside its encapsulated plugin so they apply to /api/v1 only:
 * pages keep the platform's HTML/JSON handler, the API always answers problem+json.
 */
export function registerApiErrorHandling(api: FastifyInstance): void {
  api.setErrorHandler(async (error, request, reply) => {
    const problem = classify(error);
    if (problem.status >= 500) request.log.error({ err: error, requestId: request.id }, 'api request failed');
    return sendProblem(request, reply, problem);
  });
  api.setNotFoundHandler(async (request, reply) => sendProblem(request, reply, new ApiProblem(404, 'not_found')));
}
