// SPDX-License-Identifier: EUPL-1.2
import { queryTerms } from '../search/text/index.js';
import { organisationsService } from '../organisations/organisations.service.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from './pilots.service.js';
import type { PilotSummary } from './pilots.types.js';
import { defaultPageSize, maxPageSize, type PilotQuery, type PilotSort } from './pilots-search.schemas.js';
import { pilotSearchRepository, type PilotSearchCriteria } from './pilots-search.repository.js';

export interface PilotSearchResult {
  items: PilotSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** The sort used when the query names none: by relevance when searching for words, else newest first. */
export function defaultSort(query: PilotQuery): PilotSort {
  return query.q ? 'relevance' : 'newest';
}

/** The sort that applies: relevance means nothing without words, so it falls back to newest first. */
export function effectiveSort(query: PilotQuery): PilotSort {
  const sort = query.sort ?? defaultSort(query);
  return sort === 'relevance' && !query.q ? 'newest' : sort;
}

/**
 * Finding pilots: Dutch full-text search (analysed by src/search/text, matched by the database's own index),
 * filters and sorting in SQL, pagination. Only listed pilots are ever returned. Used by GET /pilots and the API.
 */
export function pilotSearchService(context: AppContext) {
  const repository = pilotSearchRepository(context.db, context.dbKind);
  const organisations = organisationsService(context.db);
  const pilots = pilotsService(context);

  return {
    /** One page of listed pilots matching the query, in its order, with the exact total. */
    async search(query: PilotQuery): Promise<PilotSearchResult> {
      const page = query.page ?? 1;
      const pageSize = Math.min(query.pageSize ?? defaultPageSize, maxPageSize);
      const empty: PilotSearchResult = { items: [], total: 0, page, pageSize };

      // Words that leave nothing to search for (only stopwords or punctuation) mean: no text filter.
      const match = query.q ? repository.renderMatch(queryTerms(query.q)) : null;
      const involvedOrganisationIds: number[] = [];
      if (query.municipality) {
        const municipality = await organisations.findByCbsCode(query.municipality);
        if (!municipality) return empty;
        involvedOrganisationIds.push(municipality.id);
      }
      if (query.organisation !== undefined) involvedOrganisationIds.push(query.organisation);

      const criteria: PilotSearchCriteria = {
        match,
        themes: query.theme ?? [],
        phases: query.phase ?? [],
        statuses: query.status ?? [],
        involvedOrganisationIds,
        provinceCode: query.province,
        initiatorType: query.organisationType,
        purpose: query.purpose,
        externalId: query.externalId,
        sort: effectiveSort(query),
        limit: pageSize,
        offset: (page - 1) * pageSize,
        now: new Date().toISOString(),
      };
      let ids: number[];
      let total: number;
      if (match !== null) {
        const page = await repository.pageIdsWithTotal(criteria);
        ids = page.ids;
        total = page.total ?? (criteria.offset > 0 ? await repository.count(criteria) : 0);
      } else {
        // Without text the first page comes straight from an index in order; counting in the same statement
        // would make the database read every listed pilot before returning twenty.
        [ids, total] = await Promise.all([repository.pageIds(criteria), repository.count(criteria)]);
      }
      const items = ids.length > 0 ? await pilots.summaries(ids) : [];
      return { items, total, page, pageSize };
    },

    /** The most recently published listed pilots, without counting them all (the home page). */
    async newest(limit: number): Promise<PilotSummary[]> {
      const ids = await repository.pageIds({
        match: null,
        themes: [],
        phases: [],
        statuses: [],
        involvedOrganisationIds: [],
        sort: 'newest',
        limit: Math.min(limit, maxPageSize),
        offset: 0,
        now: new Date().toISOString(),
      });
      return ids.length > 0 ? pilots.summaries(ids) : [];
    },
  };
}

export type PilotSearchService = ReturnType<typeof pilotSearchService>;
