// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { badRequest, forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { parseForm } from '../platform/forms.js';
import type { AppContext } from '../platform/module.js';
import type { CurrentUser } from '../platform/current-user.js';
import { coachService } from './coach.service.js';
import { invitationsService } from './invitations.service.js';
import { renderTeamPage } from './team-page.loader.js';
import { coachNoteSchema, idParam, inviteSchema, roleSchema, tagsSchema, userIdParam } from './teams.schemas.js';
import { teamsPolicy } from './teams.policy.js';
import type { TeamRole } from './teams.tables.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { teamService, type MemberChangeResult } from './teams.service.js';

/** The team page (/pilots/:id/team) and its forms: invite, change role, remove, own tags, coach notes. */
export function registerTeamRoutes(app: FastifyInstance, context: AppContext): void {
  const team = teamService(context);
  const fieldLabel = (request: FastifyRequest) => (field: string) => request.t(`teams.field.${field}`);
  const signedIn = (request: FastifyRequest): CurrentUser => {
    if (!request.currentUser) throw unauthenticated();
    return request.currentUser;
  };
  /** Signed in (else 401), the pilot exists (else 404), and the viewer's roles pass the check (else 403). */
  async function authorise(request: FastifyRequest, pilotId: number, allowed: (user: CurrentUser, roles: readonly TeamRole[]) => boolean): Promise<CurrentUser> {
    const user = signedIn(request);
    if (!(await pilotsService(context).findById(pilotId))) throw notFound();
    if (!allowed(user, await team.roleOf(pilotId, user.id))) throw forbidden();
    return user;
  }
  const backToTeam = (reply: FastifyReply, pilotId: number) => reply.redirect(`/pilots/${pilotId}/team`, 303);

  function afterChange(reply: FastifyReply, pilotId: number, result: MemberChangeResult, okKey: string) {
    if (!result.ok) {
      if (result.reason === 'not_found' || result.reason === 'not_member') throw notFound();
      if (result.reason === 'forbidden') throw forbidden();
      reply.setFlash({ kind: 'error', key: 'teams.flash.isLead' });
      return backToTeam(reply, pilotId);
    }
    reply.setFlash({ kind: 'ok', key: okKey });
    return backToTeam(reply, pilotId);
  }

  app.get('/pilots/:id/team', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    return renderTeamPage(context, request, reply, pilotId);
  });

  app.post('/pilots/:id/team/invitations', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    const user = await authorise(request, pilotId, (actor, roles) => teamsPolicy.manageTeam(actor, roles));
    const parsed = parseForm(inviteSchema, request.body, request.t, fieldLabel(request));
    if (!parsed.ok) return renderTeamPage(context, request, reply, pilotId, { invite: parsed.form }, 422);
    const { email, role, clientKind } = parsed.data;
    const result = await invitationsService(context).invite(pilotId, { email, role, clientKind: clientKind ?? null }, user, request.locale);
    if (!result.ok) {
      if (result.reason === 'not_found') throw notFound();
      if (result.reason === 'forbidden') throw forbidden();
      const form = { values: { email, role, clientKind: clientKind ?? '' }, errors: { email: request.t('teams.flash.alreadyMember') } };
      return renderTeamPage(context, request, reply, pilotId, { invite: form }, 422);
    }
    reply.setFlash({ kind: 'ok', key: 'teams.flash.invited', params: { email } });
    return backToTeam(reply, pilotId);
  });

  app.post('/pilots/:id/team/members/:userId/role', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    const user = await authorise(request, pilotId, (actor, roles) => teamsPolicy.manageTeam(actor, roles));
    const parsed = roleSchema.safeParse(request.body ?? {});
    if (!parsed.success) throw badRequest('invalid_role');
    const result = await team.changeRole(pilotId, userIdParam(request.params), { role: parsed.data.role, clientKind: parsed.data.clientKind ?? null }, user);
    return afterChange(reply, pilotId, result, 'teams.flash.roleChanged');
  });

  app.post('/pilots/:id/team/members/:userId/remove', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    const user = await authorise(request, pilotId, (actor, roles) => teamsPolicy.manageTeam(actor, roles));
    return afterChange(reply, pilotId, await team.removeMember(pilotId, userIdParam(request.params), user), 'teams.flash.removed');
  });

  app.post('/pilots/:id/team/tags', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    const user = await authorise(request, pilotId, (_actor, roles) => roles.length > 0);
    const parsed = parseForm(tagsSchema, request.body, request.t, fieldLabel(request));
    if (!parsed.ok) return renderTeamPage(context, request, reply, pilotId, { tags: parsed.form }, 422);
    await team.setTags(pilotId, user.id, parsed.data.tags);
    reply.setFlash({ kind: 'ok', key: 'teams.flash.tagsSaved' });
    return backToTeam(reply, pilotId);
  });

  app.post('/pilots/:id/team/notes', async (request, reply) => {
    const pilotId = idParam(request.params, 'id');
    const user = await authorise(request, pilotId, (_actor, roles) => teamsPolicy.writeCoachNote(roles));
    const parsed = parseForm(coachNoteSchema, request.body, request.t, fieldLabel(request));
    if (!parsed.ok) return renderTeamPage(context, request, reply, pilotId, { note: parsed.form }, 422);
    const result = await coachService(context).addNote(pilotId, user.id, parsed.data.note);
    if (!result.ok) throw forbidden();
    reply.setFlash({ kind: 'ok', key: 'teams.flash.noteAdded' });
    return backToTeam(reply, pilotId);
  });
}
