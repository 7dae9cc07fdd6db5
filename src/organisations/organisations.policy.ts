// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';

/**
 * Who may see what of organisations. The directory and organisation pages are public: they show names, public
 * details and listed pilots only. Adding organisations happens through sign-up and pilot registration.
 */
export const organisationsPolicy = {
  view(_user: CurrentUser | null): boolean {
    return true;
  },
};
