// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../platform/i18n.js';

interface PaginationProps {
  t: Translate;
  page: number;
  pages: number;
  /** The address of a page; keeps every other parameter so each page has a stable URL. */
  hrefFor(page: number): string;
  /** Names the navigation landmark when a page has several paged lists. */
  label?: string;
}

/** Page numbers to show: the first, the last and two either side of the current one; null marks a gap. */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pages));
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, index) => {
    if (index > 0 && n - sorted[index - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}

/** Previous/next and numbered page links (rel=prev/next, aria-current on the current page); nothing for one page. */
export function ListPagination({ t, page, pages, hrefFor, label }: PaginationProps): JSX.Element {
  if (pages <= 1) return '';
  return (
    <nav class="ps-list-pagination" aria-label={label ?? t('finding.pagination.label')}>
      <ul class="ps-list-pagination__list">
        {page > 1 ? (
          <li>
            <a class="utrecht-link ps-list-pagination__step" rel="prev" href={hrefFor(page - 1)} safe>{t('finding.pagination.previous')}</a>
          </li>
        ) : (
          ''
        )}
        {pageWindow(page, pages).map((n) =>
          n === null ? (
            <li class="ps-list-pagination__gap" aria-hidden="true">…</li>
          ) : n === page ? (
            <li>
              <a class="utrecht-link ps-list-pagination__page" href={hrefFor(n)} aria-current="page" aria-label={t('finding.pagination.page', { page: n })} safe>{String(n)}</a>
            </li>
          ) : (
            <li>
              <a class="utrecht-link ps-list-pagination__page" href={hrefFor(n)} aria-label={t('finding.pagination.page', { page: n })} safe>{String(n)}</a>
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <a class="utrecht-link ps-list-pagination__step" rel="next" href={hrefFor(page + 1)} safe>{t('finding.pagination.next')}</a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </nav>
  );
}
