// SPDX-License-Identifier: EUPL-1.2
import type { Translate } from '../../platform/i18n.js';
import type { PilotQuery } from '../pilots-search.schemas.js';
import { pilotListUrl, withoutFilter } from '../pilots-search.urls.js';
import type { ActiveFilter } from './list-results.js';

/** Display names the query itself does not carry (it holds codes and ids). */
export interface FilterNames {
  municipality?: string;
  province?: string;
  organisation?: string;
}

/**
 * The chosen words and filters as removable chips, each linking to the same list without that one value.
 * Labels are translated names, never raw codes, so a reader sees "Theme: Mobility".
 */
export function activeFiltersOf(query: PilotQuery, t: Translate, names: FilterNames): ActiveFilter[] {
  const chip = (key: keyof PilotQuery, value: string, raw?: string): ActiveFilter => ({
    label: t('finding.list.filterValue', { name: t(`finding.filter.${key}`), value }),
    href: pilotListUrl(withoutFilter(query, key, raw)),
  });
  const filters: ActiveFilter[] = [];
  if (query.q) filters.push(chip('q', query.q));
  for (const theme of query.theme ?? []) filters.push(chip('theme', t(`pilots.theme.${theme}`), theme));
  for (const phase of query.phase ?? []) filters.push(chip('phase', t(`pilots.phase.${phase}`), phase));
  for (const status of query.status ?? []) filters.push(chip('status', t(`pilots.status.${status}`), status));
  if (query.municipality) filters.push(chip('municipality', names.municipality ?? query.municipality));
  if (query.province) filters.push(chip('province', names.province ?? query.province));
  if (query.organisationType) filters.push(chip('organisationType', t(`organisations.type.${query.organisationType}`)));
  if (query.organisation !== undefined) filters.push(chip('organisation', names.organisation ?? String(query.organisation)));
  if (query.purpose) filters.push(chip('purpose', t(`pilots.purpose.${query.purpose}`)));
  if (query.externalId) filters.push(chip('externalId', query.externalId));
  return filters;
}

/** True when anything beyond the search words narrows the list. */
export function hasFilters(query: PilotQuery): boolean {
  return Boolean(
    query.theme?.length || query.phase?.length || query.status?.length || query.municipality || query.province ||
      query.organisationType || query.organisation !== undefined || query.purpose || query.externalId,
  );
}
