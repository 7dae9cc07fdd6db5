// SPDX-License-Identifier: EUPL-1.2
import { pilotSearchTerms } from '../pilots/pilots-search-terms.js';
import type { Theme } from '../pilots/pilots.tables.js';
import type { AppContext } from '../platform/module.js';
import { termVector } from '../search/text/index.js';
import { liveSimilarToPilot, presentMatches } from './matching.live.js';
import { rankSimilar, type MatchSource } from './matching.ranker.js';
import type { SimilarPilot } from './matching.types.js';
import { similarListsService } from './similar-lists.service.js';

export type { SimilarityReason, SimilarPilot } from './matching.types.js';

const maxLimit = 50;
const clampLimit = (limit: number) => Math.min(maxLimit, Math.max(1, Math.floor(Number.isFinite(limit) ? limit : 5)));

/** "Similar pilots": for a pilot page, the API, and the registration form while someone types. */
export function matchingService(context: AppContext) {
  return {
    /**
     * Listed pilots most like this one (never itself); [] when the pilot does not exist. Served from the pilot's
     * stored list (ADR 0013), computed and stored on its first read; pilots unlisted since are left out at once.
     */
    async similarToPilot(pilotId: number, limit: number): Promise<SimilarPilot[]> {
      return similarListsService(context).forPilot(pilotId, clampLimit(limit));
    },

    /** The same ranking computed now, bypassing the stored lists: what the evaluation measures. */
    async similarToPilotLive(pilotId: number, limit: number): Promise<SimilarPilot[]> {
      return (await liveSimilarToPilot(context, pilotId, clampLimit(limit))) ?? [];
    },

    /**
     * Listed pilots most like a title and summary being typed; [] when the text has no usable words.
     * `excludeId` leaves out the pilot being edited.
     */
    async similarToText(input: { title: string; summary: string; themes?: Theme[] }, limit: number, options: { excludeId?: number } = {}): Promise<SimilarPilot[]> {
      const title = input.title.trim().slice(0, 500);
      const summary = input.summary.trim().slice(0, 2000);
      const searchTerms = pilotSearchTerms({ title, summary });
      if (searchTerms === '') return [];
      const source: MatchSource = {
        excludeId: options.excludeId,
        title,
        searchTerms,
        shape: termVector({ title, summary }),
        themes: input.themes ?? [],
        purpose: null,
        organisationIds: [],
        linkedIds: [],
      };
      return presentMatches(context, await rankSimilar(context, source, clampLimit(limit)));
    },
  };
}

export type MatchingService = ReturnType<typeof matchingService>;
