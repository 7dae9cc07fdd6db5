// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/module.js';
import type { PageContext } from '../platform/views/page-context.js';
import { similarPreviewQuerySchema } from './matching.schemas.js';
import { enoughTextToCompare, renderSimilarNotice } from './views/similar-pilots-notice.js';

/**
 * GET /pilots/similar-preview: the "similar pilots" notice as an HTML fragment (no layout) for the registration
 * form's live region. Public, like the pilots it lists; below three words it answers 200 with an empty body, so
 * typing the first words costs no query.
 */
export function registerMatchingRoutes(app: FastifyInstance, context: AppContext): void {
  app.get('/pilots/similar-preview', async (request, reply) => {
    const query = similarPreviewQuerySchema.parse(request.query ?? {});
    reply.type('text/html; charset=utf-8').header('cache-control', 'private, max-age=30').header('x-robots-tag', 'noindex');
    if (!enoughTextToCompare(query)) return reply.send('');
    // The fragment has no form, so it needs no CSRF token (and sets no cookie).
    const ctx: PageContext = { t: request.t, locale: request.locale, user: request.currentUser, csrfToken: '', url: request.url, flash: null };
    return reply.send(await renderSimilarNotice(context, ctx, query));
  });
}
