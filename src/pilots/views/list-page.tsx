// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { PilotQuery, PilotQueryField, PilotSort } from '../pilots-search.schemas.js';
import type { PilotSearchResult } from '../pilots-search.service.js';
import { ListFilters } from './list-filters.js';
import { ListResults, type ActiveFilter } from './list-results.js';

export interface ListPageProps {
  ctx: PageContext;
  query: PilotQuery;
  sort: PilotSort;
  result: PilotSearchResult;
  /** Query parameters that were present but could not be used. */
  ignored: readonly PilotQueryField[];
  municipalityInput: string;
  provinces: readonly { code: string; name: string }[];
  activeFilters: readonly ActiveFilter[];
  hasFilters: boolean;
}

/**
 * GET /pilots: one GET form (words, filters, sort) so every search has a stable, shareable address and works
 * without JavaScript; results with page links beside it.
 */
export function ListPage(props: ListPageProps): JSX.Element {
  const { ctx, query, ignored } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('finding.list.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('finding.list.title')}</h1>
        <p class="utrecht-paragraph ps-finding__intro" safe>{t('finding.list.intro')}</p>
        {ignored.length > 0 ? (
          <div class="utrecht-alert utrecht-alert--warning ps-finding__notice" role="status">
            <div class="utrecht-alert__content">
              <p class="utrecht-paragraph" safe>
                {t('finding.list.ignored', { fields: ignored.map((field) => t(`finding.param.${field}`)).join(', ') })}
              </p>
            </div>
          </div>
        ) : (
          ''
        )}
        <form method="get" action="/pilots" class="ps-finding">
          {/* One form for words, filters and sort; only the search box is the search landmark, the results are not. */}
          <div class="utrecht-form-field utrecht-form-field--text ps-finding__search" role="search" aria-label={t('finding.list.searchLabel')}>
            <label class="utrecht-form-label" for="list-q" safe>{t('finding.list.searchLabel')}</label>
            <div class="utrecht-form-field-description" id="list-q-hint" safe>{t('finding.list.searchHint')}</div>
            <div class="ps-search-form">
              <input
                class="utrecht-textbox utrecht-textbox--html-input ps-finding__q"
                id="list-q"
                name="q"
                type="search"
                value={query.q ?? ''}
                maxlength={200}
                aria-describedby="list-q-hint"
              />
              <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('finding.list.searchButton')}</button>
            </div>
          </div>
          {query.pageSize !== undefined ? <input type="hidden" name="pageSize" value={String(query.pageSize)} /> : ''}
          <div class="ps-finding__layout">
            <ListFilters t={t} query={query} municipalityInput={props.municipalityInput} provinces={props.provinces} />
            <ListResults t={t} query={query} sort={props.sort} result={props.result} activeFilters={props.activeFilters} hasFilters={props.hasFilters} />
          </div>
        </form>
      </>
    </Layout>
  );
}
