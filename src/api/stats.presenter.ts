// SPDX-License-Identifier: EUPL-1.2
import type { NationalStats } from '../home/stats.service.js';
import { phases, themes } from '../pilots/pilots.tables.js';
import type { z } from 'zod';
import type { statsSchema } from './api.schemas.js';

/** National figures with every phase and theme present (zero when none), and nothing else. */
export function presentStats(stats: NationalStats): z.infer<typeof statsSchema> {
  return {
    municipalitiesTakingPart: stats.municipalitiesTakingPart,
    pilotsListed: stats.pilotsListed,
    byPhase: Object.fromEntries(phases.map((phase) => [phase, stats.byPhase[phase] ?? 0])) as Record<(typeof phases)[number], number>,
    byTheme: Object.fromEntries(themes.map((theme) => [theme, stats.byTheme[theme] ?? 0])) as Record<(typeof themes)[number], number>,
    adoptions: stats.adoptions,
  };
}
