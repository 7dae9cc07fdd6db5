// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { organisationsService, type OrganisationRow } from '../organisations/organisations.service.js';
import { forbidden } from '../platform/errors.js';
import { pageContext, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { pilotSearchPolicy } from './pilots-search.policy.js';
import { parsePilotQueryLeniently, type PilotQuery, type PilotQueryField } from './pilots-search.schemas.js';
import { defaultSort, effectiveSort, pilotSearchService } from './pilots-search.service.js';
import { pilotListUrl } from './pilots-search.urls.js';
import { activeFiltersOf, hasFilters } from './views/list-active-filters.js';
import { ListPage } from './views/list-page.js';

const cbsCodePattern = /^GM\d{4}$/i;

/** Same parameters in the same order, however they were encoded. */
function sameParameters(url: string, canonical: string): boolean {
  const received = [...new URLSearchParams(url.split('?')[1] ?? '')];
  const wanted = [...new URLSearchParams(canonical.split('?')[1] ?? '')];
  return received.length === wanted.length && received.every(([key, value], index) => key === wanted[index]![0] && value === wanted[index]![1]);
}

/**
 * The municipality field takes a name ("Utrecht") or a CBS code; the list's address always carries the code.
 * Returns the municipality found, or undefined when the text names none (then the filter is ignored).
 */
async function resolveMunicipality(context: AppContext, typed: unknown): Promise<OrganisationRow | undefined> {
  if (typeof typed !== 'string' || typed.trim() === '') return undefined;
  const organisations = organisationsService(context.db);
  const found = cbsCodePattern.test(typed.trim()) ? await organisations.findByCbsCode(typed.trim()) : await organisations.resolve(typed);
  return found?.type === 'municipality' && found.cbsCode ? found : undefined;
}

/** Reads the list's query string forgivingly: what cannot be used is dropped and named, never an error page. */
async function readQuery(context: AppContext, request: FastifyRequest) {
  const raw = { ...(request.query as Record<string, unknown>) };
  const ignored: PilotQueryField[] = [];
  const typedMunicipality = raw.municipality;
  const municipality = await resolveMunicipality(context, typedMunicipality);
  if (municipality) raw.municipality = municipality.cbsCode;
  else if (typeof typedMunicipality === 'string' && typedMunicipality.trim() !== '') {
    delete raw.municipality;
    ignored.push('municipality');
  }
  const parsed = parsePilotQueryLeniently(raw);
  let query: PilotQuery = parsed.query;
  ignored.push(...parsed.ignored.filter((field) => !ignored.includes(field)));
  const organisation = query.organisation !== undefined ? await organisationsService(context.db).findById(query.organisation) : undefined;
  if (query.organisation !== undefined && !organisation) {
    query = { ...query, organisation: undefined };
    ignored.push('organisation');
  }
  return { query, ignored, municipality, organisation, typedMunicipality: typeof typedMunicipality === 'string' ? typedMunicipality : '' };
}

/** GET /pilots: the list with Dutch full-text search, filters, sorting and pagination (docs/adr/0004-search.md). */
export function registerPilotSearchRoutes(app: FastifyInstance, context: AppContext): void {
  const search = pilotSearchService(context);
  const organisations = organisationsService(context.db);

  app.get('/pilots', async (request, reply) => {
    if (!pilotSearchPolicy.browse(request.currentUser)) throw forbidden();
    const { query, ignored, municipality, organisation, typedMunicipality } = await readQuery(context, request);

    // One search, one address: a form post with empty fields or a municipality name is sent on to the clean URL.
    const canonical = pilotListUrl({ ...query, sort: query.sort === defaultSort(query) ? undefined : query.sort });
    if (ignored.length === 0 && !sameParameters(request.url, canonical)) return reply.redirect(canonical, 302);

    const [result, provinces] = await Promise.all([search.search(query), organisations.provinces()]);
    const ctx = pageContext(request, reply);
    const names = {
      municipality: municipality?.name,
      province: provinces.find((province) => province.code === query.province)?.name,
      organisation: organisation?.name,
    };
    return sendPage(
      reply,
      <ListPage
        ctx={ctx}
        query={query}
        sort={effectiveSort(query)}
        result={result}
        ignored={ignored}
        municipalityInput={municipality?.name ?? (ignored.includes('municipality') ? typedMunicipality : '')}
        provinces={provinces}
        activeFilters={activeFiltersOf(query, ctx.t, names)}
        hasFilters={hasFilters(query)}
      />,
    );
  });
}
