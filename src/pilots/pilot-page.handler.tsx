// SPDX-License-Identifier: EUPL-1.2
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../platform/errors.js';
import type { AppContext, PilotPageSubject } from '../platform/module.js';
import { pageContext, setPageCacheHeaders } from '../platform/http.js';
import { withLoadedPilot } from './pilot-page.memo.js';
import { pilotsPolicy } from './pilots.policy.js';
import { pilotsService } from './pilots.service.js';
import { PilotPage } from './views/pilot-page.js';

/** GET /pilots/:id — the pilot page, with the sections other modules add, and cache headers that fit who sees it. */
export async function sendPilotPage(context: AppContext, request: FastifyRequest, reply: FastifyReply, id: number): Promise<FastifyReply> {
  const pilots = pilotsService(context);
  const user = request.currentUser;
  const pilot = await pilots.findById(id);
  if (!pilot) throw notFound();
  const isTeam = await pilots.isTeam(id, pilot.createdByUserId, user);
  if (!pilotsPolicy.view(user, pilot, isTeam)) throw notFound();
  const canEdit = pilotsPolicy.edit(user, pilot, isTeam);

  const ctx = pageContext(request, reply);
  const subject: PilotPageSubject = {
    id: pilot.id,
    title: pilot.title,
    state: pilot.state,
    initiatorOrganisationId: pilot.initiatorOrganisationId,
    hidden: pilot.hidden,
    viewerIsTeam: isTeam,
  };
  // A section another module adds must not take the pilot's own page down with it: it is logged and left out.
  // Sections that ask pilotsService.findById for this pilot get the load above (pilot-page.memo.ts).
  const rendered = await withLoadedPilot(pilot, () =>
    Promise.all(
      context.pilotPageSections.map(async (section) => {
        try {
          return { placement: section.placement, html: (await section.render(context, subject, ctx)) ?? null };
        } catch (error) {
          request.log.error({ err: error, section: section.id, pilotId: id }, 'pilot page section failed');
          return { placement: section.placement, html: null };
        }
      }),
    ),
  );
  const sections = {
    main: rendered.filter((part) => part.placement === 'main' && part.html).map((part) => part.html!),
    aside: rendered.filter((part) => part.placement === 'aside' && part.html).map((part) => part.html!),
  };
  const body = await (<PilotPage ctx={ctx} pilot={pilot} viewer={{ isTeam, canEdit }} sections={sections} />);

  // Drafts and hidden pilots must not sit in a shared cache even for visitors; listed pilots may.
  if (pilot.listed) setPageCacheHeaders(reply, 200);
  else reply.header('cache-control', user ? 'private, no-store' : 'no-cache');
  return reply.status(200).type('text/html; charset=utf-8').send(body);
}
