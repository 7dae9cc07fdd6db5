// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { nowIso } from '../db/columns.js';
import { organisationsService, type OrganisationRow } from '../organisations/organisations.service.js';
import { participationService } from '../participation/participation.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { slugify } from '../platform/text.js';
import { checkConditions, type ConditionReport } from './pilots.conditions.js';
import { pilotsPolicy } from './pilots.policy.js';
import { pilotsRepository } from './pilots.repository.js';
import type { PilotInput } from './pilots.schemas.js';
import { pilotSearchTerms } from './pilots-search-terms.js';
import type { PilotSaveResult } from './pilots.types.js';

/** The date one calendar month later (31 January → 28/29 February), as an ISO timestamp. */
export function oneMonthAfter(iso: string): string {
  const date = new Date(iso);
  const day = date.getUTCDate();
  date.setUTCMonth(date.getUTCMonth() + 1);
  if (date.getUTCDate() !== day) date.setUTCDate(0);
  return date.toISOString();
}

/** The columns an input writes (not state, counts or moderation fields). */
function contentColumns(input: PilotInput, now: string) {
  return {
    slug: slugify(input.title),
    title: input.title,
    summary: input.summary,
    what: input.what,
    goal: input.goal,
    deliverables: input.deliverables,
    approach: input.approach,
    milestones: input.milestones,
    phase: input.phase,
    status: input.status,
    statusReason: input.statusReason ?? null,
    purpose: input.purpose ?? null,
    innovationObject: input.innovationObject ?? null,
    degree: input.degree ?? null,
    level: input.level ?? null,
    initiatorOrganisationId: input.initiatorOrganisationId,
    contactName: input.contactName,
    contactEmail: input.contactEmail,
    startDate: input.startDate ?? null,
    plannedEndDate: input.plannedEndDate ?? null,
    externalId: input.externalId ?? null,
    innovationAreas: input.innovationAreas.join(','),
    confirmsInDevelopment: input.confirmsInDevelopment ? 1 : 0,
    confirmsNotCommercial: input.confirmsNotCommercial ? 1 : 0,
    searchTerms: pilotSearchTerms(input),
    updatedAt: now,
  };
}

interface ResolvedOrganisations {
  initiator: OrganisationRow;
  participants: OrganisationRow[];
}

/** Create, update and publish: validation of organisations and conditions, then one transaction per save. */
export function pilotRegistration(context: AppContext) {
  const repository = pilotsRepository(context.db);
  const organisations = organisationsService(context.db);

  async function resolveOrganisations(input: PilotInput, fallbackParticipantIds: number[]): Promise<ResolvedOrganisations | { unknown: number[] }> {
    // The initiator never counts as a participant of its own pilot.
    const wanted = [...new Set(input.participantOrganisationIds ?? fallbackParticipantIds)].filter((id) => id !== input.initiatorOrganisationId);
    const found = await organisations.findManyByIds([input.initiatorOrganisationId, ...wanted]);
    const byId = new Map(found.map((row) => [row.id, row]));
    const unknown = [input.initiatorOrganisationId, ...wanted].filter((id) => !byId.has(id));
    if (unknown.length) return { unknown };
    return { initiator: byId.get(input.initiatorOrganisationId)!, participants: wanted.map((id) => byId.get(id)!) };
  }

  function conditionsFor(input: PilotInput, orgs: ResolvedOrganisations, firstPublication: boolean): ConditionReport {
    return checkConditions(input, {
      initiatorIsMunicipality: orgs.initiator.type === 'municipality',
      participatingMunicipalities: orgs.participants.filter((row) => row.type === 'municipality').length,
      firstPublication,
    });
  }

  async function writeChildren(pilotId: number, input: PilotInput, trx: Transaction<DB>): Promise<void> {
    await repository.replaceThemes(pilotId, input.themes, trx);
    await repository.replaceTags(pilotId, input.tags, trx);
    await repository.replaceLinks(pilotId, input.links, trx);
  }

  /** Adds and removes participants so they match the form; the participation service keeps the counts. */
  async function syncParticipants(pilotId: number, current: number[], wanted: OrganisationRow[], actor: CurrentUser | null): Promise<void> {
    const participation = participationService(context);
    const wantedIds = new Set(wanted.map((row) => row.id));
    const additions = wanted.filter((row) => !current.includes(row.id)).map((row) => ({ pilotId, organisationId: row.id }));
    await participation.addParticipantsBulk(additions);
    for (const organisationId of current.filter((id) => !wantedIds.has(id))) {
      await participation.removeParticipant(pilotId, organisationId, actor);
    }
  }

  return {
    async create(input: PilotInput, actor: CurrentUser | null, options: { publish?: boolean } = {}): Promise<PilotSaveResult> {
      if (actor) {
        if (pilotsPolicy.register(actor) !== 'allowed') return { ok: false, reason: 'forbidden' };
        if (input.initiatorOrganisationId !== actor.organisation?.id && !pilotsPolicy.chooseInitiator(actor)) return { ok: false, reason: 'forbidden' };
      }
      const orgs = await resolveOrganisations(input, []);
      if ('unknown' in orgs) return { ok: false, reason: 'unknown_organisation', organisationIds: orgs.unknown };
      if (input.externalId && (await repository.externalIdTaken(input.externalId))) return { ok: false, reason: 'external_id_taken' };
      const report = conditionsFor(input, orgs, true);
      if (options.publish && report.failed.length) {
        return { ok: false, reason: 'conditions_not_met', failed: [...report.failed], problems: [...report.problems] };
      }
      const now = nowIso();
      const publish = options.publish === true;
      const municipalityDeadline = publish && report.needsMunicipalityDeadline ? oneMonthAfter(now) : null;
      const id = await repository.transaction(async (trx) => {
        const pilotId = await repository.insertPilot(
          {
            ...contentColumns(input, now),
            state: publish ? 'published' : 'draft',
            publishedAt: publish ? now : null,
            municipalityDeadline,
            createdByUserId: actor?.id ?? null,
            participantCount: 0,
            municipalityCount: orgs.initiator.type === 'municipality' ? 1 : 0,
            followerCount: 0,
            createdAt: now,
          },
          trx,
        );
        await writeChildren(pilotId, input, trx);
        if (actor) await repository.addTeamMember(pilotId, actor.id, 'lead', now, trx);
        await participationService(context).addParticipantsBulk(
          orgs.participants.map((row) => ({ pilotId, organisationId: row.id })),
          trx,
        );
        return pilotId;
      });
      return { ok: true, id, published: publish, municipalityDeadline };
    },

    async update(pilotId: number, input: PilotInput, actor: CurrentUser | null, options: { publish?: boolean } = {}): Promise<PilotSaveResult> {
      const row = await repository.findRow(pilotId);
      if (!row) return { ok: false, reason: 'not_found' };
      // After publishing, the phase changes only by a gate decision (gates module), whatever the form or API sends.
      if (row.state === 'published') input = { ...input, phase: row.phase };
      const onTeam = actor ? await repository.isTeamMember(pilotId, actor.id) : false;
      if (actor && !pilotsPolicy.edit(actor, row, onTeam)) return { ok: false, reason: 'forbidden' };
      if (actor && input.initiatorOrganisationId !== row.initiatorOrganisationId && !pilotsPolicy.chooseInitiator(actor)) {
        return { ok: false, reason: 'forbidden' };
      }
      const current = (await participationService(context).participantsOf(pilotId)).map((participant) => participant.id);
      const orgs = await resolveOrganisations(input, current);
      if ('unknown' in orgs) return { ok: false, reason: 'unknown_organisation', organisationIds: orgs.unknown };
      if (input.externalId && (await repository.externalIdTaken(input.externalId, pilotId))) return { ok: false, reason: 'external_id_taken' };

      const wasPublished = row.state === 'published';
      const publish = wasPublished || options.publish === true;
      const report = conditionsFor(input, orgs, !wasPublished);
      if (publish && report.failed.length) {
        return { ok: false, reason: 'conditions_not_met', failed: [...report.failed], problems: [...report.problems] };
      }
      const now = nowIso();
      const publishedAt = row.publishedAt ?? (publish ? now : null);
      // A running deadline is kept; once a municipality takes part it is cleared, so losing it later starts a new month.
      const needsDeadline = publish && report.needsMunicipalityDeadline;
      const municipalityDeadline = needsDeadline ? (row.municipalityDeadline ?? oneMonthAfter(now)) : null;
      const deadlineReset = municipalityDeadline === row.municipalityDeadline ? {} : { deadlineNotifiedAt: null, deadlineRemindedAt: null };
      const initiatorShareChange =
        input.initiatorOrganisationId === row.initiatorOrganisationId
          ? 0
          : (orgs.initiator.type === 'municipality' ? 1 : 0) - ((await organisations.findById(row.initiatorOrganisationId))?.type === 'municipality' ? 1 : 0);
      await repository.transaction(async (trx) => {
        await repository.updatePilot(
          pilotId,
          { ...contentColumns(input, now), state: publish ? 'published' : 'draft', publishedAt, municipalityDeadline, ...deadlineReset },
          trx,
        );
        if (initiatorShareChange !== 0) await repository.adjustMunicipalityCount(pilotId, initiatorShareChange, trx);
        await writeChildren(pilotId, input, trx);
      });
      await syncParticipants(pilotId, current, orgs.participants, actor);
      return { ok: true, id: pilotId, published: publish, municipalityDeadline };
    },
  };
}
