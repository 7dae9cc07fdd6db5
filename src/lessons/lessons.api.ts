// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { ApiProblem, invalidParams, registerApiErrorHandling } from '../api/api-errors.js';
import { paginationLinks } from '../api/api-pagination.js';
import { apiVersion } from '../api/openapi.js';
import type { AppContext } from '../platform/module.js';
import { lessonQuerySchema } from './lessons.schemas.js';
import { lessonsService, type Lesson, type ListedLesson } from './lessons.service.js';

/** A lesson in the API, with an explicit field list. */
export function presentLesson(lesson: Lesson, baseUrl: string) {
  return {
    id: lesson.id,
    title: lesson.title,
    text: lesson.body,
    cluster: lesson.cluster,
    phase: lesson.phase,
    outcome: lesson.outcome,
    publishedAt: lesson.publishedAt,
    pilot: { id: lesson.pilotId, ...('pilotTitle' in lesson ? { title: (lesson as ListedLesson).pilotTitle } : {}), _links: { self: { href: `${baseUrl}/api/v1/pilots/${lesson.pilotId}` } } },
  };
}

/**
 * GET /api/v1/lessons — published lessons, searchable (q) and filterable (cluster, phase, outcome, theme), paged
 * like the other API lists. Registered in its own encapsulated plugin with the API's problem+json error handling.
 */
export async function registerLessonsApi(app: FastifyInstance, context: AppContext): Promise<void> {
  const { baseUrl } = context.config;
  await app.register(
    async (api) => {
      registerApiErrorHandling(api);
      // The same headers as the rest of /api/v1 (src/api/api.plugin.ts): version, open CORS for reading, no trailing slash.
      api.addHook('onRequest', async (request, reply) => {
        reply.header('API-Version', apiVersion);
        reply.header('Access-Control-Allow-Origin', '*');
        reply.header('Access-Control-Expose-Headers', 'API-Version');
        reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
        if ((request.url.split('?')[0] ?? '').endsWith('/')) throw new ApiProblem(404, 'not_found');
      });
      api.get('/', async (request) => {
        const parsed = lessonQuerySchema.safeParse(request.query ?? {});
        if (!parsed.success) throw new ApiProblem(400, 'invalid_parameters', { invalidParams: invalidParams(parsed.error.issues, { topLevel: true, t: request.t }) });
        const result = await lessonsService(context).search(parsed.data);
        return {
          _links: paginationLinks({ baseUrl, url: request.url }, { page: result.page, pageSize: result.pageSize, total: result.total }),
          page: result.page,
          pageSize: result.pageSize,
          total: result.total,
          items: result.items.map((lesson) => presentLesson(lesson, baseUrl)),
        };
      });
    },
    { prefix: '/api/v1/lessons' },
  );
}
