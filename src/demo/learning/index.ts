// SPDX-License-Identifier: EUPL-1.2
/** The learning demo content: per demo pilot, its team, intake, gates, reflection, paradox, lessons and adoption. */
import { belcirkel, wmoVraag } from './pilots-care.js';
import { hittestress, koeleRoutes } from './pilots-climate.js';
import { vroegsignalering } from './pilots-debt.js';
import { buurtmaaltijden, eenzaamheid } from './pilots-elderly.js';
import { adreskwaliteit, jongerenpanel, processMining, taalmodel } from './pilots-more.js';
import { kwijtschelding, schuldhulpApp } from './pilots-income.js';
import { laadpalen, veegroutes } from './pilots-infra.js';
import type { DemoLearning } from './types.js';

export type * from './types.js';

export const demoLearning: DemoLearning[] = [
  vroegsignalering, kwijtschelding, schuldhulpApp, eenzaamheid, buurtmaaltijden, belcirkel, wmoVraag, hittestress, koeleRoutes, veegroutes, laadpalen,
  adreskwaliteit, jongerenpanel, processMining, taalmodel,
];
