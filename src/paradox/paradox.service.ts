// SPDX-License-Identifier: EUPL-1.2
import { accountsService } from '../accounts/accounts.service.js';
import { nowIso } from '../db/columns.js';
import type { AppContext } from '../platform/module.js';
import { dimensions, divergingDimensions, meansOf, type Dimension, type Scores } from './paradox.dimensions.js';
import { paradoxRepository, type RatingRow, type RoundRow } from './paradox.repository.js';

/** One person's mark in a round; `name` is set only when that person agreed to show it. */
export interface RatingMark {
  readonly userId: string;
  readonly name: string | null;
  readonly scores: Scores;
  readonly showName: boolean;
}

/** A round with its ratings, means and the dimensions where the team disagrees. */
export interface RoundView {
  readonly id: number;
  readonly number: number;
  readonly createdAt: string;
  readonly ratings: readonly RatingMark[];
  readonly means: Scores | null;
  readonly diverging: readonly Dimension[];
}

/** What the paradox page shows: the latest round and the one before it (for the shift). */
export interface ParadoxOverview {
  readonly current: RoundView | null;
  readonly previous: RoundView | null;
}

export type OpenRoundResult = { ok: true; number: number } | { ok: false; reason: 'current_round_empty'; number: number };

export type RecordRatingResult = { ok: true; roundNumber: number } | { ok: false; reason: 'invalid_scores' };

function scoresOf(row: RatingRow): Scores {
  const scores = {} as Scores;
  for (const dimension of dimensions) scores[dimension] = row[dimension];
  return scores;
}

function validScores(scores: Scores): boolean {
  return dimensions.every((dimension) => Number.isInteger(scores[dimension]) && scores[dimension] >= 1 && scores[dimension] <= 5);
}

/**
 * The pilot-paradox self-assessment. Authorization (team only, own ratings only) is checked by the routes
 * with paradoxPolicy; these functions take plain data so the demo loader can call them too.
 */
export function paradoxService(context: AppContext) {
  const repository = paradoxRepository(context.db);

  async function roundViews(rounds: readonly RoundRow[]): Promise<RoundView[]> {
    const ratings = await repository.ratingsIn(rounds.map((round) => round.id));
    const shownIds = [...new Set(ratings.filter((row) => row.showName === 1).map((row) => row.userId))];
    const names = new Map((await accountsService(context).usersByIds(shownIds)).map((user) => [user.id, user.name]));
    return rounds.map((round) => {
      const marks = ratings
        .filter((row) => row.roundId === round.id)
        .map((row) => ({ userId: row.userId, name: row.showName === 1 ? (names.get(row.userId) ?? null) : null, scores: scoresOf(row), showName: row.showName === 1 }));
      const scores = marks.map((mark) => mark.scores);
      return { id: round.id, number: round.number, createdAt: round.createdAt, ratings: marks, means: meansOf(scores), diverging: divergingDimensions(scores) };
    });
  }

  /**
   * Opens the next round (round 1 when there is none). Refused while the latest round has no ratings, so the
   * "previous round" used for the shift always holds numbers. When two team members open a round at the same
   * moment, the unique (pilot, number) constraint lets one insert win and the other gets that same round.
   * `options.at` backdates the round (for demo content).
   */
  async function openRound(pilotId: number, actorUserId: string | null, options: { at?: string } = {}): Promise<OpenRoundResult> {
    const [latest] = await repository.rounds(pilotId, 1);
    if (latest && !(await repository.hasRatings(latest.id))) return { ok: false, reason: 'current_round_empty', number: latest.number };
    const number = (latest?.number ?? 0) + 1;
    try {
      await repository.insertRound(pilotId, number, actorUserId, options.at ?? nowIso());
    } catch (error) {
      const [winner] = await repository.rounds(pilotId, 1);
      if (!winner || winner.number < number) throw error;
    }
    return { ok: true, number };
  }

  return {
    /** The latest round and the previous one, with ratings and means. */
    async overview(pilotId: number): Promise<ParadoxOverview> {
      const [current, previous] = await roundViews(await repository.rounds(pilotId, 2));
      return { current: current ?? null, previous: previous ?? null };
    },

    /** Per-dimension means of the latest round that has ratings; null when nobody rated yet. */
    async latestMeans(pilotId: number): Promise<Record<Dimension, number> | null> {
      const views = await roundViews(await repository.rounds(pilotId, 2));
      return views.find((view) => view.means !== null)?.means ?? null;
    },

    /**
     * latestMeans for many pilots at once (dashboards, exports): one grouped query per 500 pilots instead of one
     * per pilot. Pilots nobody rated are absent from the map. Means are rounded as meansOf does.
     */
    async latestMeansFor(pilotIds: readonly number[]): Promise<Map<number, Record<Dimension, number>>> {
      const result = new Map<number, Record<Dimension, number>>();
      for (const row of await repository.latestRoundTotals([...new Set(pilotIds)])) {
        const means = {} as Scores;
        for (const dimension of dimensions) means[dimension] = Math.round((row.totals[dimension] / row.raters) * 10) / 10;
        result.set(row.pilotId, means);
      }
      return result;
    },

    /** Of the given pilots, those whose latest rated round shows a spread of 2 points or more on some dimension. */
    async diverging(pilotIds: readonly number[]): Promise<Set<number>> {
      return new Set(await repository.divergingPilotIds(pilotIds));
    },

    openRound,

    /**
     * Records the rater's own ratings in the pilot's latest round (opening round 1 if none exists);
     * a second call in the same round replaces the first. `options.at` backdates it (for demo content).
     */
    async recordRating(pilotId: number, raterUserId: string, scores: Scores, showName: boolean, options: { at?: string } = {}): Promise<RecordRatingResult> {
      if (!validScores(scores)) return { ok: false, reason: 'invalid_scores' };
      let [round] = await repository.rounds(pilotId, 1);
      if (!round) {
        await openRound(pilotId, raterUserId, options);
        [round] = await repository.rounds(pilotId, 1);
      }
      await repository.upsertRating({ roundId: round!.id, pilotId, userId: raterUserId, ...scores, showName: showName ? 1 : 0, updatedAt: options.at ?? nowIso() });
      return { ok: true, roundNumber: round!.number };
    },
  };
}

export type ParadoxService = ReturnType<typeof paradoxService>;
