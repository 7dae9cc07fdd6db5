// SPDX-License-Identifier: EUPL-1.2
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { adoptionsService } from '../gates/adoptions.service.js';
import { gatesService } from '../gates/gates.service.js';
import { intakeService } from '../intake/intake.service.js';
import { lessonsService } from '../lessons/lessons.service.js';
import { paradoxService } from '../paradox/paradox.service.js';
import { participationService } from '../participation/participation.service.js';
import { pilotsService, type PilotDetail } from '../pilots/pilots.service.js';
import type { AppContext } from '../platform/module.js';
import { ApiProblem, invalidParams } from './api-errors.js';
import { pathIdSchema } from './api-requests.schemas.js';
import { apiPolicy } from './api.policy.js';
import type { ApiPilot } from './api.schemas.js';
import { presentAdoption, presentGateDecision, presentIntake, presentParadox, presentPilotLesson } from './learning.presenter.js';
import { presentPilot } from './pilots.presenter.js';

/** Helpers the read and write routes share: query parsing, finding a pilot the requester may see, presenting it. */

/** Parses a query with a zod schema; a problem naming each wrong parameter otherwise. */
export function parseQuery<T extends z.ZodType>(schema: T, request: FastifyRequest): z.infer<T> {
  const parsed = schema.safeParse(request.query ?? {});
  if (!parsed.success) throw new ApiProblem(400, 'invalid_parameters', { invalidParams: invalidParams(parsed.error.issues, { topLevel: true }) });
  return parsed.data;
}

/** A pilot the requester may see: listed, or unlisted but editable by the token's member; 404 otherwise. */
export async function visiblePilot(context: AppContext, request: FastifyRequest, rawId: unknown): Promise<PilotDetail> {
  const reader = apiPolicy.reader(request);
  const id = pathIdSchema.safeParse(rawId);
  const pilot = id.success ? await pilotsService(context).findById(id.data) : undefined;
  if (!pilot) throw new ApiProblem(404, 'not_found');
  if (!pilot.listed && !apiPolicy.seeUnlisted(await pilotsService(context).canEdit(pilot.id, reader))) throw new ApiProblem(404, 'not_found');
  return pilot;
}

/**
 * One pilot as the API shows it, with its participants and learning blocks. Each block is one indexed lookup
 * by pilot id (a few rows each), run side by side, so the cost does not grow with the number of pilots.
 */
export async function pilotResource(context: AppContext, pilot: PilotDetail, authenticated: boolean): Promise<ApiPilot> {
  const [participants, gates, intake, paradox, lessons, adoptions] = await Promise.all([
    participationService(context).participantsOf(pilot.id),
    gatesService(context).history(pilot.id),
    intakeService(context).forPilot(pilot.id),
    paradoxService(context).overview(pilot.id),
    lessonsService(context).publishedForPilot(pilot.id),
    adoptionsService(context).forPilot(pilot.id),
  ]);
  const learning = {
    gates: gates.map(presentGateDecision),
    intake: intake ? presentIntake(intake) : null,
    paradox: presentParadox(paradox),
    lessons: lessons.map(presentPilotLesson),
    adoptions: adoptions.adoptions.map(presentAdoption),
  };
  return presentPilot(pilot, participants, learning, { baseUrl: context.config.baseUrl, authenticated });
}
