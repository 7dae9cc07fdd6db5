// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

export const reportReasons = ['commercial', 'not_municipal_innovation', 'finished_product', 'other'] as const;
export type ReportReason = (typeof reportReasons)[number];
export type ReportStatus = 'open' | 'resolved' | 'dismissed';

export interface ReportsTable {
  id: Generated<number>;
  pilotId: number;
  reporterUserId: string | null;
  reason: ReportReason;
  text: string | null;
  status: ReportStatus;
  createdAt: string;
  resolvedAt: string | null;
  resolvedByUserId: string | null;
}

/** Who did what, when and why: every moderation and administration action lands here. */
export interface AuditLogTable {
  id: Generated<number>;
  actorUserId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  reason: string | null;
  /** JSON text with action-specific details. */
  details: string | null;
  createdAt: string;
}

export interface ModerationTables {
  reports: ReportsTable;
  auditLog: AuditLogTable;
}
