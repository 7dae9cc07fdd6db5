// SPDX-License-Identifier: EUPL-1.2
import type { Transaction } from 'kysely';
import type { DB } from '../db/schema.js';
import { nowIso } from '../db/columns.js';
import type { AppContext } from '../platform/module.js';
import { auditRepository, type AuditFilter, type AuditRow } from './audit.repository.js';

export type { AuditFilter, AuditRow } from './audit.repository.js';

/** One line in the audit log: who did what to which subject, and why. */
export interface AuditEntryInput {
  /** The member who acted; null for the system (jobs, imports). */
  actorUserId: string | null;
  /** A stable, dotted verb such as `pilot.hide`, `pilot.restore`, `reports.dismiss`, `pilots.connect`. */
  action: string;
  /** What was acted on, e.g. `pilot`, `user`, `pilot_connection`. */
  subjectType: string;
  subjectId: string | number;
  reason?: string | null;
  /** Action-specific facts (ids, counts); stored as JSON text. */
  details?: Record<string, unknown> | null;
}

export interface AuditPage {
  items: AuditRow[];
  total: number;
  page: number;
  pageSize: number;
}

const maxPageSize = 100;

/**
 * The audit log every moderation and administration action writes to. Entries are never changed or deleted,
 * so moderators can always be held to account for what they hid, restored or connected.
 */
export function auditService(context: AppContext) {
  const repository = auditRepository(context.db);
  return {
    /**
     * Appends one entry. Pass the caller's transaction so the entry is written together with the change it
     * describes (or not at all).
     */
    async record(entry: AuditEntryInput, trx?: Transaction<DB>): Promise<void> {
      await repository.insert(
        {
          actorUserId: entry.actorUserId,
          action: entry.action,
          subjectType: entry.subjectType,
          subjectId: String(entry.subjectId),
          reason: entry.reason?.trim() ? entry.reason.trim() : null,
          details: entry.details ? JSON.stringify(entry.details) : null,
          createdAt: nowIso(),
        },
        trx,
      );
    },

    /** Newest entries first, one page at a time (1-based page), optionally filtered by action, subject or actor. */
    async list(page: { page: number; pageSize?: number }, filters: AuditFilter = {}): Promise<AuditPage> {
      const pageSize = Math.min(Math.max(1, page.pageSize ?? 25), maxPageSize);
      const current = Math.max(1, Math.floor(page.page));
      const { rows, total } = await repository.list(filters, { limit: pageSize, offset: (current - 1) * pageSize });
      return { items: rows, total, page: current, pageSize };
    },

    /** The distinct actions in the log (for a filter control). */
    actions: () => repository.actions(),
  };
}

export type AuditService = ReturnType<typeof auditService>;
