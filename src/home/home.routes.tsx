// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { pilotSearchService } from '../pilots/pilots-search.service.js';
import { statsService } from './stats.service.js';
import { HomePage } from './views/home-page.js';

const newestCount = 6;

/**
 * GET /: the home page. The numbers are counted live on every request (cheap aggregate queries, see
 * stats.repository.ts); nothing is kept in process memory, so every instance shows the same.
 * The page is public and changes nothing, so it needs no policy check.
 */
export function registerHomeRoutes(app: FastifyInstance, context: AppContext): void {
  const stats = statsService(context);
  const search = pilotSearchService(context);

  app.get('/', async (request, reply) => {
    const [national, newest] = await Promise.all([stats.national(), search.newest(newestCount)]);
    return sendPage(reply, <HomePage ctx={pageContext(request, reply)} stats={national} newest={newest} />);
  });
}
