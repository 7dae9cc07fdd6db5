// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forbidden, notFound } from '../platform/errors.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import type { DataTable } from './data-table.js';
import { dashboardsPolicy } from './dashboards.policy.js';
import { exportFileSchema, nationalQuerySchema, portfolioQuerySchema } from './dashboards.schemas.js';
import { nationalTables } from './national-tables.js';
import { markedCandidates, nationalDashboard } from './national.service.js';
import { portfolioExportTable, portfolioTableIds, portfolioTables, type PortfolioTableId } from './portfolio-tables.js';
import { portfolioService } from './portfolio.service.js';
import { contentTypes, exportFileName, tableToCsv, tableToXlsx, type ExportFormat } from './table-export.js';
import { NationalPage } from './views/national-page.js';
import { OrganisationPage } from './views/organisation-page.js';

/** `funnel.csv` from the route → { table: 'funnel', format: 'csv' }, or 404. */
function exportFile(request: FastifyRequest) {
  const parsed = exportFileSchema.safeParse((request.params as { file?: unknown }).file);
  if (!parsed.success) throw notFound();
  return parsed.data;
}

/** The table named `name` among `tables`, or 404. */
function tableNamed(tables: Record<string, DataTable>, name: string): DataTable {
  const table = Object.hasOwn(tables, name) ? tables[name] : undefined;
  if (!table) throw notFound();
  return table;
}

/** Sends one table as a download. Labels follow the page language, so caches must vary on it. */
async function sendExport(request: FastifyRequest, reply: FastifyReply, prefix: string, table: DataTable, format: ExportFormat): Promise<FastifyReply> {
  const body = format === 'csv' ? tableToCsv(table, request.locale) : await tableToXlsx(table);
  return reply
    .header('content-type', contentTypes[format])
    .header('content-disposition', `attachment; filename="${exportFileName(prefix, table, format)}"`)
    .header('cache-control', request.currentUser ? 'private, no-store' : 'public, max-age=60')
    .header('vary', 'Cookie, Accept-Language')
    .send(body);
}

const slugOf = (request: FastifyRequest) => String((request.params as { slug?: unknown }).slug ?? '');

const isPortfolioTableId = (name: string): name is PortfolioTableId => (portfolioTableIds as readonly string[]).includes(name);

/** GET /dashboard, /dashboard/export/:file, /organisations/:slug/dashboard and its exports. */
export function registerDashboardRoutes(app: FastifyInstance, context: AppContext): void {
  const portfolios = portfolioService(context);

  async function national(request: FastifyRequest) {
    if (!dashboardsPolicy.viewNational(request.currentUser)) throw forbidden();
    const { min } = nationalQuerySchema.parse(request.query ?? {});
    const [dashboard, marked] = await Promise.all([nationalDashboard(context), markedCandidates(context)]);
    return { dashboard, min, tables: nationalTables(dashboard, marked, request.t, min) };
  }

  async function portfolio(request: FastifyRequest) {
    if (!dashboardsPolicy.viewOrganisation(request.currentUser)) throw forbidden();
    const { page } = portfolioQuerySchema.parse(request.query ?? {});
    const found = await portfolios.forOrganisation(slugOf(request), request.currentUser, page);
    if (!found) throw notFound();
    return { portfolio: found, tables: portfolioTables(found, request.t) };
  }

  app.get('/dashboard', async (request, reply) => {
    const { dashboard, min, tables } = await national(request);
    return sendPage(reply, <NationalPage ctx={pageContext(request, reply)} dashboard={dashboard} tables={tables} minMunicipalities={min} />);
  });

  app.get('/dashboard/export/:file', async (request, reply) => {
    const { tables } = await national(request);
    const { table, format } = exportFile(request);
    return sendExport(request, reply, 'pilotstarter', tableNamed(tables, table), format);
  });

  app.get('/organisations/:slug/dashboard', async (request, reply) => {
    const { portfolio: found, tables } = await portfolio(request);
    return sendPage(reply, <OrganisationPage ctx={pageContext(request, reply)} portfolio={found} tables={tables} />);
  });

  // An export holds the whole portfolio (up to portfolioExportLimit pilots), not the page shown.
  app.get('/organisations/:slug/dashboard/export/:file', async (request, reply) => {
    if (!dashboardsPolicy.viewOrganisation(request.currentUser)) throw forbidden();
    const { table, format } = exportFile(request);
    if (!isPortfolioTableId(table)) throw notFound();
    const found = await portfolios.forExport(slugOf(request), request.currentUser, table);
    if (!found) throw notFound();
    return sendExport(request, reply, `pilotstarter-${found.organisation.slug}`, portfolioExportTable(found, request.t), format);
  });
}
