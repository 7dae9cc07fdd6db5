// SPDX-License-Identifier: EUPL-1.2
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ListPagination } from '../../pilots/views/list-pagination.js';
import type { OrganisationRow } from '../organisations.repository.js';
import type { OrganisationListQuery } from '../organisations.schemas.js';
import { organisationTypes } from '../organisations.tables.js';

export const organisationsPageSize = 50;

interface OrganisationListPageProps {
  ctx: PageContext;
  query: OrganisationListQuery;
  ignored: boolean;
  rows: readonly OrganisationRow[];
  total: number;
  provinces: readonly { code: string; name: string }[];
}

/** The address of a directory page; empty values are left out so one search has one URL. */
export function organisationListUrl(query: OrganisationListQuery): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.type) params.set('type', query.type);
  if (query.province) params.set('province', query.province);
  if (query.page && query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return search ? `/organisations?${search}` : '/organisations';
}

/** GET /organisations: every municipality and other organisation, searchable by name, type and province. */
export function OrganisationListPage({ ctx, query, ignored, rows, total, provinces }: OrganisationListPageProps): JSX.Element {
  const { t } = ctx;
  const page = query.page ?? 1;
  const pages = Math.max(1, Math.ceil(total / organisationsPageSize));
  return (
    <Layout ctx={ctx} title={t('organisations.list.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('organisations.list.title')}</h1>
        <p class="utrecht-paragraph" safe>{t('organisations.list.intro')}</p>
        {ignored ? (
          <div class="utrecht-alert utrecht-alert--warning ps-finding__notice" role="status">
            <div class="utrecht-alert__content">
              <p class="utrecht-paragraph" safe>{t('organisations.list.ignored')}</p>
            </div>
          </div>
        ) : (
          ''
        )}
        <form method="get" action="/organisations" class="ps-organisation-search" role="search" aria-label={t('organisations.list.title')}>
          <div class="utrecht-form-field utrecht-form-field--text">
            <label class="utrecht-form-label" for="organisations-q" safe>{t('organisations.list.nameLabel')}</label>
            <input class="utrecht-textbox utrecht-textbox--html-input" id="organisations-q" name="q" type="search" value={query.q ?? ''} maxlength={100} />
          </div>
          <div class="utrecht-form-field utrecht-form-field--select">
            <label class="utrecht-form-label" for="organisations-type" safe>{t('organisations.list.typeLabel')}</label>
            <select class="utrecht-select utrecht-select--html-select" id="organisations-type" name="type">
              <option value="" safe>{t('organisations.list.any')}</option>
              {organisationTypes.map((type) => (
                <option value={type} selected={type === query.type} safe>{t(`organisations.type.${type}`)}</option>
              ))}
            </select>
          </div>
          <div class="utrecht-form-field utrecht-form-field--select">
            <label class="utrecht-form-label" for="organisations-province" safe>{t('organisations.list.provinceLabel')}</label>
            <select class="utrecht-select utrecht-select--html-select" id="organisations-province" name="province">
              <option value="" safe>{t('organisations.list.any')}</option>
              {provinces.map((province) => (
                <option value={province.code} selected={province.code === query.province} safe>{province.name}</option>
              ))}
            </select>
          </div>
          <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('organisations.list.submit')}</button>
        </form>
        <h2 class="utrecht-heading-2" safe>{t('organisations.list.count', { count: total })}</h2>
        {rows.length === 0 ? (
          <p class="utrecht-paragraph" safe>{t('organisations.list.empty')}</p>
        ) : (
          <table class="utrecht-table ps-organisation-table">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col" safe>{t('organisations.list.nameColumn')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('organisations.list.typeColumn')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('organisations.list.provinceColumn')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {rows.map((row) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__cell" scope="row">
                    <a class="utrecht-link" href={`/organisations/${encodeURIComponent(row.slug)}`} safe>{row.name}</a>
                  </th>
                  <td class="utrecht-table__cell" safe>{t(`organisations.type.${row.type}`)}</td>
                  <td class="utrecht-table__cell" safe>{row.province ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <ListPagination t={t} page={Math.min(page, pages)} pages={pages} hrefFor={(n) => organisationListUrl({ ...query, page: n })} />
      </>
    </Layout>
  );
}
