// SPDX-License-Identifier: EUPL-1.2
import { importPilots } from '../../imports/imports.service.js';
import type { AppContext } from '../../platform/module.js';
import { matchingService } from '../matching.service.js';
import { evaluationRepository } from './evaluation.repository.js';
import type { LabelledSet } from './labelled-set.js';
import { summarise, summariseByGroup, type Metrics, type QueryOutcome } from './metrics.js';

/** Ranks other pilots for one pilot: ids, best first, never the pilot itself. */
export type Ranker = (pilotId: number, limit: number) => Promise<number[]>;

export interface EvaluationOptions {
  /** Suggestions asked per query (MRR looks this deep). */
  readonly k: number;
  /** When set: the first this many groups of the file are the tuning groups, the rest are held out. */
  readonly tuningGroups?: number;
  /** Replaces matchingService(context).similarToPilotLive (tests use a ranker with known output). */
  readonly matching?: Ranker;
}

export interface SystemResult {
  readonly overall: Metrics;
  readonly tuning?: Metrics;
  readonly heldOut?: Metrics;
  readonly byGroup: readonly ({ group: string } & Metrics)[];
}

export interface QueryDetail {
  readonly id: number;
  readonly title: string;
  readonly group: string;
  /** Other pilots of the same group. */
  readonly mates: number;
  /** Groups of the matching suggestions, best first. */
  readonly matching: readonly string[];
  readonly baseline: readonly string[];
}

export interface EvaluationReport {
  readonly database: AppContext['dbKind'];
  readonly imported: number;
  readonly rejected: readonly { position: number; title?: string; reasons: string[] }[];
  readonly groups: number;
  readonly k: number;
  readonly matching: SystemResult;
  readonly baseline: SystemResult;
  readonly queries: readonly QueryDetail[];
}

function resultOf(outcomes: readonly QueryOutcome[], tuning: ReadonlySet<string> | null): SystemResult {
  const byGroup = [...summariseByGroup(outcomes)].map(([group, metrics]) => ({ group, ...metrics }));
  if (tuning === null) return { overall: summarise(outcomes), byGroup };
  return {
    overall: summarise(outcomes),
    tuning: summarise(outcomes.filter((outcome) => tuning.has(outcome.group))),
    heldOut: summarise(outcomes.filter((outcome) => !tuning.has(outcome.group))),
    byGroup,
  };
}

/** The words of a text as the database's own tokenizers would see them: letters and digits, nothing of ours. */
function plainWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Imports a labelled set into the (fresh) database of `context` through the real import service, then ranks
 * every imported pilot's look-alikes with "similar pilots" and with the plain full-text baseline, and scores
 * both (see metrics.ts). Queries run one after the other, as a visitor's requests would.
 */
export async function evaluateSimilar(context: AppContext, set: LabelledSet, options: EvaluationOptions): Promise<EvaluationReport> {
  const imported = await importPilots(context, set.entries);
  const repository = evaluationRepository(context.db, context.dbKind);
  const ids = await repository.idsByExternalId([...set.groupOf.keys()]);
  const groupById = new Map<number, string>();
  const titleById = new Map<number, string>();
  const summaryById = new Map<number, string>();
  for (const entry of set.entries) {
    const id = ids.get(entry.externalId as string);
    if (id === undefined) continue;
    groupById.set(id, set.groupOf.get(entry.externalId as string)!);
    titleById.set(id, String(entry.title));
    summaryById.set(id, String(entry.summary));
  }
  const groupSizes = new Map<string, number>();
  for (const group of groupById.values()) groupSizes.set(group, (groupSizes.get(group) ?? 0) + 1);

  await repository.prepareBaseline();
  const matching: Ranker = options.matching ?? (async (id, limit) => (await matchingService(context).similarToPilotLive(id, limit)).map((match) => match.id));
  const groupsOf = (ranked: readonly number[]) => ranked.map((id) => groupById.get(id) ?? '(not in the set)');

  const queries: QueryDetail[] = [];
  for (const [id, group] of groupById) {
    const words = plainWords(`${titleById.get(id)!} ${summaryById.get(id)!}`);
    const matched = await matching(id, options.k);
    const baseline = await repository.baselineRanking(words, id, options.k);
    const mates = (groupSizes.get(group) ?? 1) - 1;
    queries.push({ id, title: titleById.get(id)!, group, mates, matching: groupsOf(matched.filter((other) => other !== id)), baseline: groupsOf(baseline) });
  }

  const outcomes = (pick: (query: QueryDetail) => readonly string[]): QueryOutcome[] =>
    queries.map((query) => ({ group: query.group, rankedGroups: pick(query), mates: query.mates }));
  const tuning = options.tuningGroups === undefined ? null : new Set(set.groups.slice(0, options.tuningGroups));
  return {
    database: context.dbKind,
    imported: imported.imported,
    rejected: imported.rejected.map(({ position, title, reasons }) => ({ position, title, reasons })),
    groups: groupSizes.size,
    k: options.k,
    matching: resultOf(outcomes((query) => query.matching), tuning),
    baseline: resultOf(outcomes((query) => query.baseline), tuning),
    queries,
  };
}
