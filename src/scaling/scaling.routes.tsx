// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pilotsService } from '../pilots/pilots.service.js';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { scalingPolicy } from './scaling.policy.js';
import { impactAnalysisSchema, scalingListQuerySchema } from './scaling.schemas.js';
import { scalingService, type ImpactAnalysis, type ScalingResult } from './scaling.service.js';
import { ScalingListPage } from './views/scaling-list-page.js';
import { ScalingManagePage } from './views/scaling-manage-page.js';

// The id column's range (PostgreSQL integer): anything outside it is an unknown page, never a database error.
const idSchema = z.coerce.number().int().min(1).max(2_147_483_647);

function pilotIdOf(request: FastifyRequest): number {
  const parsed = idSchema.safeParse((request.params as Record<string, unknown>).id);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** The latest analysis as form values, so a new version starts from the current one. */
function formFrom(analysis: ImpactAnalysis | null | undefined): FormState {
  if (!analysis) return emptyForm;
  const { version: _version, recordedAt: _at, recordedByName: _by, reachMunicipalities, ...texts } = analysis;
  return { values: { ...texts, reachMunicipalities: String(reachMunicipalities) }, errors: {} };
}

function failure(result: Exclude<ScalingResult, { ok: true }>): Error {
  return result.reason === 'forbidden' ? forbidden() : notFound();
}

/** Routes: the public candidate list (/scaling) and the moderators' page per pilot (/pilots/:id/scaling). */
export function registerScalingRoutes(app: FastifyInstance, context: AppContext): void {
  const scaling = scalingService(context);
  const pilots = pilotsService(context);

  /** Moderators only: visitors are sent to sign in (pages) or refused (posts), members get 403. */
  function requireModerator(request: FastifyRequest, reply: FastifyReply): boolean {
    if (!request.currentUser) {
      if (request.method !== 'GET') throw unauthenticated();
      void reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
      return false;
    }
    if (!scalingPolicy.manage(request.currentUser)) throw forbidden();
    return true;
  }

  async function renderManage(request: FastifyRequest, reply: FastifyReply, pilotId: number, form?: FormState, status = 200) {
    const pilot = await pilots.findById(pilotId);
    if (!pilot) throw notFound();
    const [candidate, history] = await Promise.all([scaling.forPilot(pilotId), scaling.history(pilotId)]);
    const shown = form ?? formFrom(candidate?.analysis);
    return sendPage(reply, <ScalingManagePage ctx={pageContext(request, reply)} pilot={{ id: pilot.id, title: pilot.title }} candidate={candidate} history={history} form={shown} />, status);
  }

  app.get('/scaling', async (request, reply) => {
    const parsed = scalingListQuerySchema.safeParse(request.query ?? {});
    const result = await scaling.listed(parsed.success ? (parsed.data.page ?? 1) : 1);
    const summaries = await pilots.summaries(result.items.map((item) => item.pilotId));
    return sendPage(reply, <ScalingListPage ctx={pageContext(request, reply)} result={result} pilots={new Map(summaries.map((pilot) => [pilot.id, pilot]))} />);
  });

  app.get('/pilots/:id/scaling', async (request, reply) => {
    if (!requireModerator(request, reply)) return reply;
    return renderManage(request, reply, pilotIdOf(request));
  });

  app.post('/pilots/:id/scaling/candidate', async (request, reply) => {
    requireModerator(request, reply);
    const pilotId = pilotIdOf(request);
    const result = await scaling.mark(pilotId, request.currentUser);
    if (!result.ok) throw failure(result);
    reply.setFlash({ kind: 'ok', key: 'scaling.flash.marked' });
    return reply.redirect(`/pilots/${pilotId}/scaling`, 303);
  });

  app.post('/pilots/:id/scaling/candidate/remove', async (request, reply) => {
    requireModerator(request, reply);
    const pilotId = pilotIdOf(request);
    const result = await scaling.unmark(pilotId, request.currentUser);
    if (!result.ok) throw failure(result);
    reply.setFlash({ kind: 'ok', key: 'scaling.flash.unmarked' });
    return reply.redirect(`/pilots/${pilotId}/scaling`, 303);
  });

  app.post('/pilots/:id/scaling/analysis', async (request, reply) => {
    requireModerator(request, reply);
    const pilotId = pilotIdOf(request);
    const parsed = parseForm(impactAnalysisSchema, request.body, request.t, (field) => request.t(`scaling.fields.${field}`));
    if (!parsed.ok) return renderManage(request, reply, pilotId, parsed.form, 422);
    const result = await scaling.recordAnalysis(pilotId, parsed.data, request.currentUser);
    // An analysis needs a candidate first; a stale form after "no longer a candidate" lands back on the page.
    if (!result.ok && result.reason === 'not_candidate') return reply.redirect(`/pilots/${pilotId}/scaling`, 303);
    if (!result.ok) throw failure(result);
    reply.setFlash({ kind: 'ok', key: 'scaling.flash.recorded' });
    return reply.redirect(`/pilots/${pilotId}#scaling-heading`, 303);
  });
}
