// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createAccounts } from './migrations/20261122T1010_create_accounts.js';
import { accountsMessages } from './accounts.messages.js';
import { tokenCreateCommand, userCreateCommand } from './accounts.commands.js';
import { accountsService } from './accounts.service.js';
import { registerAdminRoutes } from './admin.routes.js';
import { registerCurrentUser } from './current-user.hook.js';
import { registerPasswordRoutes } from './password.routes.js';
import { registerProfileRoutes } from './profile.routes.js';
import { registerSignInRoutes } from './sign-in.routes.js';
import { registerSignUpRoutes } from './sign-up.routes.js';

/**
 * Accounts: sign-up, e-mail verification, sign-in, password reset, profile, roles and API tokens, on better-auth
 * (ADR 0002). `register` runs on the root app, so the hook that sets request.currentUser covers every route.
 */
export const accountsModule: PlatformModule = {
  name: 'accounts',
  migrations: { '20261122T1010_create_accounts': createAccounts },
  messages: accountsMessages,
  async register(app, context) {
    await registerCurrentUser(app, context);
    registerSignInRoutes(app, context);
    registerSignUpRoutes(app, context);
    registerPasswordRoutes(app, context);
    registerProfileRoutes(app, context);
    registerAdminRoutes(app, context);
  },
  jobs: [
    {
      name: 'accounts.prune',
      everySeconds: 60 * 60,
      // Plain deletes of rows past their end: harmless when several instances run them at once.
      run: (context) => accountsService(context).pruneExpired(),
    },
  ],
  commands: {
    'user:create': userCreateCommand,
    'token:create': tokenCreateCommand,
  },
};
