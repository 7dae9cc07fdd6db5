// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { formValues, parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { pilotsService, type PilotDetail } from '../pilots/pilots.service.js';
import { teamService } from '../teams/teams.service.js';
import { gatesPolicy } from './gates.policy.js';
import { gateDecisionSchema, idParamSchema } from './gates.schemas.js';
import { gatesService } from './gates.service.js';
import { GatesPage, type GatesPageProps } from './views/gates-page.js';

/** The gate page of a pilot: history for whoever may see the pilot, the decision form for its client or lead. */
export function registerGateRoutes(app: FastifyInstance, context: AppContext): void {
  const pilots = pilotsService(context);
  const gates = gatesService(context);

  function pilotIdOf(request: FastifyRequest): number {
    const parsed = idParamSchema.safeParse((request.params as { id?: unknown }).id);
    if (!parsed.success) throw notFound();
    return parsed.data;
  }

  /** The pilot when the viewer may see it (same rule as its page), else 404 so unlisted pilots do not leak. */
  async function visiblePilot(request: FastifyRequest): Promise<PilotDetail> {
    const pilot = await pilots.findById(pilotIdOf(request));
    if (!pilot) throw notFound();
    if (!pilot.listed && !(await pilots.canEdit(pilot.id, request.currentUser))) throw notFound();
    return pilot;
  }

  async function renderPage(request: FastifyRequest, reply: FastifyReply, pilot: PilotDetail, form: FormState, status: number) {
    const user = request.currentUser;
    const [history, decider, onTeam] = await Promise.all([
      gates.history(pilot.id),
      gates.canDecide(pilot.id, user),
      user ? teamService(context).isTeamMember(pilot.id, user.id) : false,
    ]);
    const refusal = gatesPolicy.openForDecision(pilot);
    let mode: GatesPageProps['mode'] = 'view';
    if (decider) mode = refusal ?? 'decide';
    else if (onTeam) mode = refusal ?? 'not_decider';
    const ctx = pageContext(request, reply);
    return sendPage(reply, <GatesPage ctx={ctx} pilot={pilot} history={history} mode={mode} form={form} />, status);
  }

  app.get('/pilots/:id/gates', async (request, reply) => renderPage(request, reply, await visiblePilot(request), emptyForm, 200));

  app.post('/pilots/:id/gates', async (request, reply) => {
    const pilotId = pilotIdOf(request);
    const user = request.currentUser;
    if (!user) throw unauthenticated();
    if (!gatesPolicy.decide(user, await gates.canDecide(pilotId, user))) throw forbidden();
    const pilot = await visiblePilot(request);
    const { t } = request;
    const parsed = parseForm(gateDecisionSchema, request.body, t, (field) => t(`gates.fields.${field}`));
    if (!parsed.ok) return renderPage(request, reply, pilot, parsed.form, 422);
    const result = await gates.recordDecision(pilotId, parsed.data, user);
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound();
      if (result.reason === 'forbidden') throw forbidden();
      return renderPage(request, reply, pilot, { values: formValues(request.body), errors: { decision: t(`gates.refusal.${result.reason}`) } }, 422);
    }
    reply.setFlash({ kind: 'ok', key: 'gates.flash.recorded' });
    return reply.redirect(`/pilots/${pilotId}/gates`, 303);
  });
}
