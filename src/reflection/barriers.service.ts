// SPDX-License-Identifier: EUPL-1.2
import type { AppContext } from '../platform/module.js';
import type { CurrentUser } from '../platform/current-user.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { barriersRepository, type BarrierChecklist } from './barriers.repository.js';
import { barriers, isBarrier, isStrategy, researchDefaults, risks, strategies, type Barrier, type Risk, type Strategy } from './reflection.catalogue.js';

export interface RankedStrategy {
  readonly strategy: Strategy;
  /** Other pilots facing this barrier that marked the strategy as helpful. */
  readonly pilots: number;
  /** Named by the research for this barrier. */
  readonly research: boolean;
}

export interface ChecklistInput {
  barriers: readonly string[];
  /** "barrier:strategy" marks, or objects for callers without a form. */
  helpful: readonly (string | { barrier: string; strategy: string })[];
  risks: readonly string[];
}

export interface Checklist {
  readonly barriers: readonly Barrier[];
  readonly helpful: readonly { barrier: Barrier; strategy: Strategy }[];
  readonly risks: readonly Risk[];
}

export type SaveChecklistResult = { ok: true } | { ok: false; reason: 'not_found' | 'forbidden' };

/** Keeps only known values; a strategy mark counts only for a barrier that is ticked. */
function cleanChecklist(input: ChecklistInput): BarrierChecklist {
  const ticked = new Set(input.barriers.filter(isBarrier));
  const helpful = new Map<string, { barrier: string; strategy: string }>();
  for (const mark of input.helpful) {
    const [barrier = '', strategy = ''] = typeof mark === 'string' ? mark.split(':') : [mark.barrier, mark.strategy];
    if (ticked.has(barrier as Barrier) && isStrategy(strategy)) helpful.set(`${barrier}:${strategy}`, { barrier, strategy });
  }
  const riskSet = new Set(input.risks.filter((risk) => (risks as readonly string[]).includes(risk)));
  return { barriers: [...ticked], helpful: [...helpful.values()], risks: [...riskSet] };
}

/** Barriers a pilot meets, what helped other pilots against them, and the dark-side risks check. */
export function barriersService(context: AppContext) {
  const repository = barriersRepository(context.db);
  return {
    async checklist(pilotId: number): Promise<Checklist> {
      const stored = await repository.checklist(pilotId);
      return {
        barriers: barriers.filter((barrier) => stored.barriers.includes(barrier)),
        helpful: stored.helpful.filter((mark): mark is { barrier: Barrier; strategy: Strategy } => isBarrier(mark.barrier) && isStrategy(mark.strategy)),
        risks: risks.filter((risk) => stored.risks.includes(risk)),
      };
    },

    /** Replaces the pilot's checklist; only its team may (actor null: system use). Unknown values are dropped. */
    async saveChecklist(pilotId: number, input: ChecklistInput, actor: CurrentUser | null): Promise<SaveChecklistResult> {
      const pilots = pilotsService(context);
      if (!(await pilots.exists(pilotId))) return { ok: false, reason: 'not_found' };
      // Without an actor the caller (demo loader) acts for the system and has checked itself.
      if (actor && !(await pilots.canEdit(pilotId, actor))) return { ok: false, reason: 'forbidden' };
      await repository.replace(pilotId, cleanChecklist(input));
      return { ok: true };
    },

    /**
     * Per barrier, the strategies ranked: most other pilots marking them helpful first, then the research's
     * own order. Research defaults are always listed; other strategies only once a pilot marked them.
     */
    async advice(pilotId: number, forBarriers: readonly Barrier[]): Promise<Map<Barrier, RankedStrategy[]>> {
      const counts = await repository.helpfulCounts(forBarriers, pilotId);
      const result = new Map<Barrier, RankedStrategy[]>();
      for (const barrier of forBarriers) {
        const defaults = researchDefaults[barrier];
        const ranked = strategies
          .map((strategy) => ({
            strategy,
            pilots: counts.find((row) => row.barrier === barrier && row.strategy === strategy)?.pilots ?? 0,
            research: defaults.includes(strategy),
          }))
          .filter((entry) => entry.research || entry.pilots > 0)
          .sort((a, b) => b.pilots - a.pilots || rank(defaults, a.strategy) - rank(defaults, b.strategy));
        result.set(barrier, ranked);
      }
      return result;
    },

    counts: (pilotId: number) => repository.countBarriers(pilotId),
  };
}

function rank(defaults: readonly Strategy[], strategy: Strategy): number {
  const index = defaults.indexOf(strategy);
  return index === -1 ? defaults.length + strategies.indexOf(strategy) : index;
}
