// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { detailAsInput, pilotsService, type PilotSaveResult } from '../pilots/pilots.service.js';
import { pilotInputSchema, type PilotInput } from '../pilots/pilots.schemas.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { ApiProblem, invalidParams } from './api-errors.js';
import { publishFlagSchema } from './api-requests.schemas.js';
import { apiPolicy } from './api.policy.js';
import { pilotResource, visiblePilot } from './api-resources.js';

const jsonTypes = /^application\/(?:merge-patch\+)?json\b/i;

/** The body as an object, with `publish` taken out; 415 for non-JSON, 400 for anything but an object. */
function readBody(request: FastifyRequest): { fields: Record<string, unknown>; publish: boolean | undefined } {
  if (!jsonTypes.test(request.headers['content-type'] ?? '')) throw new ApiProblem(415, 'unsupported_media_type');
  const body = request.body;
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    throw new ApiProblem(400, 'invalid_body', { invalidParams: [{ name: '(body)', reason: 'expected a JSON object' }] });
  }
  const { publish, ...fields } = body as Record<string, unknown>;
  const flag = publishFlagSchema.safeParse(publish);
  if (!flag.success) throw new ApiProblem(400, 'invalid_body', { invalidParams: [{ name: 'publish', reason: 'expected true or false' }] });
  return { fields, publish: flag.data };
}

function validInput(request: FastifyRequest, candidate: Record<string, unknown>): PilotInput {
  const parsed = pilotInputSchema.safeParse(candidate);
  if (!parsed.success) throw new ApiProblem(400, 'invalid_body', { invalidParams: invalidParams(parsed.error.issues, { t: request.t }) });
  return parsed.data;
}

/** Turns a refused save into its problem; the caller handles success. */
function refusal(request: FastifyRequest, result: Exclude<PilotSaveResult, { ok: true }>): ApiProblem {
  switch (result.reason) {
    case 'conditions_not_met':
      return new ApiProblem(422, 'conditions_not_met', {
        failedConditions: result.failed,
        // The form's own explanation of each problem, in the client's language.
        invalidParams: result.problems.map((problem) => ({
          name: problem.field,
          reason: request.t(`pilots.conditions.problem.${problem.code}`, { field: problem.field, words: (problem.words ?? []).join(', ') }),
        })),
      });
    case 'external_id_taken':
      return new ApiProblem(409, 'external_id_taken', { invalidParams: [{ name: 'externalId', reason: 'already used by another pilot' }] });
    case 'unknown_organisation':
      return new ApiProblem(422, 'unknown_organisation', {
        invalidParams: result.organisationIds.map((id) => ({ name: 'organisationId', reason: `no organisation ${id}` })),
      });
    case 'not_found':
      return new ApiProblem(404, 'not_found');
    case 'forbidden':
      return new ApiProblem(403, 'forbidden');
  }
}

async function sendSaved(context: AppContext, reply: FastifyReply, id: number, status: 200 | 201): Promise<FastifyReply> {
  const pilot = await pilotsService(context).findById(id);
  if (!pilot) throw new ApiProblem(404, 'not_found');
  if (status === 201) reply.header('Location', `${context.config.baseUrl}/api/v1/pilots/${id}`);
  return reply.status(status).send(await pilotResource(context, pilot, true));
}

/** Defaults a member would otherwise type: their own organisation as initiator and themselves as contact. */
function withMemberDefaults(fields: Record<string, unknown>, user: CurrentUser): Record<string, unknown> {
  return {
    initiatorOrganisationId: user.organisation?.id,
    contactName: user.name,
    contactEmail: user.email,
    ...fields,
  };
}

/** JSON merge patch (RFC 7396) on the stored pilot: absent keys stay, null removes an optional field. */
function mergePatch(current: PilotInput, patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Registering and changing pilots with a personal API token. */
export function registerApiWriteRoutes(api: FastifyInstance, context: AppContext): void {
  api.post('/pilots', async (request, reply) => {
    const user = apiPolicy.writer(request);
    const { fields, publish } = readBody(request);
    const input = validInput(request, withMemberDefaults(fields, user));
    const result = await pilotsService(context).create(input, user, { publish: publish ?? true });
    if (!result.ok) throw refusal(request, result);
    return sendSaved(context, reply, result.id, 201);
  });

  api.patch('/pilots/:id', async (request, reply) => {
    const user = apiPolicy.writer(request);
    const pilot = await visiblePilot(context, request, (request.params as { id: string }).id);
    if (!(await pilotsService(context).canEdit(pilot.id, user))) throw new ApiProblem(403, 'forbidden');
    const { fields, publish } = readBody(request);
    const input = validInput(request, mergePatch(detailAsInput(pilot), fields));
    const result = await pilotsService(context).update(pilot.id, input, user, { publish: publish === true });
    if (!result.ok) throw refusal(request, result);
    return sendSaved(context, reply, result.id, 200);
  });
}
