// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { intakeService } from '../intake/intake.service.js';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import type { CurrentUser } from '../platform/current-user.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { barriersService } from './barriers.service.js';
import { defaultRhythmWeeks } from './reflection.catalogue.js';
import { dayOf } from './reflection.dates.js';
import { reflectionPolicy } from './reflection.policy.js';
import { checklistFormSchema, sessionFormSchema } from './reflection.schemas.js';
import { reflectionService } from './reflection.service.js';
import { BarriersPage } from './views/barriers-page.js';
import { ReflectionsPage } from './views/reflections-page.js';

/** Sessions shown per history page. */
const sessionsPerPage = 10;

const idSchemaPattern = /^\d{1,9}$/;

function pilotIdOf(request: FastifyRequest): number {
  const raw = (request.params as Record<string, unknown>).id;
  if (typeof raw !== 'string' || !idSchemaPattern.test(raw) || Number(raw) < 1) throw notFound();
  return Number(raw);
}

function pageOf(request: FastifyRequest): number {
  const raw = (request.query as Record<string, unknown> | undefined)?.page;
  return typeof raw === 'string' && /^\d{1,6}$/.test(raw) && Number(raw) > 0 ? Number(raw) : 1;
}

/** Team pages for reflection sessions (/pilots/:id/reflections) and barriers and risks (/pilots/:id/barriers). */
export function registerReflectionRoutes(app: FastifyInstance, context: AppContext): void {
  const pilots = pilotsService(context);
  const reflection = reflectionService(context);
  const barrierChecks = barriersService(context);

  /** The pilot when the user may use its instruments; pages redirect anonymous readers, posts answer 401. */
  async function authorise(request: FastifyRequest, pilotId: number): Promise<{ id: number; title: string; user: CurrentUser }> {
    const user = request.currentUser;
    if (!user) throw unauthenticated();
    const pilot = await pilots.findById(pilotId);
    if (!pilot) throw notFound();
    if (!reflectionPolicy.canUse(user, await pilots.canEdit(pilotId, user))) throw forbidden();
    return { id: pilot.id, title: pilot.title, user };
  }

  async function renderSessions(request: FastifyRequest, reply: FastifyReply, pilot: { id: number; title: string }, form: FormState, status: number, page = 1) {
    const [schedule, openActions, history, intakeWeeks] = await Promise.all([
      reflection.schedule(pilot.id),
      reflection.openActions(pilot.id),
      reflection.history(pilot.id, { limit: sessionsPerPage, offset: (page - 1) * sessionsPerPage }),
      intakeService(context).reflectionRhythmWeeks(pilot.id),
    ]);
    const pages = Math.max(1, Math.ceil(history.total / sessionsPerPage));
    const props = {
      ctx: pageContext(request, reply),
      pilot,
      schedule,
      rhythm: { weeks: intakeWeeks ?? defaultRhythmWeeks, fromIntake: intakeWeeks !== null },
      openActions,
      history: { ...history, page, pages },
      form,
    };
    return sendPage(reply, <ReflectionsPage {...props} />, status);
  }

  async function renderBarriers(request: FastifyRequest, reply: FastifyReply, pilot: { id: number; title: string }, form: FormState | null, status: number) {
    const checklist = await barrierChecks.checklist(pilot.id);
    const advice = await barrierChecks.advice(pilot.id, checklist.barriers);
    const saved: FormState = {
      values: { barriers: [...checklist.barriers], helpful: checklist.helpful.map((mark) => `${mark.barrier}:${mark.strategy}`), risks: [...checklist.risks] },
      errors: {},
    };
    return sendPage(reply, <BarriersPage ctx={pageContext(request, reply)} pilot={pilot} form={form ?? saved} advice={advice} />, status);
  }

  app.get('/pilots/:id/reflections', async (request, reply) => {
    const pilotId = pilotIdOf(request);
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    const pilot = await authorise(request, pilotId);
    const form: FormState = { values: { heldOn: dayOf(new Date()) }, errors: {} };
    return renderSessions(request, reply, pilot, form, 200, pageOf(request));
  });

  app.post('/pilots/:id/reflections', async (request, reply) => {
    const pilot = await authorise(request, pilotIdOf(request));
    const t = request.t;
    const label = (field: string) => (field === 'actions' ? t('reflection.sessions.actionsLegend') : t(`reflection.sessions.${field}`));
    const parsed = parseForm(sessionFormSchema, request.body, t, label);
    if (!parsed.ok) return renderSessions(request, reply, pilot, parsed.form, 422);
    const result = await reflection.recordSession(pilot.id, parsed.data, pilot.user);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: 'reflection.flash.sessionSaved' });
    return reply.redirect(`/pilots/${pilot.id}/reflections`, 303);
  });

  app.get('/pilots/:id/barriers', async (request, reply) => {
    const pilotId = pilotIdOf(request);
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    return renderBarriers(request, reply, await authorise(request, pilotId), null, 200);
  });

  app.post('/pilots/:id/barriers', async (request, reply) => {
    const pilot = await authorise(request, pilotIdOf(request));
    const parsed = parseForm(checklistFormSchema, request.body, request.t, (field) => field);
    // The form only posts checkbox lists; anything malformed is ignored like an unticked box.
    const input = parsed.ok ? parsed.data : { barriers: [], helpful: [], risks: [] };
    const result = await barrierChecks.saveChecklist(pilot.id, input, pilot.user);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: 'reflection.flash.checklistSaved' });
    return reply.redirect(`/pilots/${pilot.id}/barriers`, 303);
  });
}
