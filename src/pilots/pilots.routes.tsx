// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { organisationsService } from '../organisations/organisations.service.js';
import { participationService } from '../participation/participation.service.js';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { idParam } from '../platform/ids.js';
import { formValues } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import type { FormState } from '../platform/views/form-components.js';
import { conditionErrors, newPilotFormState, pilotFieldErrors, pilotFormValues } from './pilot-form-state.js';
import { sendPilotPage } from './pilot-page.handler.js';
import { similarPreview } from './pilots-similar.js';
import { pilotsPolicy } from './pilots.policy.js';
import { pilotFormToInput, pilotInputSchema, splitParticipantReferences } from './pilots.schemas.js';
import { pilotsService, type PilotDetail, type PilotSaveResult } from './pilots.service.js';
import { PilotFormPage } from './views/pilot-form.js';
import { RegisterGatePage } from './views/register-gate.js';

type FormAction = 'draft' | 'publish' | 'preview' | 'save';

function formAction(body: unknown): FormAction {
  const value = (body as Record<string, unknown> | undefined)?.action;
  return value === 'publish' || value === 'preview' || value === 'save' ? value : 'draft';
}

/** Parses a numeric id from the URL; anything else is a 404. */
function pilotId(request: FastifyRequest): number {
  return idParam(request.params, 'id');
}

/** Registering, editing and publishing pilots, and the pilot page. */
export function registerPilotRoutes(app: FastifyInstance, context: AppContext): void {
  const pilots = pilotsService(context);
  const organisations = organisationsService(context.db);

  /** Resolves the participants text to organisation ids; names it cannot resolve are returned as unknown. */
  async function resolveParticipants(body: unknown): Promise<{ ids: number[]; unknown: string[] }> {
    const raw = (body as Record<string, unknown> | undefined)?.participants;
    const references = splitParticipantReferences(typeof raw === 'string' ? raw : '');
    const found = await Promise.all(references.map((reference) => organisations.resolve(reference)));
    return {
      ids: found.flatMap((row) => (row ? [row.id] : [])),
      unknown: references.filter((_, index) => !found[index]),
    };
  }

  function renderForm(request: FastifyRequest, reply: FastifyReply, form: FormState, target: { pilot: PilotDetail | 'new'; initiatorName: string }, status: number, similar: JSX.Element = '') {
    const ctx = pageContext(request, reply);
    const pilot = target.pilot === 'new' ? 'new' : { id: target.pilot.id, state: target.pilot.state, phase: target.pilot.phase };
    return sendPage(reply, <PilotFormPage ctx={ctx} form={form} pilot={pilot} initiatorName={target.initiatorName} similar={similar} />, status);
  }

  /** Shared by POST /pilots and POST /pilots/:id: validate, preview or save, and answer. */
  async function handleSubmit(request: FastifyRequest, reply: FastifyReply, target: { pilot: PilotDetail | 'new'; initiatorId: number; initiatorName: string }) {
    const { t } = request;
    const user = request.currentUser!;
    const action = formAction(request.body);
    const values = formValues(request.body);
    if (action === 'preview') {
      const similar = await similarPreview(context, pageContext(request, reply), {
        title: typeof values.title === 'string' ? values.title : '',
        summary: typeof values.summary === 'string' ? values.summary : '',
        excludeId: target.pilot === 'new' ? undefined : target.pilot.id,
      });
      return renderForm(request, reply, { values, errors: {} }, target, 200, similar);
    }
    const participants = await resolveParticipants(request.body);
    // After publishing, the phase changes only by a gate decision (gates module): the form keeps the stored phase.
    const body = target.pilot !== 'new' && target.pilot.state === 'published' ? { ...(request.body as object), phase: target.pilot.phase } : request.body;
    const parsed = pilotInputSchema.safeParse(pilotFormToInput(body, { initiatorOrganisationId: target.initiatorId, participantOrganisationIds: participants.ids }));
    const errors = parsed.success ? {} : pilotFieldErrors(parsed.error, t);
    if (participants.unknown.length) errors.participants = t('pilots.validation.unknownParticipants', { names: participants.unknown.join(', ') });
    if (!parsed.success || participants.unknown.length) return renderForm(request, reply, { values, errors }, target, 422);

    const publish = action === 'publish';
    const result: PilotSaveResult =
      target.pilot === 'new' ? await pilots.create(parsed.data, user, { publish }) : await pilots.update(target.pilot.id, parsed.data, user, { publish });
    if (!result.ok) {
      if (result.reason === 'forbidden') throw forbidden();
      if (result.reason === 'not_found') throw notFound();
      const failure =
        result.reason === 'conditions_not_met'
          ? conditionErrors(result.problems, t)
          : result.reason === 'unknown_organisation'
            ? { participants: t('pilots.validation.unknownOrganisation') }
            : { title: t('pilots.validation.externalIdTaken') };
      return renderForm(request, reply, { values, errors: failure }, target, 422);
    }
    const flash = !result.published ? (target.pilot === 'new' ? 'draftSaved' : 'updated') : publish && result.municipalityDeadline ? 'publishedWithDeadline' : publish ? 'published' : 'updated';
    reply.setFlash({ kind: 'ok', key: `pilots.flash.${flash}` });
    return reply.redirect(`/pilots/${result.id}`, 303);
  }

  /** Loads a pilot for editing, or answers 404/403. */
  async function editable(request: FastifyRequest): Promise<PilotDetail> {
    const id = pilotId(request);
    const user = request.currentUser;
    if (!user) throw unauthenticated();
    const pilot = await pilots.findById(id);
    if (!pilot) throw notFound();
    if (!(await pilots.canEdit(id, user))) throw forbidden();
    return pilot;
  }

  app.get('/pilots/new', async (request, reply) => {
    const decision = pilotsPolicy.register(request.currentUser);
    if (decision === 'sign_in') return reply.redirect(`/sign-in?return=${encodeURIComponent('/pilots/new')}`, 303);
    if (decision !== 'allowed') return sendPage(reply, <RegisterGatePage ctx={pageContext(request, reply)} reason={decision} />, 403);
    const user = request.currentUser!;
    return renderForm(request, reply, newPilotFormState(user), { pilot: 'new', initiatorName: user.organisation!.name }, 200);
  });

  app.post('/pilots', async (request, reply) => {
    const decision = pilotsPolicy.register(request.currentUser);
    if (decision === 'sign_in') throw unauthenticated();
    if (decision !== 'allowed') throw forbidden();
    const organisation = request.currentUser!.organisation!;
    return handleSubmit(request, reply, { pilot: 'new', initiatorId: organisation.id, initiatorName: organisation.name });
  });

  app.get('/pilots/:id', async (request, reply) => sendPilotPage(context, request, reply, pilotId(request)));

  // The slug is decoration: the id decides, and the canonical address has no slug.
  app.get('/pilots/:id/:slug', async (request, reply) => reply.redirect(`/pilots/${pilotId(request)}`, 301));

  app.get('/pilots/:id/edit', async (request, reply) => {
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    const pilot = await editable(request);
    const participants = await participationService(context).participantsOf(pilot.id);
    const form = { values: pilotFormValues(pilot, participants.map((row) => row.name)), errors: {} };
    return renderForm(request, reply, form, { pilot, initiatorName: pilot.initiator.name }, 200);
  });

  app.post('/pilots/:id', async (request, reply) => {
    const pilot = await editable(request);
    return handleSubmit(request, reply, { pilot, initiatorId: pilot.initiatorOrganisationId, initiatorName: pilot.initiator.name });
  });

  app.post('/pilots/:id/publish', async (request, reply) => {
    const pilot = await editable(request);
    const result = await pilots.publish(pilot.id, request.currentUser);
    if (result.ok) {
      reply.setFlash({ kind: 'ok', key: result.municipalityDeadline ? 'pilots.flash.publishedWithDeadline' : 'pilots.flash.published' });
      return reply.redirect(`/pilots/${pilot.id}`, 303);
    }
    if (result.reason === 'forbidden') throw forbidden();
    if (result.reason !== 'conditions_not_met') throw notFound();
    // Show the edit form with what is missing, so the team can fix it in one go.
    const participants = await participationService(context).participantsOf(pilot.id);
    const form = { values: pilotFormValues(pilot, participants.map((row) => row.name)), errors: conditionErrors(result.problems, request.t) };
    return renderForm(request, reply, form, { pilot, initiatorName: pilot.initiator.name }, 422);
  });
}
