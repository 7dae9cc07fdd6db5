// SPDX-License-Identifier: EUPL-1.2
/**
 * The domain thesaurus: every concept with its surface forms, and the mapping between concept ids and the tokens
 * stored in the search index. Pure data and id helpers; matching text against it lives in ../matcher.ts.
 */
import { ENERGY_CONCEPTS, HOUSING_CONCEPTS } from './energy-housing.js';
import { GOVERNANCE_CONCEPTS } from './governance.js';
import { MOBILITY_CONCEPTS } from './mobility.js';
import { SAFETY_CONCEPTS } from './safety.js';
import { SERVICE_CONCEPTS } from './service.js';
import { SOCIAL_CONCEPTS } from './social.js';
import { SPACE_CONCEPTS } from './space.js';
import type { ConceptDef } from './types.js';

export type { ConceptDef } from './types.js';

/** All concepts of the shipped thesaurus, grouped by domain in the source but flat here. */
export const CONCEPT_DEFS: readonly ConceptDef[] = [
  ...SOCIAL_CONCEPTS, ...SPACE_CONCEPTS, ...MOBILITY_CONCEPTS, ...ENERGY_CONCEPTS, ...HOUSING_CONCEPTS,
  ...SAFETY_CONCEPTS, ...SERVICE_CONCEPTS, ...GOVERNANCE_CONCEPTS,
];

/**
 * Concepts that say HOW a pilot works or is organised (data, privacy, research, cooperation, money, IT), not
 * WHAT it is about. Pilots on entirely different subjects share them ("a DPIA", "a dashboard", "an evaluation"),
 * so "similar pilots" weighs them below a plain word instead of above it like a subject concept.
 */
export const ASPECT_CONCEPT_IDS: ReadonlySet<string> = new Set([
  'c_avg', 'c_dataplatform', 'c_open_data', 'c_sensoren', 'c_ai', 'c_ict', 'c_procesautomatisering', 'c_innovatie',
  'c_opschaling', 'c_samenwerking', 'c_onderzoek', 'c_communicatie', 'c_financien', 'c_subsidie', 'c_inkoop',
  'c_personeel', 'c_digitale_ethiek', 'c_geo', 'c_kansengelijkheid', 'c_duurzame_ontwikkeling', 'c_wijkgericht',
  'c_vrijwilligers', 'c_archief',
]);

/**
 * Prefix of concept tokens in the index. Ids use an underscore, but FTS5's unicode61 tokenizer and PostgreSQL's
 * parser both split on "_", so the stored token is alphanumeric: `c_laadpaal` → `c0laadpaal`. The digit makes a
 * clash with a stemmed Dutch word impossible in practice.
 */
export const CONCEPT_TOKEN_PREFIX = 'c0';

/** The index token for a concept id (`c_laadpaal` → `c0laadpaal`). */
export function conceptToken(id: string): string {
  return CONCEPT_TOKEN_PREFIX + id.replace(/^c_/, '').replace(/_/g, '');
}

/** True when an index/query term is a concept token rather than a word stem. */
export function isConceptToken(term: string): boolean {
  return term.startsWith(CONCEPT_TOKEN_PREFIX);
}

let byId: Map<string, ConceptDef> | null = null;
let byToken: Map<string, ConceptDef> | null = null;

function indexes(): { byId: Map<string, ConceptDef>; byToken: Map<string, ConceptDef> } {
  if (byId === null || byToken === null) {
    byId = new Map(CONCEPT_DEFS.map((def) => [def.id, def]));
    byToken = new Map(CONCEPT_DEFS.map((def) => [conceptToken(def.id), def]));
  }
  return { byId, byToken };
}

/** The concept with this id (`c_wmo`), or undefined. */
export function conceptById(id: string): ConceptDef | undefined {
  return indexes().byId.get(id);
}

let aspectTokens: Set<string> | null = null;

/** True for the index token of an aspect concept (see ASPECT_CONCEPT_IDS). */
export function isAspectToken(token: string): boolean {
  aspectTokens ??= new Set([...ASPECT_CONCEPT_IDS].map(conceptToken));
  return aspectTokens.has(token);
}

/** The concept behind an index token (`c0wmo`), or undefined. */
export function conceptByToken(token: string): ConceptDef | undefined {
  return indexes().byToken.get(token);
}
