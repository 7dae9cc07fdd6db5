// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createAccounts } from './migrations/20261122T1010_create_accounts.js';

/** Accounts: sign-up, e-mail verification, sign-in, password reset, profile, roles and API tokens. */
export const accountsModule: PlatformModule = {
  name: 'accounts',
  migrations: { '20261122T1010_create_accounts': createAccounts },
};
