// SPDX-License-Identifier: EUPL-1.2
import type { Database } from '../db/database.js';
import { nameKey, slugify } from '../platform/text.js';
import { organisationsRepository, type OrganisationFilter, type OrganisationRow } from './organisations.repository.js';
import type { OrganisationType } from './organisations.tables.js';

export type { OrganisationRow } from './organisations.repository.js';

const cbsCodePattern = /^GM\d{4}$/i;

/** Organisations: look-ups by name or CBS code, type-ahead, and adding non-municipal organisations. */
export function organisationsService(db: Database) {
  const repository = organisationsRepository(db);

  async function uniqueSlug(name: string): Promise<string> {
    const base = slugify(name);
    let candidate = base;
    for (let attempt = 2; await repository.slugExists(candidate); attempt += 1) candidate = `${base}-${attempt}`;
    return candidate;
  }

  return {
    findById: repository.findById,
    findBySlug: repository.findBySlug,
    /** A municipality by its CBS code ("GM0599"), case-insensitive. */
    findByCbsCode: (code: string) => repository.findByCbsCode(code),
    findManyByIds: repository.findManyByIds,
    list: (filter: OrganisationFilter, page: { limit: number; offset: number }) => repository.list(filter, page),
    provinces: repository.provinces,

    /** Resolves "GM0599", "Rotterdam" or "'s-Gravenhage"-style input to one organisation, if exactly one fits. */
    async resolve(reference: string): Promise<OrganisationRow | undefined> {
      const trimmed = reference.trim();
      if (!trimmed) return undefined;
      if (cbsCodePattern.test(trimmed)) return repository.findByCbsCode(trimmed);
      const matches = await repository.findByNameKey(nameKey(trimmed));
      return matches.length >= 1 ? matches[0] : undefined;
    },

    /** Type-ahead suggestions: municipalities first, then other organisations. */
    async suggest(text: string, limit = 10): Promise<OrganisationRow[]> {
      const key = nameKey(text);
      if (key.length < 2) return [];
      const { rows } = await repository.list({ nameKey: key }, { limit: 50, offset: 0 });
      const startsWith = (row: OrganisationRow) => (nameKey(row.name).startsWith(key) ? 0 : 1);
      const municipalityFirst = (row: OrganisationRow) => (row.type === 'municipality' ? 0 : 1);
      return rows
        .sort((a, b) => startsWith(a) - startsWith(b) || municipalityFirst(a) - municipalityFirst(b) || a.name.localeCompare(b.name, 'nl'))
        .slice(0, limit);
    },

    /** Finds a non-municipal organisation by name or adds it. Municipalities cannot be added: the CBS list is complete. */
    async findOrCreate(name: string, type: Exclude<OrganisationType, 'municipality'>, details: { website?: string | null; description?: string | null } = {}): Promise<OrganisationRow> {
      const existing = await repository.findByNameKey(nameKey(name));
      const sameType = existing.find((row) => row.type === type) ?? existing[0];
      if (sameType) return sameType;
      return repository.insert({
        slug: await uniqueSlug(name),
        name: name.trim(),
        nameKey: nameKey(name),
        type,
        cbsCode: null,
        province: null,
        provinceCode: null,
        website: details.website ?? null,
        description: details.description ?? null,
      });
    },
  };
}

export type OrganisationsService = ReturnType<typeof organisationsService>;
