// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { participationRepository } from './participation.repository.js';
import { participationBulkRepository, type BulkFollowRow, type BulkPair } from './participation-bulk.repository.js';
import { organisationPilotsRepository, type OrganisationPilotKind } from './organisation-pilots.repository.js';
import { participationPolicy, type ActorRefusal } from './participation.policy.js';
import { loadPilotFacts, type PilotFacts } from './pilot-facts.js';
import { notifyLeadOfJoin } from './participation.mail.js';

export { connectionsService } from './connections.service.js';
export type { OrganisationPilotKind } from './organisation-pilots.repository.js';
export type { BulkFollowRow, BulkPair } from './participation-bulk.repository.js';

export type ParticipationRefusal =
  | ActorRefusal
  | 'not_found'
  | 'not_open'
  | 'is_initiator'
  | 'already_joined'
  | 'not_joined'
  | 'already_following'
  | 'not_following'
  | 'forbidden'
  | 'unknown_organisation';

/** The organisation a change was made for, so callers can name it in their message. */
export interface OrganisationRef {
  id: number;
  name: string;
}

export type ParticipationResult = { ok: true; organisation: OrganisationRef | null } | { ok: false; reason: ParticipationRefusal };

export interface Participant {
  id: number;
  name: string;
  slug: string;
  type: OrganisationType;
  joinedAt: string;
  joinedByUserId: string | null;
}

const refuse = (reason: ParticipationRefusal): ParticipationResult => ({ ok: false, reason });

/**
 * Joining (organisations) and following (members). Every change recounts the pilot's participants,
 * municipalities and followers in the same transaction and stores them through the pilots service.
 */
export function participationService(context: AppContext) {
  const repository = participationRepository(context.db, context.dbKind);
  const organisations = organisationsService(context.db);
  const pilots = pilotsService(context);
  const bulk = participationBulkRepository();

  /** Bulk work joins the caller's transaction (a pilot save, an import) or runs in its own. */
  async function inTransaction(trx: Transaction<DB> | undefined, work: (executor: Transaction<DB>) => Promise<void>): Promise<void> {
    if (trx) await work(trx);
    else await context.db.transaction().execute(work);
  }

  async function recount(pilot: PilotFacts, trx: Transaction<DB>): Promise<void> {
    const sources = await repository.countSources(pilot.id, trx);
    const initiatorShare = pilot.initiator.type === 'municipality' ? 1 : 0;
    await pilots.setCounts(
      pilot.id,
      {
        participantCount: sources.participantCount,
        municipalityCount: sources.participatingMunicipalities + initiatorShare,
        followerCount: sources.followerCount,
      },
      trx,
    );
  }

  /** Runs one change under the pilot's count lock; recounts only when something changed. */
  async function change(pilot: PilotFacts, work: (trx: Transaction<DB>) => Promise<boolean>): Promise<boolean> {
    return context.db.transaction().execute(async (trx) => {
      await repository.lockPilotCounts(pilot.id, trx);
      const changed = await work(trx);
      if (changed) await recount(pilot, trx);
      return changed;
    });
  }

  async function participantPage(pilotId: number, page: { limit: number; offset: number }): Promise<{ items: Participant[]; total: number }> {
    const { rows, total } = await repository.participations(pilotId, page);
    const found = await organisations.findManyByIds(rows.map((row) => row.organisationId));
    const byId = new Map(found.map((organisation) => [organisation.id, organisation]));
    const items = rows.flatMap((row) => {
      const organisation = byId.get(row.organisationId);
      if (!organisation) return [];
      const { id, name, slug, type } = organisation;
      return [{ id, name, slug, type, joinedAt: row.joinedAt, joinedByUserId: row.joinedByUserId }];
    });
    return { items, total };
  }

  return {
    /** The member's organisation joins the pilot. A second join by the same organisation is refused, never an error. */
    async join(pilotId: number, actor: CurrentUser | null): Promise<ParticipationResult> {
      const member = participationPolicy.organisationMember(actor);
      if (!member.ok) return refuse(member.reason);
      const organisation = member.user.organisation;
      const pilot = await loadPilotFacts(context, pilotId);
      if (!pilot) return refuse('not_found');
      if (pilot.initiator.id === organisation.id) return refuse('is_initiator');
      if (!participationPolicy.openToJoin(pilot, organisation.type, new Date().toISOString())) return refuse('not_open');
      const joined = await change(pilot, (trx) =>
        repository.insertParticipation({ pilotId, organisationId: organisation.id, joinedByUserId: member.user.id }, trx),
      );
      if (!joined) return refuse('already_joined');
      await notifyLeadOfJoin(context, pilot, organisation.name);
      return { ok: true, organisation: { id: organisation.id, name: organisation.name } };
    },

    /** The member's organisation stops taking part. */
    async leave(pilotId: number, actor: CurrentUser | null): Promise<ParticipationResult> {
      const member = participationPolicy.organisationMember(actor);
      if (!member.ok) return refuse(member.reason);
      const organisation = member.user.organisation;
      const pilot = await loadPilotFacts(context, pilotId);
      if (!pilot) return refuse('not_found');
      const left = await change(pilot, (trx) => repository.deleteParticipation(pilotId, organisation.id, trx));
      return left ? { ok: true, organisation: { id: organisation.id, name: organisation.name } } : refuse('not_joined');
    },

    /** The member follows the pilot (the outer circle); their employer is stored for organisation overviews. */
    async follow(pilotId: number, actor: CurrentUser | null): Promise<ParticipationResult> {
      const member = participationPolicy.member(actor);
      if (!member.ok) return refuse(member.reason);
      const pilot = await loadPilotFacts(context, pilotId);
      if (!pilot) return refuse('not_found');
      if (!pilot.listed) return refuse('not_open');
      const followed = await change(pilot, (trx) =>
        repository.insertFollow({ pilotId, userId: member.user.id, organisationId: member.user.organisation?.id ?? null }, trx),
      );
      return followed ? { ok: true, organisation: null } : refuse('already_following');
    },

    async unfollow(pilotId: number, actor: CurrentUser | null): Promise<ParticipationResult> {
      if (!actor) return refuse('unauthenticated');
      const pilot = await loadPilotFacts(context, pilotId);
      if (!pilot) return refuse('not_found');
      const unfollowed = await change(pilot, (trx) => repository.deleteFollow(pilotId, actor.id, trx));
      return unfollowed ? { ok: true, organisation: null } : refuse('not_following');
    },

    /**
     * The pilot's team (or a moderator) adds an organisation, published pilot or draft. A null actor is the
     * system itself (pilot saves without a member, imports), as in the pilots service; routes refuse anonymous
     * visitors before calling this.
     */
    async addParticipant(pilotId: number, organisationId: number, actor: CurrentUser | null): Promise<ParticipationResult> {
      const pilot = await loadPilotFacts(context, pilotId);
      if (!pilot) return refuse('not_found');
      if (actor && !participationPolicy.canManageParticipants(actor, await pilots.canEdit(pilotId, actor))) return refuse('forbidden');
      const organisation = await organisations.findById(organisationId);
      if (!organisation) return refuse('unknown_organisation');
      if (organisation.id === pilot.initiator.id) return refuse('is_initiator');
      const joinedByUserId = actor?.id ?? null;
      const added = await change(pilot, (trx) => repository.insertParticipation({ pilotId, organisationId, joinedByUserId }, trx));
      return added ? { ok: true, organisation: { id: organisation.id, name: organisation.name } } : refuse('already_joined');
    },

    /**
     * The pilot's team (or a moderator, or a member of that organisation) ends an organisation's participation.
     * A null actor is the system, as for addParticipant.
     */
    async removeParticipant(pilotId: number, organisationId: number, actor: CurrentUser | null): Promise<ParticipationResult> {
      const pilot = await loadPilotFacts(context, pilotId);
      if (!pilot) return refuse('not_found');
      if (actor) {
        const canManage = participationPolicy.canManageParticipants(actor, await pilots.canEdit(pilotId, actor));
        if (!participationPolicy.canRemoveParticipant(actor, organisationId, canManage)) return refuse('forbidden');
      }
      const organisation = await organisations.findById(organisationId);
      if (!organisation) return refuse('not_joined');
      const removed = await change(pilot, (trx) => repository.deleteParticipation(pilotId, organisationId, trx));
      return removed ? { ok: true, organisation: { id: organisation.id, name: organisation.name } } : refuse('not_joined');
    },

    /**
     * Every participating organisation, first joiners first. Bounded by the number of organisations that exist;
     * pages use `participantPage` instead.
     */
    async participantsOf(pilotId: number): Promise<Participant[]> {
      return (await participantPage(pilotId, { limit: 5000, offset: 0 })).items;
    },

    participantPage,

    /** What the viewer has done on this pilot, for the buttons on the pilot page. */
    async viewerState(pilotId: number, viewer: CurrentUser | null): Promise<{ joined: boolean; following: boolean }> {
      if (!viewer) return { joined: false, following: false };
      const [joined, following] = await Promise.all([
        viewer.organisation ? repository.isParticipating(pilotId, viewer.organisation.id) : Promise.resolve(false),
        repository.isFollowing(pilotId, viewer.id),
      ]);
      return { joined, following };
    },

    /** Listed pilots an organisation initiated, joins, or follows through its members; newest first. */
    async pilotIdsForOrganisation(organisationId: number, kind: OrganisationPilotKind, page: { limit: number; offset: number }): Promise<{ ids: number[]; total: number }> {
      return organisationPilotsRepository(context.db).pilotIds(organisationId, kind, page, new Date().toISOString());
    },

    /**
     * Adds many participations at once (imports, demo content): multi-row inserts that skip existing pairs and
     * the pilot's own initiator, then one recount per 500 affected pilots. Runs in the given transaction, or
     * its own. Each pair may carry who added it and when (default: nobody, now).
     */
    async addParticipantsBulk(pairs: readonly BulkPair[], trx?: Transaction<DB>): Promise<void> {
      if (pairs.length === 0) return;
      const unique = [...new Map(pairs.map((pair) => [`${pair.pilotId}:${pair.organisationId}`, pair])).values()];
      const pilotIds = [...new Set(unique.map((pair) => pair.pilotId))];
      await inTransaction(trx, async (executor) => {
        await bulk.insertMany(unique, executor);
        await bulk.removeInitiatorRows(pilotIds, executor);
        await bulk.recount(pilotIds, executor);
      });
    },

    /** Adds many follows at once (demo content, imports), skipping existing ones, then recounts in bulk. */
    async addFollowsBulk(rows: readonly BulkFollowRow[], trx?: Transaction<DB>): Promise<void> {
      if (rows.length === 0) return;
      const pilotIds = [...new Set(rows.map((row) => row.pilotId))];
      await inTransaction(trx, async (executor) => {
        await bulk.insertFollows(rows, executor);
        await bulk.recount(pilotIds, executor);
      });
    },
  };
}

export type ParticipationService = ReturnType<typeof participationService>;
