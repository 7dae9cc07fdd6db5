// SPDX-License-Identifier: EUPL-1.2
import type { PageContext } from '../../platform/views/page-context.js';

/** Previous/next links for a paged list; nothing when everything fits on one page. */
export function Pagination({ ctx, basePath, page, pages }: { ctx: PageContext; basePath: string; page: number; pages: number }): JSX.Element {
  if (pages <= 1) return '';
  const { t } = ctx;
  return (
    <nav aria-label={t('participation.manage.pageOf', { page, pages })}>
      <ul class="ps-pagination">
        {page > 1 ? (
          <li>
            <a class="utrecht-link" rel="prev" href={`${basePath}?page=${page - 1}`} safe>{t('participation.manage.previous')}</a>
          </li>
        ) : (
          ''
        )}
        <li aria-current="page" safe>{t('participation.manage.pageOf', { page, pages })}</li>
        {page < pages ? (
          <li>
            <a class="utrecht-link" rel="next" href={`${basePath}?page=${page + 1}`} safe>{t('participation.manage.next')}</a>
          </li>
        ) : (
          ''
        )}
      </ul>
    </nav>
  );
}

/** Formats a stored ISO timestamp as a date in the reader's language. */
export function formatDate(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long' }).format(date);
}

/** A 1-based page number from the query string; anything odd becomes page 1. */
export function pageNumber(query: unknown): number {
  const raw = (query as Record<string, unknown> | null)?.page;
  const page = typeof raw === 'string' && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, page);
}
