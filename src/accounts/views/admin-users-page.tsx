// SPDX-License-Identifier: EUPL-1.2
import { CsrfField } from '../../platform/views/form-components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { roles } from '../accounts.schemas.js';
import type { AccountUser } from '../accounts.service.js';

export interface UserListView {
  users: readonly AccountUser[];
  total: number;
  page: number;
  pages: number;
  q: string;
}

const pageLink = (q: string, page: number) => `/admin/users?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;

function RoleForm({ ctx, user }: { ctx: PageContext; user: AccountUser }): JSX.Element {
  const { t } = ctx;
  if (ctx.user?.id === user.id) return <span safe>{`${t(`accounts.roles.${user.role}`)} (${t('accounts.admin.you')})`}</span>;
  const selectId = `role-${user.id}`;
  return (
    <form method="post" action={`/admin/users/${encodeURIComponent(user.id)}/role`} class="ps-accounts-role-form">
      <CsrfField token={ctx.csrfToken} />
      <input type="hidden" name="return" value={ctx.url} />
      <label class="utrecht-form-label ps-visually-hidden" for={selectId} safe>{t('accounts.admin.roleLabel', { name: user.name })}</label>
      <select class="utrecht-select utrecht-select--html-select" id={selectId} name="role">
        {roles.map((role) => (
          <option value={role} selected={role === user.role} safe>{t(`accounts.roles.${role}`)}</option>
        ))}
      </select>
      <button class="utrecht-button utrecht-button--secondary-action" type="submit" aria-label={`${t('accounts.admin.change')}: ${t('accounts.admin.roleLabel', { name: user.name })}`} safe>
        {t('accounts.admin.change')}
      </button>
    </form>
  );
}

/** Administrators: every user, searchable and paginated, with a role control per row. */
export function AdminUsersPage({ ctx, list }: { ctx: PageContext; list: UserListView }): JSX.Element {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.admin.title')}>
      <>
        <h1 class="utrecht-heading-1" safe>{t('accounts.admin.title')}</h1>
        <form method="get" action="/admin/users" class="ps-search-form" role="search">
          <label class="utrecht-form-label" for="users-q" safe>{t('accounts.admin.search')}</label>
          <input class="utrecht-textbox utrecht-textbox--html-input" id="users-q" name="q" type="search" value={list.q} maxlength="100" />
          <button class="utrecht-button utrecht-button--primary-action" type="submit" safe>{t('accounts.admin.searchSubmit')}</button>
        </form>
        <p class="utrecht-paragraph" role="status" safe>{t('accounts.admin.total', { count: list.total })}</p>
        {list.users.length === 0 ? (
          <p class="utrecht-paragraph" safe>{t('accounts.admin.none')}</p>
        ) : (
          <table class="utrecht-table ps-accounts-users">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.admin.name')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.admin.email')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.admin.organisation')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.admin.verified')}</th>
                <th class="utrecht-table__header-cell" scope="col" safe>{t('accounts.admin.role')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {list.users.map((user) => (
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="row" safe>{user.name}</th>
                  <td class="utrecht-table__cell" safe>{user.email}</td>
                  <td class="utrecht-table__cell" safe>{user.organisation?.name ?? ''}</td>
                  <td class="utrecht-table__cell" safe>{user.emailVerified ? t('accounts.admin.yes') : t('accounts.admin.no')}</td>
                  <td class="utrecht-table__cell"><RoleForm ctx={ctx} user={user} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {list.pages > 1 ? (
          <nav aria-label={t('accounts.admin.pagination')}>
            <ul class="ps-pagination">
              {list.page > 1 ? <li><a class="utrecht-link" rel="prev" href={pageLink(list.q, list.page - 1)} safe>{t('accounts.admin.previous')}</a></li> : ''}
              <li aria-current="page" safe>{t('accounts.admin.page', { page: list.page, pages: list.pages })}</li>
              {list.page < list.pages ? <li><a class="utrecht-link" rel="next" href={pageLink(list.q, list.page + 1)} safe>{t('accounts.admin.next')}</a></li> : ''}
            </ul>
          </nav>
        ) : (
          ''
        )}
      </>
    </Layout>
  );
}
