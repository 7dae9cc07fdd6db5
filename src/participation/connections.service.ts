// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { auditService } from '../moderation/audit.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { nowIso } from '../db/columns.js';
import { connectionsRepository, orderedPair } from './connections.repository.js';
import { participationPolicy } from './participation.policy.js';

export type { ConnectionRow } from './connections.repository.js';

/** A link as the pilot page shows it. */
export interface LinkedPilot {
  id: number;
  title: string;
  note: string | null;
}

export type ConnectionRefusal = 'forbidden' | 'same_pilot' | 'not_found' | 'already_linked' | 'not_linked';
export type ConnectionResult = { ok: true } | { ok: false; reason: ConnectionRefusal };

const noteMaxLength = 500;

/**
 * Links between pilots that moderators make by hand ("these two should talk"). A link shows on both pilots
 * and every change is written to the audit log in the same transaction.
 */
export function connectionsService(context: AppContext) {
  const repository = connectionsRepository(context.db);
  const audit = auditService(context);

  return {
    async connect(a: number, b: number, note: string | null, moderator: CurrentUser | null): Promise<ConnectionResult> {
      if (!participationPolicy.canLinkPilots(moderator)) return { ok: false, reason: 'forbidden' };
      if (a === b) return { ok: false, reason: 'same_pilot' };
      const pilots = pilotsService(context);
      const [first, second] = await Promise.all([pilots.findById(a), pilots.findById(b)]);
      if (!first || !second) return { ok: false, reason: 'not_found' };
      const cleanNote = note?.trim().slice(0, noteMaxLength) || null;
      const pair = orderedPair(a, b);
      const inserted = await context.db.transaction().execute(async (trx) => {
        const created = await repository.insert(a, b, cleanNote, moderator.id, trx);
        if (created) {
          await audit.record(
            { actorUserId: moderator.id, action: 'pilots.connect', subjectType: 'pilot_connection', subjectId: `${pair.lowerPilotId}-${pair.higherPilotId}`, reason: cleanNote, details: pair },
            trx,
          );
        }
        return created;
      });
      return inserted ? { ok: true } : { ok: false, reason: 'already_linked' };
    },

    async disconnect(a: number, b: number, moderator: CurrentUser | null): Promise<ConnectionResult> {
      if (!participationPolicy.canLinkPilots(moderator)) return { ok: false, reason: 'forbidden' };
      const pair = orderedPair(a, b);
      const removed = await context.db.transaction().execute(async (trx) => {
        const deleted = await repository.remove(a, b, trx);
        if (deleted) {
          await audit.record(
            { actorUserId: moderator.id, action: 'pilots.disconnect', subjectType: 'pilot_connection', subjectId: `${pair.lowerPilotId}-${pair.higherPilotId}`, details: pair },
            trx,
          );
        }
        return deleted;
      });
      return removed ? { ok: true } : { ok: false, reason: 'not_linked' };
    },

    /** The pilots linked to this one (listed or not), oldest link first. */
    async connectedPilotIds(pilotId: number): Promise<number[]> {
      return (await repository.forPilot(pilotId)).map((row) => row.otherPilotId);
    },

    /**
     * The links with their notes and the other pilot's title, for the pilot page. Moderators see every link;
     * everyone else only links to pilots that are listed now.
     */
    async linkedPilots(pilotId: number, viewer: CurrentUser | null): Promise<LinkedPilot[]> {
      const rows = await repository.forPilot(pilotId, participationPolicy.canLinkPilots(viewer) ? {} : { listedAt: nowIso() });
      const summaries = await pilotsService(context).summaries(rows.map((row) => row.otherPilotId));
      const titles = new Map(summaries.map((summary) => [summary.id, summary.title]));
      return rows.flatMap((row) => {
        const title = titles.get(row.otherPilotId);
        return title === undefined ? [] : [{ id: row.otherPilotId, title, note: row.note }];
      });
    },
  };
}

export type ConnectionsService = ReturnType<typeof connectionsService>;
