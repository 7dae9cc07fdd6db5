// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { formValues, parseForm } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { connectionsService, type ConnectionRefusal } from './connections.service.js';
import { participationPolicy } from './participation.policy.js';
import { connectionFormSchema, idParam, parsePilotReference } from './participation.schemas.js';
import { loadPilotFacts, type PilotFacts } from './pilot-facts.js';
import { ConnectionsPage } from './views/connections-page.js';

/** Why a link could not be made, as the message under the pilot field. */
const refusalMessages: Partial<Record<ConnectionRefusal, string>> = {
  same_pilot: 'participation.connections.samePilot',
  not_found: 'participation.connections.unknownPilot',
  already_linked: 'participation.connections.alreadyLinked',
};

/** Moderators link pilots by hand: GET/POST /pilots/:id/connections and removing a link. */
export function registerConnectionRoutes(app: FastifyInstance, context: AppContext): void {
  const connections = connectionsService(context);

  async function pilotOr404(pilotId: number): Promise<PilotFacts> {
    const pilot = await loadPilotFacts(context, pilotId);
    if (!pilot) throw notFound();
    return pilot;
  }

  async function renderPage(request: FastifyRequest, reply: FastifyReply, pilot: PilotFacts, form: FormState, status: number) {
    const links = await connections.linkedPilots(pilot.id, request.currentUser);
    return sendPage(reply, <ConnectionsPage ctx={pageContext(request, reply)} pilot={pilot} links={links} form={form} />, status);
  }

  app.get('/pilots/:id/connections', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    if (!participationPolicy.canLinkPilots(request.currentUser)) throw forbidden();
    return renderPage(request, reply, await pilotOr404(pilotId), emptyForm, 200);
  });

  app.post('/pilots/:id/connections', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    if (!request.currentUser) throw unauthenticated();
    if (!participationPolicy.canLinkPilots(request.currentUser)) throw forbidden();
    const pilot = await pilotOr404(pilotId);
    const t = request.t;
    const labels: Record<string, string> = { otherPilot: t('participation.connections.reference'), connectionNote: t('participation.connections.note') };
    const parsed = parseForm(connectionFormSchema, request.body, t, (field) => labels[field] ?? field);
    if (!parsed.ok) return renderPage(request, reply, pilot, parsed.form, 422);
    const refusedWith = (messageKey: string) =>
      renderPage(request, reply, pilot, { values: formValues(request.body), errors: { otherPilot: t(messageKey) } }, 422);
    const otherId = parsePilotReference(parsed.data.otherPilot);
    if (otherId === undefined) return refusedWith('participation.connections.invalidReference');
    const result = await connections.connect(pilotId, otherId, parsed.data.connectionNote ?? null, request.currentUser);
    if (!result.ok) {
      const message = refusalMessages[result.reason];
      if (message) return refusedWith(message);
      throw forbidden();
    }
    reply.setFlash({ kind: 'ok', key: 'participation.flash.connected' });
    return reply.redirect(`/pilots/${pilotId}`, 303);
  });

  app.post('/pilots/:id/connections/:otherId/remove', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    const otherId = idParam(request.params, 'otherId');
    if (!request.currentUser) throw unauthenticated();
    if (!participationPolicy.canLinkPilots(request.currentUser)) throw forbidden();
    const result = await connections.disconnect(pilotId, otherId, request.currentUser);
    if (!result.ok && result.reason === 'forbidden') throw forbidden();
    reply.setFlash(result.ok ? { kind: 'ok', key: 'participation.flash.disconnected' } : { kind: 'info', key: 'participation.flash.not_linked' });
    return reply.redirect(`/pilots/${pilotId}`, 303);
  });
}
