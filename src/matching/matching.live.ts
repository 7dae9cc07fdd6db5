// SPDX-License-Identifier: EUPL-1.2
import { organisationsService } from '../organisations/organisations.service.js';
import { connectionsService } from '../participation/connections.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { AppContext } from '../platform/module.js';
import { termVector } from '../search/text/index.js';
import { rankSimilar, type MatchSource, type RankedMatch } from './matching.ranker.js';
import { matchingRepository } from './matching.repository.js';
import type { SimilarityReason, SimilarPilot } from './matching.types.js';

/** Turns ranked evidence into the contract's reasons, naming shared organisations in one look-up. */
export async function presentMatches(context: AppContext, matches: RankedMatch[]): Promise<SimilarPilot[]> {
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

/**
 * The ranking computed now (ADR 0007), without the stored lists: listed pilots most like this one, never itself.
 * Undefined when the pilot does not exist. The evaluation measures this; stored lists hold its results.
 */
export async function liveSimilarToPilot(context: AppContext, pilotId: number, limit: number): Promise<SimilarPilot[] | undefined> {
  const [pilot, [stored], linkedIds] = await Promise.all([
    pilotsService(context).findById(pilotId),
    matchingRepository(context.db).documents([pilotId]),
    connectionsService(context).connectedPilotIds(pilotId),
  ]);
  if (!pilot || !stored) return undefined;
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
  return presentMatches(context, await rankSimilar(context, source, limit));
}
