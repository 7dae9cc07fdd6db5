// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound, unauthenticated } from '../platform/errors.js';
import { idParam } from '../platform/ids.js';
import { parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { moderationPolicy } from './moderation.policy.js';
import { reportSchema } from './moderation.schemas.js';
import { moderationService } from './moderation.service.js';
import { ReportPage } from './views/report-page.js';

/** The pilot id from the path; anything that is not a positive integer is a page that does not exist. */
export function pilotIdParam(request: FastifyRequest): number {
  return idParam(request.params, 'id');
}

/** Sends an anonymous visitor to the sign-in page, returning here afterwards. */
export function redirectToSignIn(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
}

/** Reporting a pilot: the form and its submission. */
export function registerReportRoutes(app: FastifyInstance, context: AppContext): void {
  const moderation = moderationService(context);
  const pilots = pilotsService(context);

  const fieldLabel = (t: (key: string) => string) => (field: string) =>
    field === 'reason' ? t('moderation.report.reasonLegend') : t('moderation.report.textLabel');

  async function reportablePilot(id: number) {
    const pilot = await pilots.findById(id);
    // Drafts are private to their team, so to everyone else they do not exist.
    if (!pilot || pilot.state !== 'published') throw notFound();
    return pilot;
  }

  async function renderForm(request: FastifyRequest, reply: FastifyReply, pilot: { id: number; title: string }, form: FormState, status: number, alreadyReported = false) {
    return sendPage(reply, <ReportPage ctx={pageContext(request, reply)} pilot={{ id: pilot.id, title: pilot.title }} form={form} alreadyReported={alreadyReported} />, status);
  }

  app.get('/pilots/:id/report', async (request, reply) => {
    if (!moderationPolicy.canReport(request.currentUser)) return redirectToSignIn(request, reply);
    const pilot = await reportablePilot(pilotIdParam(request));
    const alreadyReported = await moderation.hasOpenReport(pilot.id, request.currentUser.id);
    return renderForm(request, reply, pilot, emptyForm, 200, alreadyReported);
  });

  app.post('/pilots/:id/report', async (request, reply) => {
    if (!moderationPolicy.canReport(request.currentUser)) throw unauthenticated();
    const actor = request.currentUser;
    const pilot = await reportablePilot(pilotIdParam(request));
    const parsed = parseForm(reportSchema, request.body, request.t, fieldLabel(request.t));
    if (!parsed.ok) return renderForm(request, reply, pilot, parsed.form, 422);
    const result = await moderation.report(pilot.id, actor, parsed.data);
    if (!result.ok && result.reason === 'not_found') throw notFound();
    reply.setFlash(result.ok ? { kind: 'ok', key: 'moderation.report.thanks' } : { kind: 'info', key: 'moderation.report.alreadyReported' });
    return reply.redirect(`/pilots/${pilot.id}`, 303);
  });
}
