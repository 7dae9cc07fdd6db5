// SPDX-License-Identifier: EUPL-1.2
/**
 * Demo content of Pilotstarter: organisations, users and pilots (Dutch).
 * Municipalities are referenced by CBS code (see /work/shared/data/gemeenten.csv) and are not listed here.
 */
import type { DemoPilot } from './types.js';
import { mobilityPilots } from './pilots-mobility.js';
import { planningPilots } from './pilots-planning.js';
import { safetyDemocracyPilots } from './pilots-safety-democracy.js';
import { servicePilots } from './pilots-services.js';
import { socialPilots } from './pilots-social.js';
import { sustainabilityPilots } from './pilots-sustainability.js';

export type * from './types.js';
export { demoOrganisations } from './organisations.js';
export { demoUsers } from './users.js';

export const demoPilots: DemoPilot[] = [
  ...socialPilots,
  ...sustainabilityPilots,
  ...mobilityPilots,
  ...safetyDemocracyPilots,
  ...servicePilots,
  ...planningPilots,
];
