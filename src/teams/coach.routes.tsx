// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { unavailableAttentionKinds } from './coach.attention.js';
import { coachService } from './coach.service.js';
import { CoachPage } from './views/coach-page.js';

/** The coach's overview (/coach): only the signed-in member's own coached pilots, so no further policy. */
export function registerCoachRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/coach', async (request, reply) => {
    if (!request.currentUser) return reply.redirect(`/sign-in?return=${encodeURIComponent(request.url)}`, 303);
    const pilots = await coachService(context).overview(request.currentUser.id);
    return sendPage(reply, <CoachPage ctx={pageContext(request, reply)} pilots={pilots} unavailable={unavailableAttentionKinds} />);
  });
}
