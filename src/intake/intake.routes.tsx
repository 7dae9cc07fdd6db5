// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { idParam, positiveId } from '../platform/ids.js';
import { parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { pilotAccess, type PilotAccess } from './intake.policy.js';
import { intakeInputSchema, theoryInputSchema } from './intake.schemas.js';
import { intakeService } from './intake.service.js';
import { IntakePage } from './views/intake-page.js';
import { intakeFormValues } from './views/intake-form.js';
import { TheoryPage, theoryFormValues } from './views/theory-page.js';

const versionQuery = z.object({ version: positiveId.optional() });

function pilotIdOf(request: FastifyRequest): number {
  return idParam(request.params, 'id');
}

/** Pages for the intake (GET/POST /pilots/:id/intake) and the theory of change (GET/POST /pilots/:id/theory-of-change). */
export function registerIntakeRoutes(app: FastifyInstance, context: AppContext): void {
  const intakes = intakeService(context);

  /** The access check every handler starts with: 404 for pilots the viewer may not see. */
  async function viewable(request: FastifyRequest): Promise<PilotAccess> {
    const access = await pilotAccess(context, pilotIdOf(request), request.currentUser);
    if (!access || !access.canView) throw notFound();
    return access;
  }

  /** POSTs: signed in, and allowed to edit the pilot. */
  async function editable(request: FastifyRequest): Promise<PilotAccess> {
    if (!request.currentUser) throw unauthenticated();
    const access = await viewable(request);
    if (!access.canEdit) throw forbidden();
    return access;
  }

  const label = (request: FastifyRequest, prefix: string) => (field: string) => request.t(`${prefix}.${field}`);

  app.get('/pilots/:id/intake', async (request, reply) => {
    const access = await viewable(request);
    const intake = await intakes.forPilot(access.pilot.id);
    const form = access.canEdit ? intakeFormValues(intake) : null;
    return sendPage(reply, <IntakePage ctx={pageContext(request, reply)} pilot={access.pilot} intake={intake} form={form} />);
  });

  app.post('/pilots/:id/intake', async (request, reply) => {
    const access = await editable(request);
    const parsed = parseForm(intakeInputSchema, request.body, request.t, label(request, 'intake.fields'));
    if (!parsed.ok) {
      const intake = await intakes.forPilot(access.pilot.id);
      return sendPage(reply, <IntakePage ctx={pageContext(request, reply)} pilot={access.pilot} intake={intake} form={parsed.form} />, 422);
    }
    const result = await intakes.record(access.pilot.id, parsed.data, request.currentUser);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: 'intake.flash.saved' });
    return reply.redirect(`/pilots/${access.pilot.id}`, 303);
  });

  async function renderTheory(request: FastifyRequest, reply: FastifyReply, access: PilotAccess, version: number | undefined, form: 'prefill' | Parameters<typeof TheoryPage>[0]['form'], status = 200) {
    const [theory, versions] = await Promise.all([intakes.theory(access.pilot.id, version), intakes.theoryVersions(access.pilot.id)]);
    if (version !== undefined && !theory) throw notFound();
    const shownForm = form === 'prefill' ? (access.canEdit ? theoryFormValues(theory) : null) : form;
    return sendPage(reply, <TheoryPage ctx={pageContext(request, reply)} pilot={access.pilot} theory={theory} versions={versions} form={shownForm} />, status);
  }

  app.get('/pilots/:id/theory-of-change', async (request, reply) => {
    const access = await viewable(request);
    const query = versionQuery.safeParse(request.query ?? {});
    if (!query.success) throw notFound();
    return renderTheory(request, reply, access, query.data.version, 'prefill');
  });

  app.post('/pilots/:id/theory-of-change', async (request, reply) => {
    const access = await editable(request);
    const parsed = parseForm(theoryInputSchema, request.body, request.t, label(request, 'intake.theory.links'));
    if (!parsed.ok) return renderTheory(request, reply, access, undefined, parsed.form, 422);
    const result = await intakes.recordTheory(access.pilot.id, parsed.data, request.currentUser);
    if (!result.ok) throw result.reason === 'not_found' ? notFound() : forbidden();
    reply.setFlash({ kind: 'ok', key: 'intake.flash.theorySaved' });
    return reply.redirect(`/pilots/${access.pilot.id}/theory-of-change`, 303);
  });
}
