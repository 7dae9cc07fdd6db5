// SPDX-License-Identifier: EUPL-1.2
import { betterAuth } from 'better-auth';
import { hash, verify } from '@node-rs/argon2';
import type { Kysely } from 'kysely';
import type { AppContext } from '../platform/module.js';
import { sendAccountMail } from './account-mails.js';
import { throttleService } from './throttle.service.js';
import { verificationLink } from './sign-up-return.js';

/** Password rules shared by the forms, the CLI and better-auth itself. */
export const passwordRules = { minLength: 10, maxLength: 128 } as const;

/** Argon2id with OWASP's recommended settings (19 MiB, 2 passes, 1 lane); @node-rs/argon2 defaults to Argon2id. */
const argon2Options = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

/** The header through which our routes hand better-auth the client address Fastify resolved (trustProxy-aware). */
export const clientIpHeader = 'x-pilotstarter-client-ip';

function buildAuth(context: AppContext) {
  const { config } = context;
  return betterAuth({
    appName: 'Pilotstarter',
    baseURL: config.baseUrl,
    secret: config.authSecret,
    telemetry: { enabled: false },
    logger: { disabled: config.logLevel === 'silent', level: 'error' },
    // Our existing Kysely instance: its CamelCasePlugin maps better-auth's camelCase fields to our snake_case columns.
    database: { db: context.db as unknown as Kysely<any>, type: context.dbKind },
    user: {
      modelName: 'users',
      additionalFields: {
        organisationId: { type: 'number', required: false, input: true },
        // Only administrators change roles, through our own admin page; a sign-up can never set it.
        role: { type: 'string', required: false, defaultValue: 'member', input: false },
        jobTitle: { type: 'string', required: false, input: true },
        locale: { type: 'string', required: false, input: true },
      },
    },
    session: { modelName: 'sessions', expiresIn: 60 * 60 * 24 * 14, updateAge: 60 * 60 * 24 },
    account: { modelName: 'accounts' },
    verification: { modelName: 'verifications', storeIdentifier: 'hashed' },
    // better-auth's limiter only guards requests through its own HTTP handler, which we do not mount: our forms call
    // auth.api directly. Throttling is ours, in the same rate_limits table (see throttle.repository.ts, ADR 0002).
    rateLimit: { enabled: false, modelName: 'rateLimits' },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: passwordRules.minLength,
      maxPasswordLength: passwordRules.maxLength,
      // Members may sign in before confirming their address; registering pilots waits for it (accountsPolicy).
      requireEmailVerification: false,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      password: {
        hash: (password) => hash(password, argon2Options),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
      sendResetPassword: async ({ user, token }) => {
        await sendAccountMail(context, 'reset', user, `${config.baseUrl}/reset-password?token=${encodeURIComponent(token)}`);
      },
      // Whoever can read the mailbox may sign in again at once, even after too many wrong passwords.
      onPasswordReset: async ({ user }) => {
        await throttleService(context).clearStartingWith('signInFailures', user.email);
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      // The link carries a return path given at sign-up (e.g. a team invitation), see sign-up-return.ts.
      sendVerificationEmail: async ({ user, token, url }) => {
        await sendAccountMail(context, 'verify', user, verificationLink(config.baseUrl, token, url));
      },
    },
    advanced: {
      cookiePrefix: 'pilotstarter',
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
    },
  });
}

export type Auth = ReturnType<typeof buildAuth>;

const instances = new WeakMap<AppContext, Auth>();

/** The better-auth instance of this platform (one per AppContext, created on first use). */
export function authFor(context: AppContext): Auth {
  let auth = instances.get(context);
  if (!auth) {
    auth = buildAuth(context);
    instances.set(context, auth);
  }
  return auth;
}
