// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accountsService } from '../accounts/accounts.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { parseForm, formValues } from '../platform/forms.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { participationPolicy } from './participation.policy.js';
import { addParticipantSchema, idParam } from './participation.schemas.js';
import { participationService } from './participation.service.js';
import { loadPilotFacts, type PilotFacts } from './pilot-facts.js';
import { OrganisationsListPage } from './views/organisations-list-page.js';
import { pageNumber } from './views/pagination.js';
import { ParticipantsPage } from './views/participants-page.js';

const pageSize = 100;

/** The team's participant management and the public list of every participating organisation. */
export function registerParticipantRoutes(app: FastifyInstance, context: AppContext): void {
  const service = participationService(context);
  const pilots = pilotsService(context);
  const organisations = organisationsService(context.db);

  const canManage = async (pilotId: number, user: CurrentUser | null) =>
    participationPolicy.canManageParticipants(user, user ? await pilots.canEdit(pilotId, user) : false);

  async function pilotOr404(pilotId: number): Promise<PilotFacts> {
    const pilot = await loadPilotFacts(context, pilotId);
    if (!pilot) throw notFound();
    return pilot;
  }

  async function renderManagePage(request: FastifyRequest, reply: FastifyReply, pilot: PilotFacts, form: FormState, status: number) {
    const page = pageNumber(request.query);
    const { items, total } = await service.participantPage(pilot.id, { limit: pageSize, offset: (page - 1) * pageSize });
    const userIds = items.flatMap((item) => (item.joinedByUserId ? [item.joinedByUserId] : []));
    const users = await accountsService(context).usersByIds(userIds);
    const userNames = new Map(users.map((user) => [user.id, user.name]));
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const ctx = pageContext(request, reply);
    return sendPage(reply, <ParticipantsPage ctx={ctx} pilot={pilot} participants={items} userNames={userNames} page={page} pages={pages} form={form} />, status);
  }

  app.get('/pilots/:id/participants', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    if (!(await canManage(pilotId, request.currentUser))) throw forbidden();
    return renderManagePage(request, reply, await pilotOr404(pilotId), emptyForm, 200);
  });

  app.post('/pilots/:id/participants', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    if (!request.currentUser) throw unauthenticated();
    if (!(await canManage(pilotId, request.currentUser))) throw forbidden();
    const pilot = await pilotOr404(pilotId);
    const t = request.t;
    const parsed = parseForm(addParticipantSchema, request.body, t, () => t('participation.manage.organisationField'));
    if (!parsed.ok) return renderManagePage(request, reply, pilot, parsed.form, 422);
    const refusedWith = (messageKey: string) =>
      renderManagePage(request, reply, pilot, { values: formValues(request.body), errors: { organisation: t(messageKey) } }, 422);
    const organisation = await organisations.resolve(parsed.data.organisation);
    if (!organisation) return refusedWith('participation.manage.unknownOrganisation');
    const result = await service.addParticipant(pilotId, organisation.id, request.currentUser);
    if (!result.ok) {
      if (result.reason === 'already_joined') return refusedWith('participation.manage.alreadyJoined');
      if (result.reason === 'is_initiator') return refusedWith('participation.manage.isInitiator');
      if (result.reason === 'unknown_organisation') return refusedWith('participation.manage.unknownOrganisation');
      throw result.reason === 'not_found' ? notFound() : forbidden();
    }
    reply.setFlash({ kind: 'ok', key: 'participation.flash.participantAdded', params: { organisation: organisation.name } });
    return reply.redirect(`/pilots/${pilotId}/participants`, 303);
  });

  app.post('/pilots/:id/participants/:organisationId/remove', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    const organisationId = idParam(request.params, 'organisationId');
    if (!request.currentUser) throw unauthenticated();
    const manager = await canManage(pilotId, request.currentUser);
    if (!participationPolicy.canRemoveParticipant(request.currentUser, organisationId, manager)) throw forbidden();
    const result = await service.removeParticipant(pilotId, organisationId, request.currentUser);
    if (!result.ok && result.reason === 'not_found') throw notFound();
    if (!result.ok && result.reason === 'forbidden') throw forbidden();
    reply.setFlash(
      result.ok
        ? { kind: 'ok', key: 'participation.flash.participantRemoved', params: { organisation: result.organisation?.name ?? '' } }
        : { kind: 'info', key: `participation.flash.${result.reason}` },
    );
    return reply.redirect(manager ? `/pilots/${pilotId}/participants` : `/pilots/${pilotId}`, 303);
  });

  app.get('/pilots/:id/organisations', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    const pilot = await pilotOr404(pilotId);
    // Same visibility as the pilot page: listed pilots for everyone, others for their team and moderators.
    if (!pilot.listed && !(await canManage(pilotId, request.currentUser))) throw notFound();
    const page = pageNumber(request.query);
    const { items, total } = await service.participantPage(pilotId, { limit: pageSize, offset: (page - 1) * pageSize });
    const pages = Math.max(1, Math.ceil(total / pageSize));
    const ctx = pageContext(request, reply);
    return sendPage(reply, <OrganisationsListPage ctx={ctx} pilot={pilot} participants={items} total={total} page={page} pages={pages} />);
  });
}
