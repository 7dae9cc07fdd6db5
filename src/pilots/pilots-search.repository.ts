// SPDX-License-Identifier: EUPL-1.2
import { sql, type ExpressionBuilder, type RawBuilder, type SelectQueryBuilder } from 'kysely';
import type { DatabaseKind } from '../config.js';
import type { Database } from '../db/database.js';
import type { DB } from '../db/schema.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import type { Phase, Purpose, Status, Theme } from './pilots.tables.js';
import { listedCondition } from './pilots.repository.js';
import { listedCountRepository } from './pilots-listed-count.repository.js';
import type { PilotSort } from './pilots-search.schemas.js';
import { postgresTextSearch } from './pilots-search.postgres.repository.js';
import { sqliteTextSearch } from './pilots-search.sqlite.repository.js';

export type PilotListQuery = SelectQueryBuilder<DB, 'pilots', {}>;

/** The one place where the two databases differ: matching the analysed query against the full-text index. */
export interface TextSearchAdapter {
  /** The analysed query (AND of groups, OR within a group) in this engine's syntax; null when nothing to search. */
  render(groups: string[][]): string | null;
  /** Keeps only pilots matching `match`. */
  restrict(query: PilotListQuery, match: string): PilotListQuery;
  /** A relevance score for the matched pilot, lower is better; only valid on a restricted query. */
  rank(match: string): RawBuilder<number>;
}

/** What to find, already resolved to ids and codes (see pilots-search.service.ts). */
export interface PilotSearchCriteria {
  /** Rendered by the adapter's `render`; null for no text search. */
  match: string | null;
  themes: readonly Theme[];
  phases: readonly Phase[];
  statuses: readonly Status[];
  /** Each organisation must initiate the pilot or take part in it. */
  involvedOrganisationIds: readonly number[];
  /** The initiator or a participant is in this province (PV code). */
  provinceCode?: string;
  initiatorType?: OrganisationType;
  purpose?: Purpose;
  externalId?: string;
  sort: PilotSort;
  limit: number;
  offset: number;
  /** Listing depends on the time (the municipality deadline); passed in so a request sees one moment. */
  now: string;
}

type PilotsScope = ExpressionBuilder<DB, 'pilots'>;

// Initiates or takes part. The participations table belongs to the participation module; these read-only
// subqueries are the one exception to "only through services", because a list of ids cannot be filtered and
// counted in SQL otherwise (docs/adr/0004-search.md). The two shapes below were chosen by measuring at 100,000
// pilots and 1,000,000 participations on both databases (the ADR has the figures).

/** One organisation: a small id set (UNION ALL of two index-only look-ups) that both planners probe cheaply. */
const involves = (eb: PilotsScope, organisationId: number) =>
  eb(
    'pilots.id',
    'in',
    eb
      .selectFrom('participations')
      .select('participations.pilotId as id')
      .where('participations.organisationId', '=', organisationId)
      .unionAll(eb.selectFrom('pilots as initiated').select('initiated.id').where('initiated.initiatorOrganisationId', '=', organisationId)),
  );

/**
 * A province: tens of thousands of pilots. As an OR of two IN-lists PostgreSQL hashes them; as one UNION ALL set
 * it misjudged the size and probed row by row (three times slower). SQLite is about as fast either way.
 */
function inProvince(eb: PilotsScope, provinceCode: string) {
  const organisationsInProvince = eb.selectFrom('organisations').select('organisations.id').where('organisations.provinceCode', '=', provinceCode);
  return eb.or([
    eb('pilots.initiatorOrganisationId', 'in', organisationsInProvince),
    eb('pilots.id', 'in', eb.selectFrom('participations').select('participations.pilotId').where('participations.organisationId', 'in', organisationsInProvince)),
  ]);
}

function filtered(db: Database, adapter: TextSearchAdapter, criteria: PilotSearchCriteria): PilotListQuery {
  let query: PilotListQuery = db.selectFrom('pilots');
  if (criteria.match !== null) query = adapter.restrict(query, criteria.match);
  query = query.where((eb) => listedCondition(eb, criteria.now));
  if (criteria.themes.length > 0) {
    query = query.where('pilots.id', 'in', db.selectFrom('pilotThemes').select('pilotThemes.pilotId').where('pilotThemes.theme', 'in', [...criteria.themes]));
  }
  if (criteria.phases.length > 0) query = query.where('pilots.phase', 'in', [...criteria.phases]);
  if (criteria.statuses.length > 0) query = query.where('pilots.status', 'in', [...criteria.statuses]);
  for (const organisationId of criteria.involvedOrganisationIds) query = query.where((eb) => involves(eb, organisationId));
  const { provinceCode, initiatorType, purpose, externalId } = criteria;
  if (provinceCode) query = query.where((eb) => inProvince(eb, provinceCode));
  if (initiatorType) {
    query = query.where('pilots.initiatorOrganisationId', 'in', db.selectFrom('organisations').select('organisations.id').where('organisations.type', '=', initiatorType));
  }
  if (purpose) query = query.where('pilots.purpose', '=', purpose);
  if (externalId) query = query.where('pilots.externalId', '=', externalId);
  return query;
}

/** True when the criteria keep every listed pilot (the plain list): its total has a cheaper exact query. A new filter must be added here. */
function unfiltered(criteria: PilotSearchCriteria): boolean {
  return (
    criteria.match === null && criteria.themes.length === 0 && criteria.phases.length === 0 && criteria.statuses.length === 0 &&
    criteria.involvedOrganisationIds.length === 0 && !criteria.provinceCode && !criteria.initiatorType && !criteria.purpose && !criteria.externalId
  );
}

/** Every order ends on the id, so pages never overlap or skip a pilot with an equal sort value. */
function ordered<Row extends { id: number }>(query: SelectQueryBuilder<DB, 'pilots', Row>, adapter: TextSearchAdapter, criteria: PilotSearchCriteria) {
  switch (criteria.sort) {
    case 'relevance':
      if (criteria.match === null) return query.orderBy('pilots.publishedAt', 'desc').orderBy('pilots.id', 'desc');
      return query.orderBy(adapter.rank(criteria.match)).orderBy('pilots.publishedAt', 'desc').orderBy('pilots.id', 'desc');
    case 'participants':
      return query.orderBy('pilots.participantCount', 'desc').orderBy('pilots.id', 'desc');
    case 'title':
      return query.orderBy(sql`lower(pilots.title)`).orderBy('pilots.id', 'asc');
    case 'newest':
      return query.orderBy('pilots.publishedAt', 'desc').orderBy('pilots.id', 'desc');
  }
}

/** The pilot list's queries: one page of ids in order plus the total, both filtered in SQL. */
export function pilotSearchRepository(db: Database, kind: DatabaseKind) {
  const adapter = kind === 'postgres' ? postgresTextSearch : sqliteTextSearch;
  const listedCount = listedCountRepository(db, kind);
  return {
    /** Renders the analysed query for this database; null when there is nothing to search for. */
    renderMatch: (groups: string[][]) => adapter.render(groups),

    /** One page of pilot ids in the chosen order. */
    async pageIds(criteria: PilotSearchCriteria): Promise<number[]> {
      const rows = await ordered(filtered(db, adapter, criteria).select('pilots.id'), adapter, criteria).limit(criteria.limit).offset(criteria.offset).execute();
      return rows.map((row) => row.id);
    },

    /**
     * A page of ids and the exact total in one statement, for text searches: ranking already reads every match,
     * so counting them in the same pass saves reading the full-text index twice. `total` is null when the page
     * is empty (a page past the end says nothing about the total).
     */
    async pageIdsWithTotal(criteria: PilotSearchCriteria): Promise<{ ids: number[]; total: number | null }> {
      const query = filtered(db, adapter, criteria).select(['pilots.id', sql<number>`count(*) over ()`.as('total')]);
      const rows = await ordered(query, adapter, criteria).limit(criteria.limit).offset(criteria.offset).execute();
      return { ids: rows.map((row) => row.id), total: rows.length > 0 ? Number(rows[0]!.total) : null };
    },

    /** How many listed pilots match, exactly (no cap: the figures stay true at 100,000 pilots, see ADR 0004). */
    async count(criteria: PilotSearchCriteria): Promise<number> {
      // Without any filter the total comes from two narrow partial indexes (pilots-listed-count.repository.ts).
      if (unfiltered(criteria)) return listedCount.total(criteria.now);
      const row = await filtered(db, adapter, criteria).select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
      return Number(row.total);
    },
  };
}

export type PilotSearchRepository = ReturnType<typeof pilotSearchRepository>;
