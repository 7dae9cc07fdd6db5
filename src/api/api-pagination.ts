// SPDX-License-Identifier: EUPL-1.2
import type { PaginationLinks } from './api.schemas.js';

/**
 * HAL-style `_links` for a paged list (NL API design rules, pagination): self, first, last and, where they
 * exist, prev and next. Every link keeps the request's other query parameters.
 */
export function paginationLinks(
  origin: { baseUrl: string; url: string },
  page: { page: number; pageSize: number; total: number; maxPage?: number },
): PaginationLinks {
  const [path = '', query = ''] = origin.url.split('?');
  const last = Math.max(1, Math.min(Math.ceil(page.total / page.pageSize), page.maxPage ?? Number.MAX_SAFE_INTEGER));
  const href = (target: number) => {
    const params = new URLSearchParams(query);
    // Page and size go last, so links differ only at the end.
    params.delete('page');
    params.delete('pageSize');
    params.append('page', String(target));
    params.append('pageSize', String(page.pageSize));
    return { href: `${origin.baseUrl}${path}?${params.toString()}` };
  };
  return {
    self: href(page.page),
    first: href(1),
    last: href(last),
    ...(page.page > 1 ? { prev: href(Math.min(page.page - 1, last)) } : {}),
    ...(page.page < last ? { next: href(page.page + 1) } : {}),
  };
}
