// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { unauthenticated } from '../platform/errors.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { invitationsService } from './invitations.service.js';
import { tokenParam } from './teams.schemas.js';
import { InvitationPage } from './views/invitation-page.js';

/** The page behind an invitation link and accepting it (/invitations/:token). */
export function registerInvitationRoutes(app: FastifyInstance, context: AppContext): void {
  const invitations = invitationsService(context);

  async function show(request: FastifyRequest, reply: FastifyReply, token: string, wrongEmail: boolean, status: number) {
    const found = await invitations.lookup(token);
    const ctx = pageContext(request, reply);
    const view = found
      ? { kind: 'open' as const, token, pilotTitle: found.pilotTitle, role: request.t(`teams.role.${found.invitation.role}`), wrongEmail }
      : { kind: 'invalid' as const };
    return sendPage(reply, <InvitationPage ctx={ctx} view={view} />, found ? status : 404);
  }

  app.get('/invitations/:token', async (request, reply) => {
    // The token is the only credential: it may be opened signed out, and the page says what to do next.
    const token = tokenParam(request.params);
    return show(request, reply, token, false, 200);
  });

  app.post('/invitations/:token', async (request, reply) => {
    const token = tokenParam(request.params);
    if (!request.currentUser) throw unauthenticated();
    const result = await invitations.accept(token, request.currentUser);
    if (result.ok) {
      reply.setFlash({ kind: 'ok', key: 'teams.flash.joined' });
      return reply.redirect(`/pilots/${result.pilotId}/team`, 303);
    }
    if (result.reason === 'wrong_email') return show(request, reply, token, true, 403);
    if (result.reason === 'already_member') {
      reply.setFlash({ kind: 'info', key: 'teams.flash.alreadyMember' });
      return reply.redirect('/', 303);
    }
    return show(request, reply, token, false, 404);
  });
}
