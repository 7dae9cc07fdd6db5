// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { accountsService } from '../accounts/accounts.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { auditService } from './audit.service.js';
import { hiddenPilotsRepository, type HiddenPilotRow } from './hidden-pilots.repository.js';
import { sendDecisionMail } from './moderation-mail.js';
import type { ReportInput } from './moderation.schemas.js';
import type { ReportReason } from './moderation.tables.js';
import { isUniqueViolation, reportsRepository } from './reports.repository.js';

export type { HiddenPilotRow } from './hidden-pilots.repository.js';

export interface OpenReport {
  id: number;
  reason: ReportReason;
  text: string | null;
  /** Null when the reporter's account was deleted. */
  reporterName: string | null;
  createdAt: string;
}

/** One pilot in the moderators' queue with its open reports. */
export interface QueueEntry {
  pilotId: number;
  title: string;
  openCount: number;
  latestAt: string;
  reasonCounts: { reason: ReportReason; count: number }[];
  reports: OpenReport[];
}

export type DecisionResult =
  | { ok: true; mailed: boolean }
  | { ok: false; reason: 'not_found' | 'already_hidden' | 'not_hidden' | 'no_open_reports' };

const queuePageSize = 20;

/** Reports by members and the moderators' decisions on them: hide, restore, dismiss. */
export function moderationService(context: AppContext) {
  const reports = reportsRepository(context.db);
  const hidden = hiddenPilotsRepository(context.db);
  const audit = auditService(context);
  const pilots = pilotsService(context);

  /** Names of members by id, in one look-up. */
  async function namesOf(ids: (string | null)[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((id): id is string => id !== null))];
    if (unique.length === 0) return new Map();
    const users = await accountsService(context).usersByIds(unique);
    return new Map(users.map((user) => [user.id, user.name]));
  }

  async function withNames<T extends { reporterUserId: string | null }>(rows: T[]): Promise<(Omit<T, 'reporterUserId'> & { reporterName: string | null })[]> {
    const names = await namesOf(rows.map((row) => row.reporterUserId));
    return rows.map(({ reporterUserId, ...rest }) => ({ ...rest, reporterName: reporterUserId ? (names.get(reporterUserId) ?? null) : null }));
  }

  /** E-mails the pilot's initiator (the member who registered it); false when there is nobody to tell or sending failed. */
  async function notifyInitiator(kind: 'hidden' | 'restored', pilot: { id: number; title: string; createdByUserId: string | null }, reason: string): Promise<boolean> {
    if (!pilot.createdByUserId) return false;
    const [initiator] = await accountsService(context).usersByIds([pilot.createdByUserId]);
    if (!initiator) return false;
    try {
      await sendDecisionMail(context, kind, initiator, pilot, reason);
      return true;
    } catch {
      // The decision stands even when the mail server is down; the flash tells the moderator the mail did not go.
      return false;
    }
  }

  return {
    /** A member reports a published pilot; one open report per member per pilot. */
    async report(pilotId: number, actor: CurrentUser, input: ReportInput): Promise<{ ok: true } | { ok: false; reason: 'not_found' | 'already_reported' }> {
      const pilot = await pilots.findById(pilotId);
      if (!pilot || pilot.state !== 'published') return { ok: false, reason: 'not_found' };
      if (await reports.hasOpenReport(pilotId, actor.id)) return { ok: false, reason: 'already_reported' };
      try {
        await reports.insert({ pilotId, reporterUserId: actor.id, reason: input.reason, text: input.text ?? null, createdAt: nowIso() });
      } catch (error) {
        // A double click can pass the check above twice; the unique index catches the second.
        if (isUniqueViolation(error)) return { ok: false, reason: 'already_reported' };
        throw error;
      }
      return { ok: true };
    },

    hasOpenReport: (pilotId: number, userId: string) => reports.hasOpenReport(pilotId, userId),

    /** Pilots with open reports, most recently reported first, with every open report (three queries per page). */
    async queue(page: number): Promise<{ items: QueueEntry[]; total: number; page: number; pageSize: number }> {
      const { rows, total } = await reports.reportedPilots({ limit: queuePageSize, offset: (page - 1) * queuePageSize });
      const pilotIds = rows.map((row) => row.pilotId);
      const [open, titles] = await Promise.all([reports.openReportsOf(pilotIds), hidden.titlesOf(pilotIds)]);
      const named = await withNames(open);
      const items = rows.map((row): QueueEntry => {
        const own = named.filter((report) => report.pilotId === row.pilotId);
        const counts = new Map<ReportReason, number>();
        for (const report of own) counts.set(report.reason, (counts.get(report.reason) ?? 0) + 1);
        return {
          pilotId: row.pilotId,
          title: titles.get(row.pilotId) ?? `#${row.pilotId}`,
          openCount: row.openCount,
          latestAt: row.latestAt,
          reasonCounts: [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count),
          reports: own.map(({ pilotId: _pilotId, ...report }) => report),
        };
      });
      return { items, total, page, pageSize: queuePageSize };
    },

    /** Currently hidden pilots, most recently hidden first. */
    async hiddenPilots(page: number): Promise<{ items: HiddenPilotRow[]; total: number; page: number; pageSize: number }> {
      const { rows, total } = await hidden.list({ limit: queuePageSize, offset: (page - 1) * queuePageSize });
      return { items: rows, total, page, pageSize: queuePageSize };
    },

    /** The open reports of one pilot, for the review page. */
    async openReportsOf(pilotId: number): Promise<OpenReport[]> {
      const named = await withNames(await reports.openReportsOf([pilotId]));
      return named.map(({ pilotId: _pilotId, ...report }) => report);
    },

    /** Hides a pilot with a reason the initiator sees, resolves its open reports, logs it and tells the initiator. */
    async hide(pilotId: number, actor: CurrentUser, reason: string): Promise<DecisionResult> {
      const pilot = await pilots.findById(pilotId);
      if (!pilot) return { ok: false, reason: 'not_found' };
      if (pilot.hiddenAt) return { ok: false, reason: 'already_hidden' };
      await pilots.setHidden(pilotId, { reason, byUserId: actor.id });
      await context.db.transaction().execute(async (trx) => {
        const resolved = await reports.closeOpenReports(pilotId, 'resolved', actor.id, nowIso(), trx);
        await audit.record({ actorUserId: actor.id, action: 'pilot.hide', subjectType: 'pilot', subjectId: pilotId, reason, details: { title: pilot.title, reportsResolved: resolved } }, trx);
      });
      return { ok: true, mailed: await notifyInitiator('hidden', pilot, reason) };
    },

    /** Shows a hidden pilot again, logs it and tells the initiator. */
    async restore(pilotId: number, actor: CurrentUser, reason: string): Promise<DecisionResult> {
      const pilot = await pilots.findById(pilotId);
      if (!pilot) return { ok: false, reason: 'not_found' };
      if (!pilot.hiddenAt) return { ok: false, reason: 'not_hidden' };
      await pilots.setHidden(pilotId, null);
      await audit.record({ actorUserId: actor.id, action: 'pilot.restore', subjectType: 'pilot', subjectId: pilotId, reason, details: { title: pilot.title } });
      return { ok: true, mailed: await notifyInitiator('restored', pilot, reason) };
    },

    /** Closes a pilot's open reports without hiding it. */
    async dismiss(pilotId: number, actor: CurrentUser, reason: string): Promise<DecisionResult> {
      const pilot = await pilots.findById(pilotId);
      if (!pilot) return { ok: false, reason: 'not_found' };
      const dismissed = await context.db.transaction().execute(async (trx) => {
        const count = await reports.closeOpenReports(pilotId, 'dismissed', actor.id, nowIso(), trx);
        if (count > 0) {
          await audit.record({ actorUserId: actor.id, action: 'reports.dismiss', subjectType: 'pilot', subjectId: pilotId, reason, details: { title: pilot.title, reportsDismissed: count } }, trx);
        }
        return count;
      });
      return dismissed > 0 ? { ok: true, mailed: false } : { ok: false, reason: 'no_open_reports' };
    },
  };
}

export type ModerationService = ReturnType<typeof moderationService>;
