// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { lessonClusters, type LessonCluster } from '../lessons/lessons.schemas.js';
import { lessonsService } from '../lessons/lessons.service.js';
import { participationService } from '../participation/participation.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { notFound, unauthenticated } from '../platform/errors.js';
import { formValues, parseForm } from '../platform/forms.js';
import { pageContext, safeReturnPath, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm } from '../platform/views/form-components.js';
import { expertsService } from './experts.service.js';
import { fieldLabel, idParam } from './knowledge.http.js';
import { knowledgePolicy } from './knowledge.policy.js';
import { searchAidQuerySchema } from './knowledge.schemas.js';
import { searchAidService } from './search-aid.service.js';
import { storiesService } from './stories.service.js';
import { PortalPage } from './views/portal-page.js';
import { SearchAidPage } from './views/search-aid-page.js';

/** GET /search-aid (describe a problem, see what fits), POST /search-aid/follow/:id, and GET /knowledge (the portal). */
export function registerSearchAidRoutes(app: FastifyInstance, context: AppContext): void {
  const searchAid = searchAidService(context);

  app.get('/search-aid', async (request, reply) => {
    // Public page: anyone may look for help; following and contacting ask for a member.
    const query = (request.query ?? {}) as Record<string, unknown>;
    if (query.q === undefined) return sendPage(reply, <SearchAidPage ctx={pageContext(request, reply)} form={emptyForm} result={null} />);
    const parsed = parseForm(searchAidQuerySchema, query, request.t, fieldLabel(request));
    if (!parsed.ok) return sendPage(reply, <SearchAidPage ctx={pageContext(request, reply)} form={parsed.form} result={null} />, 422);
    const result = await searchAid.find(parsed.data.q);
    return sendPage(reply, <SearchAidPage ctx={pageContext(request, reply)} form={{ values: formValues(query), errors: {} }} result={result} />);
  });

  app.post('/search-aid/follow/:id', async (request, reply) => {
    const member = knowledgePolicy.member(request.currentUser);
    // Visitors see a sign-in link instead of the follow button, so a post without a member is refused.
    if (!member.ok) throw unauthenticated();
    const pilotId = idParam(request.params, 'id');
    const returnTo = safeReturnPath((request.body as Record<string, unknown> | undefined)?.return, `/pilots/${pilotId}`);
    const result = await participationService(context).follow(pilotId, member.user);
    if (!result.ok && result.reason === 'not_found') throw notFound();
    if (result.ok) {
      const [pilot] = await pilotsService(context).summaries([pilotId]);
      reply.setFlash({ kind: 'ok', key: 'knowledge.searchAid.followed', params: { pilot: pilot?.title ?? '' } });
    } else {
      reply.setFlash({ kind: result.reason === 'already_following' ? 'info' : 'error', key: `participation.flash.${result.reason}`, params: { organisation: member.user.organisation?.name ?? '' } });
    }
    return reply.redirect(returnTo, 303);
  });

  app.get('/knowledge', async (request, reply) => {
    // Public page. Counts: one query per lesson cluster (a fixed seven) on an index, plus three totals.
    const lessons = lessonsService(context);
    const count = async (cluster?: LessonCluster) => (await lessons.search({ cluster: cluster ? [cluster] : undefined, pageSize: 1 })).total;
    const [total, experts, stories, ...perCluster] = await Promise.all([count(), expertsService(context).count(), storiesService(context).count(), ...lessonClusters.map((cluster) => count(cluster))]);
    const lessonsByCluster = Object.fromEntries(lessonClusters.map((cluster, index) => [cluster, perCluster[index] ?? 0])) as Record<LessonCluster, number>;
    return sendPage(reply, <PortalPage ctx={pageContext(request, reply)} figures={{ lessons: total, lessonsByCluster, experts, stories }} />);
  });
}
