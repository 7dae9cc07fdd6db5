// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';

function pageHref(url: string, page: number): string {
  const [path = '/', query = ''] = url.split('?');
  const params = new URLSearchParams(query);
  params.set('page', String(page));
  return `${path}?${params.toString()}`;
}

/** Previous / next links that keep the current filters; nothing when there is one page. */
export function Pagination({ ctx, page, pages }: { ctx: PageContext; page: number; pages: number }): JSX.Element {
  const { t } = ctx;
  if (pages <= 1) return '';
  return (
    <nav aria-label={t('documents.library.pagination')}>
      <ul class="ps-pagination">
        {page > 1 ? (
          <li>
            <a class="utrecht-link" href={pageHref(ctx.url, page - 1)} rel="prev" safe>{t('documents.library.previous')}</a>
          </li>
        ) : (
          ''
        )}
        <li safe>{t('documents.library.pageOf', { page, pages })}</li>
        {page < pages ? (
          <li>
            <a class="utrecht-link" href={pageHref(ctx.url, page + 1)} rel="next" safe>{t('documents.library.next')}</a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </nav>
  );
}
