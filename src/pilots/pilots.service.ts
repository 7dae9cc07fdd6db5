// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import { organisationsService } from '../organisations/organisations.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { loadedPilot } from './pilot-page.memo.js';
import { pilotRegistration } from './pilot-registration.js';
import { pilotsPolicy } from './pilots.policy.js';
import { pilotsRepository, type Executor, type PilotCounts, type PilotRow } from './pilots.repository.js';
import type { PilotInput } from './pilots.schemas.js';
import type { InnovationArea, Phase, Status } from './pilots.tables.js';
import type { PilotDetail, PilotSaveResult, PilotSummary } from './pilots.types.js';

export type { PilotDetail, PilotSaveResult, PilotSummary, PilotOrganisation, PilotCondition, ConditionProblem } from './pilots.types.js';
export { whereListed, listedCondition } from './pilots.repository.js';

type ListingFacts = Pick<PilotRow, 'state' | 'hiddenAt' | 'municipalityCount' | 'municipalityDeadline'>;

/**
 * The listing rule (contracts.md): published, not hidden, and a municipality takes part or the one-month
 * deadline to link one has not passed. The same rule as the repository's whereListed, for one pilot.
 */
export function isListedNow(pilot: ListingFacts, now: string = nowIso()): boolean {
  return (
    pilot.state === 'published' &&
    pilot.hiddenAt === null &&
    (pilot.municipalityCount > 0 || pilot.municipalityDeadline === null || pilot.municipalityDeadline > now)
  );
}

/** True when the pilot waits for a municipality and its deadline has passed. */
export function isPastMunicipalityDeadline(pilot: ListingFacts, now: string = nowIso()): boolean {
  return pilot.state === 'published' && pilot.municipalityCount === 0 && pilot.municipalityDeadline !== null && pilot.municipalityDeadline <= now;
}

/** A stored pilot as input again, so publishing a draft runs exactly the checks a form save runs. */
export function detailAsInput(pilot: PilotDetail): PilotInput {
  return {
    title: pilot.title,
    summary: pilot.summary,
    what: pilot.what,
    goal: pilot.goal,
    deliverables: pilot.deliverables,
    approach: pilot.approach,
    milestones: pilot.milestones,
    themes: pilot.themes,
    tags: pilot.tags,
    initiatorOrganisationId: pilot.initiatorOrganisationId,
    contactName: pilot.contactName,
    contactEmail: pilot.contactEmail,
    startDate: pilot.startDate ?? undefined,
    plannedEndDate: pilot.plannedEndDate ?? undefined,
    links: pilot.links,
    phase: pilot.phase,
    status: pilot.status,
    statusReason: pilot.statusReason ?? undefined,
    purpose: pilot.purpose ?? undefined,
    innovationObject: pilot.innovationObject ?? undefined,
    degree: pilot.degree ?? undefined,
    level: pilot.level ?? undefined,
    externalId: pilot.externalId ?? undefined,
    innovationAreas: pilot.innovationAreas,
    confirmsInDevelopment: pilot.confirmsInDevelopment,
    confirmsNotCommercial: pilot.confirmsNotCommercial,
  };
}

/** Pilots: what other modules may call (contracts.md). */
export function pilotsService(context: AppContext) {
  const repository = pilotsRepository(context.db);
  const organisations = organisationsService(context.db);
  const registration = pilotRegistration(context);

  async function findById(id: number): Promise<PilotDetail | undefined> {
    // On a pilot page its sections get the page's own load (pilot-page.memo.ts); everywhere else: the database.
    const loaded = loadedPilot(id);
    if (loaded) return loaded;
    const row = await repository.findRow(id);
    if (!row) return undefined;
    const [themes, tags, links, initiator] = await Promise.all([
      repository.themesOf([id]),
      repository.tagsOf(id),
      repository.linksOf(id),
      organisations.findById(row.initiatorOrganisationId),
    ]);
    const now = nowIso();
    return {
      ...row,
      themes: themes.get(id) ?? [],
      tags,
      links,
      initiator: { id: initiator!.id, name: initiator!.name, slug: initiator!.slug, type: initiator!.type },
      hidden: row.hiddenAt !== null,
      innovationAreas: row.innovationAreas ? (row.innovationAreas.split(',') as InnovationArea[]) : [],
      confirmsInDevelopment: row.confirmsInDevelopment === 1,
      confirmsNotCommercial: row.confirmsNotCommercial === 1,
      listed: isListedNow(row, now),
      pastMunicipalityDeadline: isPastMunicipalityDeadline(row, now),
    };
  }

  async function isTeamMember(pilotId: number, user: CurrentUser | null): Promise<boolean> {
    return user ? repository.isTeamMember(pilotId, user.id) : false;
  }

  return {
    findById,

    /** Summaries in the order of `ids` (unknown ids are left out): one query for pilots and initiators, one for themes. */
    async summaries(ids: readonly number[]): Promise<PilotSummary[]> {
      const [rows, themes] = await Promise.all([repository.summaryRows(ids), repository.themesOf(ids)]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.flatMap((id) => {
        const row = byId.get(id);
        if (!row) return [];
        return [
          {
            id: row.id,
            slug: row.slug,
            title: row.title,
            summary: row.summary,
            phase: row.phase,
            status: row.status,
            themes: themes.get(row.id) ?? [],
            initiator: { id: row.initiatorId, name: row.initiatorName, slug: row.initiatorSlug, type: row.initiatorType },
            participantCount: row.participantCount,
            municipalityCount: row.municipalityCount,
            followerCount: row.followerCount,
            publishedAt: row.publishedAt,
            externalId: row.externalId,
          },
        ];
      });
    },

    /** Registers a pilot as draft, or published when `options.publish` and the conditions are met. */
    create: (input: PilotInput, actor: CurrentUser | null, options?: { publish?: boolean }): Promise<PilotSaveResult> =>
      registration.create(input, actor, options),

    /** Saves changes; a published pilot must keep meeting conditions 1 and 4. `options.publish` publishes a draft too. */
    update: (id: number, input: PilotInput, actor: CurrentUser | null, options?: { publish?: boolean }): Promise<PilotSaveResult> =>
      registration.update(id, input, actor, options),

    /** Publishes a saved draft when it meets the conditions (already published: ok, nothing changes). */
    async publish(id: number, actor: CurrentUser | null): Promise<PilotSaveResult> {
      const pilot = await findById(id);
      if (!pilot) return { ok: false, reason: 'not_found' };
      if (actor && !pilotsPolicy.edit(actor, pilot, await isTeamMember(id, actor))) return { ok: false, reason: 'forbidden' };
      if (pilot.state === 'published') return { ok: true, id, published: true, municipalityDeadline: pilot.municipalityDeadline };
      return registration.update(id, detailAsInput(pilot), actor, { publish: true });
    },

    /** Initiator or team member; moderators and administrators too. */
    async canEdit(pilotId: number, user: CurrentUser | null): Promise<boolean> {
      if (!user) return false;
      const row = await repository.findRow(pilotId);
      return row !== undefined && pilotsPolicy.edit(user, row, await isTeamMember(pilotId, user));
    },

    /** True when the user registered the pilot or is on its team (moderators are not, unless added). */
    async isTeam(pilotId: number, createdByUserId: string | null, user: CurrentUser | null): Promise<boolean> {
      return pilotsPolicy.isTeam(user, { createdByUserId }, await isTeamMember(pilotId, user));
    },

    async exists(pilotId: number): Promise<boolean> {
      return (await repository.findRow(pilotId)) !== undefined;
    },

    async isPublished(pilotId: number): Promise<boolean> {
      return (await repository.findRow(pilotId))?.state === 'published';
    },

    /** Hides a pilot with the moderator's reason (shown to its team), or shows it again with null. */
    async setHidden(pilotId: number, hidden: { reason: string; byUserId: string } | null): Promise<void> {
      await repository.setHidden(pilotId, hidden ? { ...hidden, at: nowIso() } : null);
    },

    /**
     * Sets phase and status as a gate decision or the closing evaluation decided (owner of the rules: the gates
     * module). Pass the gates module's transaction so the decision and the pilot change together.
     */
    async applyLifecycleChange(pilotId: number, change: { phase: Phase; status: Status; statusReason: string | null }, trx?: Executor): Promise<void> {
      await repository.applyLifecycleChange(pilotId, change, nowIso(), trx);
    },

    /** Stores the denormalised counts the participation module computed. */
    async setCounts(pilotId: number, counts: PilotCounts, trx?: Executor): Promise<void> {
      await repository.setCounts(pilotId, counts, trx);
    },
  };
}

export type PilotsService = ReturnType<typeof pilotsService>;
