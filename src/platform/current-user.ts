// SPDX-License-Identifier: EUPL-1.2
import type { Role } from '../accounts/accounts.tables.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';

/** The signed-in member as every module sees it (filled by the accounts module on each request). */
export interface CurrentUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly emailVerified: boolean;
  readonly role: Role;
  readonly organisation: {
    readonly id: number;
    readonly name: string;
    readonly slug: string;
    readonly type: OrganisationType;
  } | null;
}

export const isModerator = (user: CurrentUser | null): boolean => user?.role === 'moderator' || user?.role === 'admin';
export const isAdmin = (user: CurrentUser | null): boolean => user?.role === 'admin';
