// SPDX-License-Identifier: EUPL-1.2
import { isModerator, type CurrentUser } from '../platform/current-user.js';

/**
 * Who sees what on the dashboards. The national dashboard and an organisation's portfolio (its listed pilots, phase,
 * status and follow-through) are public: the same facts are on the public pilot pages. The learning details
 * (intake done, last reflection, paradox position, gate pending) are a team's working notes, so only members of
 * that organisation and moderators see them (ADR 0011).
 */
export const dashboardsPolicy = {
  viewNational: (_user: CurrentUser | null): boolean => true,
  viewOrganisation: (_user: CurrentUser | null): boolean => true,
  viewLearningDetails: (user: CurrentUser | null, organisationId: number): boolean => isModerator(user) || user?.organisation?.id === organisationId,
};
