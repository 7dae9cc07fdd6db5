// SPDX-License-Identifier: EUPL-1.2
import { isModerator, type CurrentUser } from '../platform/current-user.js';

/**
 * Who may do what in moderation. Any signed-in member may report a pilot; only moderators and administrators
 * see the queue, decide on reports, hide or restore pilots and read the audit log.
 */
export const moderationPolicy = {
  canReport: (user: CurrentUser | null): user is CurrentUser => user !== null,
  canModerate: (user: CurrentUser | null): user is CurrentUser => isModerator(user),
  canReadAuditLog: (user: CurrentUser | null): user is CurrentUser => isModerator(user),
} as const;
