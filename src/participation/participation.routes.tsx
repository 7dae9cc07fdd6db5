// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../platform/module.js';
import { notFound } from '../platform/errors.js';
import type { Flash } from '../platform/views/page-context.js';
import { participationPolicy } from './participation.policy.js';
import { idParam } from './participation.schemas.js';
import { participationService, type ParticipationResult, type ParticipationRefusal } from './participation.service.js';

type Action = 'join' | 'leave' | 'follow' | 'unfollow';

const successKeys: Record<Action, string> = {
  join: 'participation.flash.joined',
  leave: 'participation.flash.left',
  follow: 'participation.flash.followed',
  unfollow: 'participation.flash.unfollowed',
};

/** Refusals that only say "nothing changed" are information; the rest tell the member what stands in the way. */
const informational = new Set<ParticipationRefusal>(['already_joined', 'not_joined', 'already_following', 'not_following']);

function flashFor(action: Action, result: ParticipationResult, organisationName: string): Flash {
  const params = { organisation: result.ok ? (result.organisation?.name ?? organisationName) : organisationName };
  if (result.ok) return { kind: 'ok', key: successKeys[action], params };
  return { kind: informational.has(result.reason) ? 'info' : 'error', key: `participation.flash.${result.reason}`, params };
}

/** POST /pilots/:id/join, /leave, /follow, /unfollow: change, then back to the pilot page with a message. */
export function registerParticipationRoutes(app: FastifyInstance, context: AppContext): void {
  const service = participationService(context);

  const handle = (action: Action) => async (request: FastifyRequest, reply: FastifyReply) => {
    // Anonymous members are sent to sign in and come back here; the service applies the remaining rules.
    const pilotId = idParam(request.params, 'id');
    const pilotPath = `/pilots/${pilotId}`;
    const check = participationPolicy.member(request.currentUser);
    if (!check.ok && check.reason === 'unauthenticated') return reply.redirect(`/sign-in?return=${encodeURIComponent(pilotPath)}`, 303);
    const result = await service[action](pilotId, request.currentUser);
    if (!result.ok && result.reason === 'not_found') throw notFound();
    reply.setFlash(flashFor(action, result, request.currentUser?.organisation?.name ?? ''));
    return reply.redirect(pilotPath, 303);
  };

  app.post('/pilots/:id/join', handle('join'));
  app.post('/pilots/:id/leave', handle('leave'));
  app.post('/pilots/:id/follow', handle('follow'));
  app.post('/pilots/:id/unfollow', handle('unfollow'));
}
