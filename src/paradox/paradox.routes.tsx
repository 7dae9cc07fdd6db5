// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { dimensions, type Scores } from './paradox.dimensions.js';
import { paradoxPolicy } from './paradox.policy.js';
import { pilotIdParam, ratingSchema } from './paradox.schemas.js';
import { paradoxService } from './paradox.service.js';
import { ParadoxPage } from './views/paradox-page.js';

/** GET /pilots/:id/paradox (team page), POST …/ratings (the rater's own ratings), POST …/rounds (next round). */
export function registerParadoxRoutes(app: FastifyInstance, context: AppContext): void {
  const pilots = pilotsService(context);
  const service = paradoxService(context);

  /** The pilot and whether the user is on its team; unknown pilots are a 404. */
  async function teamCheck(pilotId: number, user: CurrentUser | null) {
    const pilot = await pilots.findById(pilotId);
    if (!pilot) throw notFound();
    const decision = paradoxPolicy.team(user, await pilots.isTeam(pilotId, pilot.createdByUserId, user));
    return { pilot, decision };
  }

  async function render(request: FastifyRequest, reply: FastifyReply, pilot: { id: number; title: string }, form: FormState, status: number) {
    const overview = await service.overview(pilot.id);
    return sendPage(reply, <ParadoxPage ctx={pageContext(request, reply)} pilot={{ id: pilot.id, title: pilot.title }} overview={overview} form={form} />, status);
  }

  app.get('/pilots/:id/paradox', async (request, reply) => {
    const pilotId = pilotIdParam(request.params);
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    const { pilot, decision } = await teamCheck(pilotId, request.currentUser);
    if (!decision.ok) throw forbidden();
    // Pre-fill the form with the viewer's own ratings in the current round, so saving again is a small change.
    const overview = await service.overview(pilotId);
    const own = overview.current?.ratings.find((mark) => mark.userId === request.currentUser!.id);
    const form: FormState = own
      ? { values: { ...Object.fromEntries(dimensions.map((d) => [d, String(own.scores[d])])), showName: own.showName ? ['yes'] : [] }, errors: {} }
      : emptyForm;
    return render(request, reply, pilot, form, 200);
  });

  app.post('/pilots/:id/paradox/ratings', async (request, reply) => {
    const pilotId = pilotIdParam(request.params);
    if (!request.currentUser) throw unauthenticated();
    const { pilot, decision } = await teamCheck(pilotId, request.currentUser);
    if (!decision.ok) throw forbidden();
    const t = request.t;
    const parsed = parseForm(ratingSchema, request.body, t, (field) => (dimensions.includes(field as never) ? t(`paradox.dimension.${field}.name`) : field));
    if (!parsed.ok) return render(request, reply, pilot, parsed.form, 422);
    const { showName, ...scores } = parsed.data;
    const result = await service.recordRating(pilotId, decision.user.id, scores as Scores, showName === 'yes');
    if (!result.ok) throw notFound(); // unreachable: the schema already limits scores to 1..5
    reply.setFlash({ kind: 'ok', key: 'paradox.flash.saved', params: { number: result.roundNumber } });
    return reply.redirect(`/pilots/${pilotId}/paradox`, 303);
  });

  app.post('/pilots/:id/paradox/rounds', async (request, reply) => {
    const pilotId = pilotIdParam(request.params);
    if (!request.currentUser) throw unauthenticated();
    const { decision } = await teamCheck(pilotId, request.currentUser);
    if (!decision.ok) throw forbidden();
    const result = await service.openRound(pilotId, decision.user.id);
    reply.setFlash(
      result.ok
        ? { kind: 'ok', key: 'paradox.flash.roundOpened', params: { number: result.number } }
        : { kind: 'info', key: 'paradox.flash.roundEmpty', params: { number: result.number } },
    );
    return reply.redirect(`/pilots/${pilotId}/paradox`, 303);
  });
}
