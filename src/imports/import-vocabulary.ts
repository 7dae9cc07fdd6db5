// SPDX-License-Identifier: EUPL-1.2
import { phases, themes, type InnovationArea, type Phase, type Theme } from '../pilots/pilots.tables.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import { nameKey } from '../platform/text.js';

/**
 * Words an import file may use for themes and phases, besides the keys: the Dutch and English names
 * (DOMAIN.md) and a few common variants. Compared after nameKey(), so case and accents do not matter.
 */
const themeLabels: Record<Theme, readonly string[]> = {
  social_domain: ['sociaal domein', 'social domain', 'zorg en welzijn', 'sociaal'],
  public_space: ['openbare ruimte', 'public space', 'beheer openbare ruimte'],
  safety: ['veiligheid', 'safety', 'openbare orde en veiligheid'],
  service_delivery: ['dienstverlening', 'service delivery', 'publieke dienstverlening'],
  operations: ['bedrijfsvoering', 'operations'],
  spatial_planning: ['ruimtelijke ordening', 'ruimtelijke ordening en wonen', 'wonen', 'spatial planning', 'spatial planning and housing', 'omgevingswet'],
  democracy: ['democratie', 'democratie en participatie', 'participatie', 'democracy', 'democracy and participation'],
  sustainability: ['duurzaamheid', 'sustainability', 'energietransitie', 'klimaat'],
  mobility: ['mobiliteit', 'mobility', 'verkeer en vervoer'],
  data_technology: ['data en technologie', 'data', 'technologie', 'data and technology', 'digitalisering'],
};

const phaseLabels: Record<Phase, readonly string[]> = {
  idea: ['idee', 'idea', 'ideefase'],
  development: ['ontwikkeling', 'ontwikkelen', 'development'],
  implementation: ['implementatie', 'implementeren', 'implementation', 'invoering'],
  scaling: ['opschaling', 'opschalen', 'scaling', 'verspreiding'],
};

function lookup<K extends string>(keys: readonly K[], labels: Record<K, readonly string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const key of keys) {
    map.set(nameKey(key), key);
    map.set(nameKey(key.replace(/_/g, ' ')), key);
    for (const label of labels[key]) map.set(nameKey(label), key);
  }
  return map;
}

const themeLookup = lookup(themes, themeLabels);
const phaseLookup = lookup(phases, phaseLabels);

/** A theme by key or label, or undefined. */
export const resolveTheme = (value: string): Theme | undefined => themeLookup.get(nameKey(value));

/** A phase by key or label, or undefined. */
export const resolvePhase = (value: string): Phase | undefined => phaseLookup.get(nameKey(value));

/**
 * Condition 1 asks what the pilot changes in the municipality; an import does not say, so it is derived from
 * the themes: operations → operations, data and democracy → information provision, everything else → service delivery.
 */
export function innovationAreasFor(pilotThemes: readonly Theme[]): InnovationArea[] {
  const areas = new Set<InnovationArea>();
  for (const theme of pilotThemes) {
    areas.add(theme === 'operations' ? 'operations' : theme === 'data_technology' || theme === 'democracy' ? 'information_provision' : 'service_delivery');
  }
  return areas.size > 0 ? [...areas] : ['service_delivery'];
}

/** Guesses the kind of a new organisation from its name; a foundation when nothing fits. */
export function guessOrganisationType(name: string): Exclude<OrganisationType, 'municipality'> {
  const key = ` ${nameKey(name)} `;
  if (/ (bv|b v|nv|n v|vof|holding|consultancy|advies|software) /.test(key)) return 'company';
  if (/ (hogeschool|universiteit|university|kenniscentrum|lectoraat|instituut|academie|tno) /.test(key)) return 'knowledge_institute';
  if (/ (provincie|ministerie|rijkswaterstaat|waterschap|hoogheemraadschap|rijksdienst|omgevingsdienst|ggd|veiligheidsregio) /.test(key)) return 'government';
  if (/ (regio|samenwerkingsverband|werkorganisatie|gemeenschappelijke regeling|gr|servicecentrum|metropoolregio) /.test(key)) return 'partnership';
  return 'foundation';
}
