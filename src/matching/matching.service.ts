// SPDX-License-Identifier: EUPL-1.2
import { organisationsService } from '../organisations/organisations.service.js';
import { connectionsService } from '../participation/connections.service.js';
import { pilotSearchTerms } from '../pilots/pilots-search-terms.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { Theme } from '../pilots/pilots.tables.js';
import type { AppContext } from '../platform/module.js';
import { termVector } from '../search/text/index.js';
import { rankSimilar, type MatchSource, type RankedMatch } from './matching.ranker.js';
import { matchingRepository } from './matching.repository.js';
import type { SimilarityReason, SimilarPilot } from './matching.types.js';

export type { SimilarityReason, SimilarPilot } from './matching.types.js';

const maxLimit = 50;
const clampLimit = (limit: number) => Math.min(maxLimit, Math.max(1, Math.floor(Number.isFinite(limit) ? limit : 5)));

/** "Similar pilots": for a pilot page, the API, and the registration form while someone types. */
export function matchingService(context: AppContext) {
  /** Turns ranked evidence into the contract's reasons, naming shared organisations in one look-up. */
  async function present(matches: RankedMatch[]): Promise<SimilarPilot[]> {
    const organisationIds = [...new Set(matches.flatMap((match) => match.sharedOrganisationIds))];
    const names = new Map((await organisationsService(context.db).findManyByIds(organisationIds)).map((row) => [row.id, row.name]));
    return matches.map((match) => {
      const reasons: SimilarityReason[] = [];
      if (match.linked) reasons.push({ type: 'linked_by_moderator', values: [] });
      if (match.sharedLabels.length > 0) reasons.push({ type: 'shared_terms', values: match.sharedLabels });
      if (match.sharedThemes.length > 0) reasons.push({ type: 'same_theme', values: match.sharedThemes });
      if (match.samePurpose) reasons.push({ type: 'same_purpose', values: [match.samePurpose] });
      const organisations = match.sharedOrganisationIds.flatMap((id) => names.get(id) ?? []);
      if (organisations.length > 0) reasons.push({ type: 'shared_organisations', values: organisations });
      return { id: match.id, title: match.title, score: match.score, reasons };
    });
  }

  return {
    /** Listed pilots most like this one (never itself); [] when the pilot does not exist. */
    async similarToPilot(pilotId: number, limit: number): Promise<SimilarPilot[]> {
      const [pilot, [stored], linkedIds] = await Promise.all([
        pilotsService(context).findById(pilotId),
        matchingRepository(context.db).documents([pilotId]),
        connectionsService(context).connectedPilotIds(pilotId),
      ]);
      if (!pilot || !stored) return [];
      const body = [pilot.what, pilot.goal, pilot.deliverables, pilot.approach, pilot.milestones].join('\n');
      const source: MatchSource = {
        id: pilot.id,
        title: pilot.title,
        searchTerms: stored.searchTerms,
        shape: termVector({ title: pilot.title, tags: pilot.tags.join(', '), summary: pilot.summary, body }),
        themes: pilot.themes,
        purpose: pilot.purpose,
        organisationIds: [pilot.initiatorOrganisationId],
        linkedIds,
      };
      return present(await rankSimilar(context, source, clampLimit(limit)));
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
      return present(await rankSimilar(context, source, clampLimit(limit)));
    },
  };
}

export type MatchingService = ReturnType<typeof matchingService>;
