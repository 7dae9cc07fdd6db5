// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../platform/i18n.js';
import type { PilotQuery, PilotSort } from '../pilots-search.schemas.js';
import { pilotSorts } from '../pilots-search.schemas.js';
import type { PilotSearchResult } from '../pilots-search.service.js';
import { pilotListUrl, withoutAllFilters } from '../pilots-search.urls.js';
import { PilotCards } from './list-card.js';
import { ListPagination } from './list-pagination.js';

/** One removable filter: its label and the address without it. */
export interface ActiveFilter {
  label: string;
  href: string;
}

interface ResultsProps {
  t: Translate;
  query: PilotQuery;
  sort: PilotSort;
  result: PilotSearchResult;
  activeFilters: readonly ActiveFilter[];
  /** True when a filter other than the search words is chosen. */
  hasFilters: boolean;
}

function SortControl({ t, sort, hasWords }: { t: Translate; sort: PilotSort; hasWords: boolean }): JSX.Element {
  // "Best match" means nothing without search words, so it is only offered with them.
  const options = pilotSorts.filter((option) => option !== 'relevance' || hasWords);
  return (
    <div class="ps-finding__sort">
      <label class="utrecht-form-label" for="list-sort" safe>{t('finding.list.sort')}</label>
      <select class="utrecht-select utrecht-select--html-select" id="list-sort" name="sort">
        {options.map((option) => (
          <option value={option} selected={option === sort} safe>{t(`finding.list.sortOption.${option}`)}</option>
        ))}
      </select>
      <button class="utrecht-button utrecht-button--secondary-action" type="submit" safe>{t('finding.list.sortButton')}</button>
    </div>
  );
}

function ActiveFilters({ t, query, filters }: { t: Translate; query: PilotQuery; filters: readonly ActiveFilter[] }): JSX.Element {
  if (filters.length === 0) return '';
  return (
    <div class="ps-active-filters">
      <h3 class="utrecht-heading-4" id="active-filters-heading" safe>{t('finding.list.activeFilters')}</h3>
      <ul class="ps-active-filters__list" aria-labelledby="active-filters-heading">
        {filters.map((filter) => (
          <li>
            <a class="utrecht-link ps-active-filter" href={filter.href}>
              <span class="ps-visually-hidden" safe>{`${t('finding.list.removeFilter')}: `}</span>
              <span safe>{filter.label}</span>
              <span aria-hidden="true"> ✕</span>
            </a>
          </li>
        ))}
        {filters.length > 1 ? (
          <li>
            <a class="utrecht-link" href={pilotListUrl(withoutAllFilters(query))} safe>{t('finding.list.clearFilters')}</a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </div>
  );
}

function EmptyResults({ t, query, hasFilters }: { t: Translate; query: PilotQuery; hasFilters: boolean }): JSX.Element {
  return (
    <div class="ps-finding__empty">
      <p class="utrecht-paragraph" safe>{t('finding.list.empty.text')}</p>
      <ul class="utrecht-unordered-list">
        {query.q ? <li class="utrecht-unordered-list__item" safe>{t('finding.list.empty.otherWords')}</li> : ''}
        {hasFilters ? (
          <li class="utrecht-unordered-list__item">
            <a class="utrecht-link" href={pilotListUrl(withoutAllFilters(query))} safe>{t('finding.list.empty.removeFilters')}</a>
          </li>
        ) : (
          ''
        )}
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/pilots" safe>{t('finding.list.empty.browseAll')}</a>
        </li>
        <li class="utrecht-unordered-list__item">
          <a class="utrecht-link" href="/pilots/new" safe>{t('finding.list.empty.register')}</a>
        </li>
      </ul>
    </div>
  );
}

/** The result column: count, sort, chosen filters, the cards and page links, or advice when nothing was found. */
export function ListResults({ t, query, sort, result, activeFilters, hasFilters }: ResultsProps): JSX.Element {
  const { total, page, pageSize, items } = result;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = (page - 1) * pageSize + 1;
  return (
    <section class="ps-finding__results" aria-labelledby="result-count">
      <div class="ps-finding__results-header">
        <h2 class="utrecht-heading-2" id="result-count" safe>{total === 0 ? t('finding.list.empty.title') : t('finding.list.resultCount', { count: total })}</h2>
        {items.length > 0 ? <p class="utrecht-paragraph ps-muted" safe>{t('finding.list.resultRange', { from, to: from + items.length - 1 })}</p> : ''}
        <SortControl t={t} sort={sort} hasWords={Boolean(query.q)} />
      </div>
      <ActiveFilters t={t} query={query} filters={activeFilters} />
      {total === 0 ? <EmptyResults t={t} query={query} hasFilters={hasFilters} /> : ''}
      {total > 0 && items.length === 0 ? (
        <p class="utrecht-paragraph">
          <span safe>{t('finding.list.pastLastPage', { pages })}</span>{' '}
          <a class="utrecht-link" href={pilotListUrl({ ...query, page: pages })} safe>{t('finding.list.toLastPage')}</a>
        </p>
      ) : (
        ''
      )}
      {items.length > 0 ? <PilotCards t={t} pilots={items} /> : ''}
      <ListPagination t={t} page={Math.min(page, pages)} pages={pages} hrefFor={(n) => pilotListUrl({ ...query, page: n })} />
    </section>
  );
}
