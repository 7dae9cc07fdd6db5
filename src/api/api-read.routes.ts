// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { statsService } from '../home/stats.service.js';
import { lessonQuerySchema } from '../lessons/lessons.schemas.js';
import { lessonsService } from '../lessons/lessons.service.js';
import { matchingService } from '../matching/matching.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { maxPage, pilotQuerySchema } from '../pilots/pilots-search.schemas.js';
import { pilotSearchService } from '../pilots/pilots-search.service.js';
import type { AppContext } from '../platform/module.js';
import { nameKey } from '../platform/text.js';
import { paginationLinks } from './api-pagination.js';
import { organisationQuerySchema, similarQuerySchema } from './api-requests.schemas.js';
import { parseQuery, pilotResource, visiblePilot } from './api-resources.js';
import { apiPolicy } from './api.policy.js';
import { presentLessonListItem } from './learning.presenter.js';
import { presentOrganisation } from './organisations.presenter.js';
import { presentPilotListItem, presentSimilarPilot } from './pilots.presenter.js';
import { presentStats } from './stats.presenter.js';
import { buildOpenApiDocument } from './openapi.js';

const defaultSimilarLimit = 5;

/** The open, read-only endpoints. */
export function registerApiReadRoutes(api: FastifyInstance, context: AppContext): void {
  const { baseUrl } = context.config;
  const openApiDocument = buildOpenApiDocument(baseUrl);

  api.get('/openapi.json', async () => openApiDocument);

  api.get('/pilots', async (request) => {
    apiPolicy.reader(request);
    const query = parseQuery(pilotQuerySchema, request);
    const result = await pilotSearchService(context).search(query);
    return {
      _links: paginationLinks({ baseUrl, url: request.url }, { page: result.page, pageSize: result.pageSize, total: result.total, maxPage }),
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
      items: result.items.map((item) => presentPilotListItem(item, baseUrl)),
    };
  });

  api.get('/pilots/:id', async (request) => {
    const pilot = await visiblePilot(context, request, (request.params as { id: string }).id);
    return pilotResource(context, pilot, apiPolicy.reader(request) !== null);
  });

  api.get('/pilots/:id/similar', async (request) => {
    const pilot = await visiblePilot(context, request, (request.params as { id: string }).id);
    const { limit } = parseQuery(similarQuerySchema, request);
    const similar = await matchingService(context).similarToPilot(pilot.id, limit ?? defaultSimilarLimit);
    return similar.map(presentSimilarPilot);
  });

  api.get('/organisations', async (request) => {
    apiPolicy.reader(request);
    const query = parseQuery(organisationQuerySchema, request);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const key = query.q ? nameKey(query.q) : '';
    const { rows, total } = await organisationsService(context.db).list(
      { nameKey: key || undefined, type: query.type, provinceCode: query.province },
      { limit: pageSize, offset: (page - 1) * pageSize },
    );
    return {
      _links: paginationLinks({ baseUrl, url: request.url }, { page, pageSize, total }),
      page,
      pageSize,
      total,
      items: rows.map(presentOrganisation),
    };
  });

  api.get('/lessons', async (request) => {
    apiPolicy.reader(request);
    const query = parseQuery(lessonQuerySchema, request);
    const result = await lessonsService(context).search(query);
    return {
      _links: paginationLinks({ baseUrl, url: request.url }, { page: result.page, pageSize: result.pageSize, total: result.total }),
      page: result.page,
      pageSize: result.pageSize,
      total: result.total,
      items: result.items.map((lesson) => presentLessonListItem(lesson, baseUrl)),
    };
  });

  api.get('/stats', async (request) => {
    apiPolicy.reader(request);
    return presentStats(await statsService(context).national());
  });
}
