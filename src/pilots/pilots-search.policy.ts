// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';

/**
 * Who may search. Search only ever returns listed pilots (the repository applies the listing rule), and those
 * are public: visitors, members and API clients alike. Drafts and hidden pilots are never part of a list.
 */
export const pilotSearchPolicy = {
  browse(_user: CurrentUser | null): boolean {
    return true;
  },
};
