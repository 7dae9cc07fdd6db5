// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

export type OrganisationType =
  | 'municipality'
  | 'partnership'
  | 'government'
  | 'company'
  | 'knowledge_institute'
  | 'foundation';

export const organisationTypes: readonly OrganisationType[] = [
  'municipality',
  'partnership',
  'government',
  'company',
  'knowledge_institute',
  'foundation',
];

export interface OrganisationsTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** Lower-cased, diacritics folded: what type-ahead and name look-ups compare against. */
  nameKey: string;
  type: OrganisationType;
  cbsCode: string | null;
  province: string | null;
  provinceCode: string | null;
  website: string | null;
  description: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrganisationTables {
  organisations: OrganisationsTable;
}
