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

/** Pilots per table on one page of the portfolio. */
export const portfolioPageSize = 25;

/** Most pilots in one export of a portfolio table; a larger portfolio's file says so in its last row. */
export const portfolioExportLimit = 10_000;

/** Pilots looked up together: a fixed number of batch queries per this many pilots, never one per pilot. */
const batchSize = 1000;

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

export type PortfolioListKind = 'initiated' | 'joined';

/** Some of an organisation's pilots (a page, or all of them for an export) and how many there are in all. */
export interface PortfolioList {
  pilots: PortfolioPilot[];
  total: number;
}

export interface PortfolioOrganisation {
  id: number;
  name: string;
  slug: string;
  type: OrganisationType;
}

export interface PhaseCount {
  phase: Phase;
  initiated: number;
  joined: number;
}

export interface Portfolio {
  organisation: PortfolioOrganisation;
  showsLearningDetails: boolean;
  phases: PhaseCount[];
  initiated: PortfolioList;
  joined: PortfolioList;
  page: number;
  pageSize: number;
}

/** What one export needs: the phase counts, or one whole list (up to portfolioExportLimit pilots). */
export type PortfolioExport = { organisation: PortfolioOrganisation; showsLearningDetails: boolean } & (
  | { table: 'phases'; phases: PhaseCount[] }
  | { table: PortfolioListKind; list: PortfolioList; limit: number }
);

const meanOf = (values: readonly number[]) => Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 10) / 10;

/** One organisation's pilot portfolio: what it initiated and joined, by phase, with follow-through and learning signals. */
export function portfolioService(context: AppContext) {
  const repository = portfolioRepository(context.db);

  /** Learning details of a batch of pilots: four batch look-ups (intake, reflection, gates, paradox). */
  async function learningOf(ids: readonly number[]): Promise<(id: number) => LearningDetails> {
    const [intakes, reflections, pending, means] = await Promise.all([
      intakeService(context).hasIntake(ids),
      reflectionService(context).lastSession(ids),
      gatesService(context).pendingGate(ids),
      paradoxService(context).latestMeansFor(ids),
    ]);
    return (id) => {
      const mean = means.get(id);
      return {
        intakeDone: intakes.has(id),
        lastReflection: reflections.get(id)?.slice(0, 10) ?? null,
        paradoxMean: mean ? meanOf(dimensions.map((dimension) => mean[dimension])) : null,
        gatePending: pending.has(id),
      };
    };
  }

  /** Rows for one batch of pilot ids, in their order: a fixed number of batch queries, whatever the batch size. */
  async function batchRows(ids: readonly number[], withLearning: boolean): Promise<PortfolioPilot[]> {
    const [summaries, outcomes, adoptions, learning] = await Promise.all([
      pilotsService(context).summaries(ids),
      repository.closingOutcomes(ids),
      repository.adoptionCounts(ids),
      withLearning ? learningOf(ids) : Promise.resolve(null),
    ]);
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

  /** Rows for any number of pilot ids, in batches of batchSize one after the other (a bounded number of queries at a time). */
  async function pilotRows(ids: readonly number[], withLearning: boolean): Promise<PortfolioPilot[]> {
    const rows: PortfolioPilot[] = [];
    for (let start = 0; start < ids.length; start += batchSize) rows.push(...(await batchRows(ids.slice(start, start + batchSize), withLearning)));
    return rows;
  }

  async function list(organisationId: number, kind: PortfolioListKind, window: { limit: number; offset: number }, withLearning: boolean): Promise<PortfolioList> {
    const { ids, total } = await participationService(context).pilotIdsForOrganisation(organisationId, kind, window);
    return { pilots: await pilotRows(ids, withLearning), total };
  }

  async function phaseCounts(organisationId: number): Promise<PhaseCount[]> {
    const now = new Date().toISOString();
    const [initiated, joined] = await Promise.all([repository.phaseCounts(organisationId, 'initiated', now), repository.phaseCounts(organisationId, 'joined', now)]);
    const count = (rows: { phase: Phase; count: number }[], phase: Phase) => rows.find((row) => row.phase === phase)?.count ?? 0;
    return phases.map((phase) => ({ phase, initiated: count(initiated, phase), joined: count(joined, phase) }));
  }

  async function organisationFor(slug: string, viewer: CurrentUser | null) {
    const organisation = await organisationsService(context.db).findBySlug(slug);
    if (!organisation) return undefined;
    return {
      organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug, type: organisation.type },
      showsLearningDetails: dashboardsPolicy.viewLearningDetails(viewer, organisation.id),
    };
  }

  return {
    /** One page of the portfolio of the organisation with this slug, or undefined when there is none. */
    async forOrganisation(slug: string, viewer: CurrentUser | null, page: number): Promise<Portfolio | undefined> {
      const found = await organisationFor(slug, viewer);
      if (!found) return undefined;
      const { id } = found.organisation;
      const window = { limit: portfolioPageSize, offset: (page - 1) * portfolioPageSize };
      const [phaseRows, initiated, joined] = await Promise.all([
        phaseCounts(id),
        list(id, 'initiated', window, found.showsLearningDetails),
        list(id, 'joined', window, found.showsLearningDetails),
      ]);
      return { ...found, phases: phaseRows, initiated, joined, page, pageSize: portfolioPageSize };
    },

    /**
     * What the export of one table needs, or undefined for an unknown organisation: the phase counts, or the whole
     * list of initiated or joined pilots (all pages, up to portfolioExportLimit), looked up in batches.
     */
    async forExport(slug: string, viewer: CurrentUser | null, table: 'phases' | PortfolioListKind): Promise<PortfolioExport | undefined> {
      const found = await organisationFor(slug, viewer);
      if (!found) return undefined;
      if (table === 'phases') return { ...found, table, phases: await phaseCounts(found.organisation.id) };
      const whole = await list(found.organisation.id, table, { limit: portfolioExportLimit, offset: 0 }, found.showsLearningDetails);
      return { ...found, table, list: whole, limit: portfolioExportLimit };
    },
  };
}
