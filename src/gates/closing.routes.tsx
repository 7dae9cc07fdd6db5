// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { formValues, parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { pilotsService, type PilotDetail } from '../pilots/pilots.service.js';
import { adoptionsService } from './adoptions.service.js';
import { closingService } from './closing.service.js';
import { gateDeciders } from './gates.deciders.js';
import { adoptionSchema, closingSchema, followThroughSchema, idParamSchema } from './gates.schemas.js';
import { AdoptionPage } from './views/adoption-views.js';
import { ClosingPage } from './views/closing-page.js';

/** Closing page (end evaluation, follow-through) and "we adopted this". */
export function registerClosingRoutes(app: FastifyInstance, context: AppContext): void {
  const pilots = pilotsService(context);
  const closing = closingService(context);
  const adoptions = adoptionsService(context);
  const fieldLabel = (request: FastifyRequest) => (field: string) => request.t(`gates.closingFields.${field}`);

  async function visiblePilot(request: FastifyRequest): Promise<PilotDetail> {
    const parsed = idParamSchema.safeParse((request.params as { id?: unknown }).id);
    if (!parsed.success) throw notFound();
    const pilot = await pilots.findById(parsed.data);
    if (!pilot) throw notFound();
    if (!pilot.listed && !(await pilots.canEdit(pilot.id, request.currentUser))) throw notFound();
    return pilot;
  }

  async function renderClosing(request: FastifyRequest, reply: FastifyReply, pilot: PilotDetail, forms: { closing?: FormState; follow?: FormState }, status: number) {
    const user = request.currentUser;
    const [evaluation, followThrough, canClose, canEdit] = await Promise.all([
      closing.evaluation(pilot.id),
      closing.followThrough(pilot.id),
      gateDeciders(context).canDecide(pilot.id, user),
      pilots.canEdit(pilot.id, user),
    ]);
    const saved: FormState | null = evaluation
      ? {
          values: {
            outcome: evaluation.outcome,
            stopReason: evaluation.stopReason ?? '',
            valueKinds: [...evaluation.valueKinds],
            valueSize: evaluation.valueSize,
            resultDecision: evaluation.resultDecision,
            resultArgument: evaluation.resultArgument,
          },
          errors: {},
        }
      : null;
    const closingForm = forms.closing ?? saved ?? emptyForm;
    return sendPage(
      reply,
      <ClosingPage
        ctx={pageContext(request, reply)}
        pilot={pilot}
        evaluation={evaluation}
        followThrough={followThrough}
        canClose={canClose && pilot.state === 'published'}
        canAddFollowThrough={canEdit}
        closingForm={closingForm}
        followForm={forms.follow ?? emptyForm}
      />,
      status,
    );
  }

  app.get('/pilots/:id/closing', async (request, reply) => renderClosing(request, reply, await visiblePilot(request), {}, 200));

  app.post('/pilots/:id/closing', async (request, reply) => {
    const user = request.currentUser;
    if (!user) throw unauthenticated();
    const pilot = await visiblePilot(request);
    if (!(await gateDeciders(context).canDecide(pilot.id, user))) throw forbidden();
    const parsed = parseForm(closingSchema, request.body, request.t, fieldLabel(request));
    if (!parsed.ok) return renderClosing(request, reply, pilot, { closing: parsed.form }, 422);
    const result = await closing.recordClosing(pilot.id, parsed.data, user);
    if (!result.ok) {
      if (result.reason === 'forbidden') throw forbidden();
      if (result.reason === 'not_found') throw notFound();
      return renderClosing(request, reply, pilot, { closing: { values: formValues(request.body), errors: { outcome: request.t('gates.refusal.not_published') } } }, 422);
    }
    reply.setFlash({ kind: 'ok', key: 'gates.flash.closed' });
    return reply.redirect(`/pilots/${pilot.id}/closing`, 303);
  });

  app.post('/pilots/:id/follow-through', async (request, reply) => {
    const user = request.currentUser;
    if (!user) throw unauthenticated();
    const pilot = await visiblePilot(request);
    if (!(await pilots.canEdit(pilot.id, user))) throw forbidden();
    const parsed = parseForm(followThroughSchema, request.body, request.t, fieldLabel(request));
    if (!parsed.ok) return renderClosing(request, reply, pilot, { follow: parsed.form }, 422);
    const result = await closing.recordFollowThrough(pilot.id, parsed.data, user);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: 'gates.flash.followThrough' });
    return reply.redirect(`/pilots/${pilot.id}/closing`, 303);
  });

  app.get('/pilots/:id/adopt', async (request, reply) => {
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    const pilot = await visiblePilot(request);
    return sendPage(reply, <AdoptionPage ctx={pageContext(request, reply)} pilot={pilot} form={emptyForm} />);
  });

  app.post('/pilots/:id/adoptions', async (request, reply) => {
    const user = request.currentUser;
    if (!user) throw unauthenticated();
    const pilot = await visiblePilot(request);
    const renderAgain = (form: FormState) => sendPage(reply, <AdoptionPage ctx={pageContext(request, reply)} pilot={pilot} form={form} />, 422);
    const parsed = parseForm(adoptionSchema, request.body, request.t, fieldLabel(request));
    if (!parsed.ok) return renderAgain(parsed.form);
    const result = await adoptions.record(pilot.id, parsed.data, user);
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound();
      if (result.reason === 'own_pilot' || result.reason === 'no_organisation') throw forbidden();
      const field = result.reason === 'adopter_pilot_not_yours' ? 'adopterPilotId' : 'note';
      return renderAgain({ values: formValues(request.body), errors: { [field]: request.t(`gates.adoptionRefusal.${result.reason}`) } });
    }
    reply.setFlash({ kind: 'ok', key: 'gates.flash.adopted' });
    return reply.redirect(`/pilots/${pilot.id}`, 303);
  });
}
