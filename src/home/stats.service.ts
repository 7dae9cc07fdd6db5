// SPDX-License-Identifier: EUPL-1.2
import { adoptionsService } from '../gates/adoptions.service.js';
import type { AppContext } from '../platform/module.js';
import { phases, themes, type Phase, type Theme } from '../pilots/pilots.tables.js';
import { statsRepository } from './stats.repository.js';

export interface NationalStats {
  /** Distinct municipalities that initiate or take part in at least one listed pilot. */
  municipalitiesTakingPart: number;
  pilotsListed: number;
  byPhase: Record<Phase, number>;
  /** A pilot with several themes counts once under each. */
  byTheme: Record<Theme, number>;
  /** Times an organisation recorded that it adopted another pilot's result (issue 3, point 9). */
  adoptions: number;
}

/** Live national numbers for the home page and /api/v1/stats; computed on each call, nothing kept in memory. */
export function statsService(context: AppContext) {
  const repository = statsRepository(context.db);
  return {
    async national(): Promise<NationalStats> {
      const now = new Date().toISOString();
      const [phaseRows, themeRows, municipalitiesTakingPart, adoptions] = await Promise.all([
        repository.listedByPhase(now),
        repository.listedByTheme(now),
        repository.municipalitiesTakingPart(now),
        adoptionsService(context).count(),
      ]);
      const byPhase = Object.fromEntries(phases.map((phase) => [phase, 0])) as Record<Phase, number>;
      for (const row of phaseRows) if (row.phase in byPhase) byPhase[row.phase] = row.count;
      const byTheme = Object.fromEntries(themes.map((theme) => [theme, 0])) as Record<Theme, number>;
      for (const row of themeRows) if (row.theme in byTheme) byTheme[row.theme] = row.count;
      const pilotsListed = phaseRows.reduce((sum, row) => sum + row.count, 0);
      return { municipalitiesTakingPart, pilotsListed, byPhase, byTheme, adoptions };
    },
  };
}

export type StatsService = ReturnType<typeof statsService>;
