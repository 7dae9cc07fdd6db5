// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationRow } from '../organisations/organisations.service.js';
import type { ApiOrganisation } from './api.schemas.js';

/** An organisation: explicit fields only (no description, timestamps or name keys). */
export function presentOrganisation(organisation: OrganisationRow): ApiOrganisation {
  return {
    id: organisation.id,
    name: organisation.name,
    slug: organisation.slug,
    type: organisation.type,
    cbsCode: organisation.cbsCode,
    province: organisation.provinceCode && organisation.province ? { code: organisation.provinceCode, name: organisation.province } : null,
    website: organisation.website,
  };
}
