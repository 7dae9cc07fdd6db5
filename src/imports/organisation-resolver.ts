// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationKeyRow } from '../organisations/organisations.bulk.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import { nameKey } from '../platform/text.js';

const cbsCodePattern = /^GM\d{4}$/i;
const municipalityPrefix = /^gemeente /;

export type OrganisationLookup =
  | { kind: 'found'; id: number; name: string; type: OrganisationType }
  | { kind: 'unknown_code' }
  | { kind: 'unknown_municipality' }
  | { kind: 'unknown' };

/**
 * Resolves organisation references of an import in memory: every organisation is read once into maps by
 * CBS code and by name key, so 10,000 entries cost no query each. "Gemeente Utrecht", "utrecht" and "GM0344"
 * all find Utrecht; when a name fits several organisations, the municipality wins, then the oldest.
 */
export function organisationResolver(rows: readonly OrganisationKeyRow[]) {
  const byCode = new Map<string, OrganisationKeyRow>();
  const byKey = new Map<string, OrganisationKeyRow>();
  for (const row of rows) {
    if (row.cbsCode) byCode.set(row.cbsCode.toUpperCase(), row);
    const current = byKey.get(row.nameKey);
    if (!current || (row.type === 'municipality' && current.type !== 'municipality')) byKey.set(row.nameKey, row);
  }
  const found = (row: OrganisationKeyRow): OrganisationLookup => ({ kind: 'found', id: row.id, name: row.name, type: row.type });

  return {
    /** Looks a reference up; "Gemeente X" that is not a known municipality is reported as such. */
    lookup(reference: string): OrganisationLookup {
      const trimmed = reference.trim();
      if (cbsCodePattern.test(trimmed)) {
        const row = byCode.get(trimmed.toUpperCase());
        return row ? found(row) : { kind: 'unknown_code' };
      }
      const key = nameKey(trimmed);
      const stripped = key.replace(municipalityPrefix, '');
      const row = byKey.get(key) ?? (stripped !== key ? byKey.get(stripped) : undefined);
      if (row && (stripped === key || row.type === 'municipality')) return found(row);
      return stripped !== key ? { kind: 'unknown_municipality' } : { kind: 'unknown' };
    },
  };
}

export type OrganisationResolver = ReturnType<typeof organisationResolver>;
