// SPDX-License-Identifier: EUPL-1.2
import { gatesService } from '../gates/gates.service.js';
import type { ClosingOutcome } from '../gates/gates.tables.js';
import { intakeService } from '../intake/intake.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import { paradoxService } from '../paradox/paradox.service.js';
import { dimensions } from '../paradox/paradox.dimensions.js';
import { participationService } from '../participation/participation.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { phases, type Phase, type Status } from '../pilots/pilots.tables.js';
import { reflectionService } from '../reflection/reflection.service.js';
import { dashboardsPolicy } from './dashboards.policy.js';
import { portfolioRepository } from './portfolio.repository.js';

/** Pilots per table on one page of the portfolio (and in its export, which holds the page shown). */
export const portfolioPageSize = 25;

/** A team's own learning signals, only for members of the organisation and moderators. */
export interface LearningDetails {
  intakeDone: boolean;
  /** Date (YYYY-MM-DD) of the last reflection session, or null. */
  lastReflection: string | null;
  /** Mean of the seven paradox dimensions in the latest rated round (1 internal … 5 external), or null. */
  paradoxMean: number | null;
  gatePending: boolean;
}

export interface PortfolioPilot {
  id: number;
  title: string;
  phase: Phase;
  status: Status;
  closingOutcome: ClosingOutcome | null;
  adoptions: number;
  learning: LearningDetails | null;
}

export interface Portfolio {
  organisation: { id: number; name: string; slug: string; type: OrganisationType };
  showsLearningDetails: boolean;
  phases: { phase: Phase; initiated: number; joined: number }[];
  initiated: { pilots: PortfolioPilot[]; total: number };
  joined: { pilots: PortfolioPilot[]; total: number };
  page: number;
  pageSize: number;
}

const meanOf = (values: readonly number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

/** One organisation's pilot portfolio: what it initiated and joined, by phase, with follow-through and learning signals. */
export function portfolioService(context: AppContext) {
  const repository = portfolioRepository(context.db);

  /** Rows for a page of pilot ids: a fixed number of batch queries, plus one paradox look-up per pilot shown to the team. */
  async function pilotRows(ids: readonly number[], withLearning: boolean): Promise<PortfolioPilot[]> {
    if (ids.length === 0) return [];
    const [summaries, outcomes, adoptions] = await Promise.all([pilotsService(context).summaries([...ids]), repository.closingOutcomes(ids), repository.adoptionCounts(ids)]);
    let learning: ((id: number) => LearningDetails) | null = null;
    if (withLearning) {
      const paradox = paradoxService(context);
      // latestMeans answers one pilot at a time; the page is capped at portfolioPageSize pilots (see report).
      const [intakes, reflections, pending, means] = await Promise.all([
        intakeService(context).hasIntake(ids),
        reflectionService(context).lastSession(ids),
        gatesService(context).pendingGate(ids),
        Promise.all(ids.map(async (id) => [id, await paradox.latestMeans(id)] as const)),
      ]);
      const meanById = new Map(means.map(([id, value]) => [id, value ? meanOf(dimensions.map((dimension) => value[dimension])) : null]));
      learning = (id) => ({ intakeDone: intakes.has(id), lastReflection: reflections.get(id)?.slice(0, 10) ?? null, paradoxMean: meanById.get(id) ?? null, gatePending: pending.has(id) });
    }
    return summaries.map((pilot) => ({
      id: pilot.id,
      title: pilot.title,
      phase: pilot.phase,
      status: pilot.status,
      closingOutcome: outcomes.get(pilot.id) ?? null,
      adoptions: adoptions.get(pilot.id) ?? 0,
      learning: learning ? learning(pilot.id) : null,
    }));
  }

  return {
    /** The portfolio of the organisation with this slug, or undefined when there is none. */
    async forOrganisation(slug: string, viewer: CurrentUser | null, page: number): Promise<Portfolio | undefined> {
      const organisation = await organisationsService(context.db).findBySlug(slug);
      if (!organisation) return undefined;
      const showsLearningDetails = dashboardsPolicy.viewLearningDetails(viewer, organisation.id);
      const participation = participationService(context);
      const now = new Date().toISOString();
      const window = { limit: portfolioPageSize, offset: (page - 1) * portfolioPageSize };
      const [initiatedIds, joinedIds, initiatedPhases, joinedPhases] = await Promise.all([
        participation.pilotIdsForOrganisation(organisation.id, 'initiated', window),
        participation.pilotIdsForOrganisation(organisation.id, 'joined', window),
        repository.phaseCounts(organisation.id, 'initiated', now),
        repository.phaseCounts(organisation.id, 'joined', now),
      ]);
      const [initiated, joined] = await Promise.all([pilotRows(initiatedIds.ids, showsLearningDetails), pilotRows(joinedIds.ids, showsLearningDetails)]);
      const count = (rows: { phase: Phase; count: number }[], phase: Phase) => rows.find((row) => row.phase === phase)?.count ?? 0;
      return {
        organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug, type: organisation.type },
        showsLearningDetails,
        phases: phases.map((phase) => ({ phase, initiated: count(initiatedPhases, phase), joined: count(joinedPhases, phase) })),
        initiated: { pilots: initiated, total: initiatedIds.total },
        joined: { pilots: joined, total: joinedIds.total },
        page,
        pageSize: portfolioPageSize,
      };
    },
  };
}
