// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';

interface PaginationProps {
  ctx: PageContext;
  page: number;
  pageSize: number;
  total: number;
  /** Builds the link to another page, keeping the current filters. */
  href: (page: number) => string;
  label: string;
}

/** Previous / next links with "page x of y"; nothing when everything fits on one page. */
export function Pagination({ ctx, page, pageSize, total, href, label }: PaginationProps): JSX.Element {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return '';
  const { t } = ctx;
  return (
    <nav aria-label={label}>
      <ul class="ps-pagination">
        {page > 1 ? (
          <li><a class="utrecht-link" rel="prev" href={href(page - 1)} safe>{t('moderation.queue.previous')}</a></li>
        ) : ''}
        <li aria-current="page" safe>{t('moderation.queue.pageOf', { page, pages })}</li>
        {page < pages ? (
          <li><a class="utrecht-link" rel="next" href={href(page + 1)} safe>{t('moderation.queue.next')}</a></li>
        ) : ''}
      </ul>
    </nav>
  );
}
