// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/module.js';
import { organisationsService } from './organisations.service.js';

/** Organisation routes. The type-ahead endpoint feeds the employer picker on sign-up and the participant picker. */
export function registerOrganisationRoutes(app: FastifyInstance, context: AppContext): void {
  const organisations = organisationsService(context.db);

  app.get('/organisations/suggest', async (request, reply) => {
    const { q } = request.query as { q?: unknown };
    const rows = typeof q === 'string' ? await organisations.suggest(q.slice(0, 100)) : [];
    return reply.header('cache-control', 'public, max-age=300').send(
      rows.map((row) => ({ id: row.id, name: row.name, type: row.type, cbsCode: row.cbsCode, province: row.province })),
    );
  });
}
