// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import { participationService, type OrganisationPilotKind } from '../participation/participation.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { forbidden, notFound } from '../platform/errors.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { nameKey } from '../platform/text.js';
import { organisationsPolicy } from './organisations.policy.js';
import { parseOrganisationListQuery, parseOrganisationPageQuery } from './organisations.schemas.js';
import { organisationsService } from './organisations.service.js';
import { OrganisationListPage, organisationsPageSize } from './views/organisation-list-page.js';
import { OrganisationPage, organisationPilotsPageSize, pageParameter, type PilotSection } from './views/organisation-page.js';

const pilotKinds: readonly OrganisationPilotKind[] = ['initiated', 'joined', 'followed'];

/**
 * Organisation routes: the directory, each organisation's page with the pilots it initiates, joins and follows,
 * and the type-ahead endpoint that feeds the employer picker on sign-up and the participant picker.
 */
export function registerOrganisationRoutes(app: FastifyInstance, context: AppContext): void {
  const organisations = organisationsService(context.db);

  app.get('/organisations/suggest', async (request, reply) => {
    const { q } = request.query as { q?: unknown };
    const rows = typeof q === 'string' ? await organisations.suggest(q.slice(0, 100)) : [];
    return reply.header('cache-control', 'public, max-age=300').send(
      rows.map((row) => ({ id: row.id, name: row.name, type: row.type, cbsCode: row.cbsCode, province: row.province })),
    );
  });

  app.get('/organisations', async (request, reply) => {
    if (!organisationsPolicy.view(request.currentUser)) throw forbidden();
    const { query, ignored } = parseOrganisationListQuery(request.query);
    const page = query.page ?? 1;
    const [{ rows, total }, provinces] = await Promise.all([
      organisations.list(
        { nameKey: query.q ? nameKey(query.q) : undefined, type: query.type, provinceCode: query.province },
        { limit: organisationsPageSize, offset: (page - 1) * organisationsPageSize },
      ),
      organisations.provinces(),
    ]);
    return sendPage(reply, <OrganisationListPage ctx={pageContext(request, reply)} query={query} ignored={ignored} rows={rows} total={total} provinces={provinces} />);
  });

  app.get('/organisations/:slug', async (request, reply) => {
    if (!organisationsPolicy.view(request.currentUser)) throw forbidden();
    const { slug } = request.params as { slug: string };
    const organisation = await organisations.findBySlug(slug);
    if (!organisation) throw notFound();
    const pages = parseOrganisationPageQuery(request.query);
    const participation = participationService(context);
    const pilots = pilotsService(context);
    // Three small paged queries and three summary look-ups, whatever the size of the organisation.
    const sections: PilotSection[] = await Promise.all(
      pilotKinds.map(async (kind) => {
        const page = pages[pageParameter[kind]];
        const { ids, total } = await participation.pilotIdsForOrganisation(organisation.id, kind, {
          limit: organisationPilotsPageSize,
          offset: (page - 1) * organisationPilotsPageSize,
        });
        return { kind, page, total, pilots: await pilots.summaries(ids) };
      }),
    );
    return sendPage(reply, <OrganisationPage ctx={pageContext(request, reply)} organisation={organisation} sections={sections} pages={pages} />);
  });
}
