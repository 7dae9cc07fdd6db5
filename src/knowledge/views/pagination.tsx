// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';

/** The current address with another page number, keeping every filter. */
export function pageHref(url: string, page: number): string {
  const [path = '/', query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.set('page', String(page));
  return `${path}?${params.toString()}`;
}

/** Previous / "page x of y" / next links; nothing when everything fits on one page. */
export function Pagination({ ctx, page, total, pageSize }: { ctx: PageContext; page: number; total: number; pageSize: number }): JSX.Element {
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return '';
  return (
    <nav aria-label={t('knowledge.experts.pagination')}>
      <ul class="ps-pagination">
        {page > 1 ? (
          <li>
            <a class="utrecht-link" href={pageHref(ctx.url, page - 1)} rel="prev" safe>{t('knowledge.experts.previous')}</a>
          </li>
        ) : (
          ''
        )}
        <li safe>{t('knowledge.experts.pageOf', { page, pages })}</li>
        {page < pages ? (
          <li>
            <a class="utrecht-link" href={pageHref(ctx.url, page + 1)} rel="next" safe>{t('knowledge.experts.next')}</a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </nav>
  );
}
