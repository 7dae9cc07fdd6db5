// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import { z } from 'zod';
import { nowIso } from '../db/columns.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { auditService } from '../moderation/audit.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import type { OrganisationType } from '../organisations/organisations.tables.js';
import { accountsRepository, type AccountUser, type UserListFilter } from './accounts.repository.js';
import { apiTokensRepository, type ApiTokenRow } from './api-tokens.repository.js';
import { authFor, passwordRules } from './auth.js';
import { throttleService } from './throttle.service.js';
import type { Role } from './accounts.tables.js';

export type { AccountUser } from './accounts.repository.js';
export type { ApiTokenRow } from './api-tokens.repository.js';

export interface CreateUserInput {
  email: string;
  name: string;
  /** Without one, the member has no password until they reset it by e-mail. */
  password?: string;
  organisationId: number;
  role?: Role;
  emailVerified?: boolean;
  jobTitle?: string;
  locale?: string;
}

export type CreateUserResult = { ok: true; user: { id: string } } | { ok: false; reason: 'email_taken' | 'weak_password' | 'invalid' };

const apiTokenPrefix = 'ps_';
/** last_used_at is written at most once a minute per token, so busy API clients do not turn reads into writes. */
const tokenTouchIntervalMs = 60_000;

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/** Accounts: creating members, roles, profiles and personal API tokens. Sign-in itself goes through better-auth. */
export function accountsService(context: AppContext) {
  const repository = accountsRepository(context.db);
  const tokens = apiTokensRepository(context.db);

  return {
    /** Creates a member directly (CLI, demo data, tests); better-auth hashes the password with Argon2id. */
    async createUser(input: CreateUserInput): Promise<CreateUserResult> {
      const email = input.email.trim().toLowerCase();
      const name = input.name.trim();
      if (!z.email().safeParse(email).success || name.length === 0) return { ok: false, reason: 'invalid' };
      if (input.password !== undefined && (input.password.length < passwordRules.minLength || input.password.length > passwordRules.maxLength)) {
        return { ok: false, reason: 'weak_password' };
      }
      if (await repository.findUserByEmail(email)) return { ok: false, reason: 'email_taken' };
      const auth = await authFor(context).$context;
      const user = await auth.internalAdapter.createUser({
        email,
        name,
        emailVerified: input.emailVerified ?? false,
        organisationId: input.organisationId,
        role: input.role ?? 'member',
        jobTitle: input.jobTitle ?? null,
        locale: input.locale ?? null,
      }, { method: 'email-password' });
      if (input.password !== undefined) {
        const hash = await auth.password.hash(input.password);
        await auth.internalAdapter.linkAccount({ userId: user.id, providerId: 'credential', accountId: user.id, password: hash });
      }
      return { ok: true, user: { id: user.id } };
    },

    /**
     * The employer a member typed: a municipality by name or CBS code, or a known organisation. An unknown name
     * is added as a new organisation only when the member said what kind it is.
     */
    async resolveEmployer(
      reference: string,
      newType?: Exclude<OrganisationType, 'municipality'>,
    ): Promise<{ ok: true; organisationId: number } | { ok: false; reason: 'unknown_organisation' }> {
      const organisations = organisationsService(context.db);
      const found = await organisations.resolve(reference);
      if (found) return { ok: true, organisationId: found.id };
      if (!newType) return { ok: false, reason: 'unknown_organisation' };
      const created = await organisations.findOrCreate(reference, newType);
      return { ok: true, organisationId: created.id };
    },

    findUserById: (id: string): Promise<AccountUser | undefined> => repository.findUserById(id),
    findUserByEmail: (email: string): Promise<AccountUser | undefined> => repository.findUserByEmail(email),

    /** Names and addresses of several members at once (for lists of team members and e-mails). */
    usersByIds: (ids: string[]) => repository.usersByIds([...new Set(ids)]),

    /** The signed-in member behind a session token and when that session ends; undefined when unknown. */
    sessionUser: (token: string) => repository.findSessionUser(token),

    updateProfile: (userId: string, values: { name: string; jobTitle: string | null; organisationId: number; locale: string }) =>
      repository.updateProfile(userId, values),

    /** Changes a member's role and writes the change to the audit log in the same transaction. */
    async changeRole(actor: CurrentUser, userId: string, role: Role): Promise<{ ok: true } | { ok: false; reason: 'not_found' | 'own_role' }> {
      if (actor.id === userId) return { ok: false, reason: 'own_role' };
      return context.db.transaction().execute(async (trx) => {
        const user = await repository.findUserById(userId, trx);
        if (!user) return { ok: false, reason: 'not_found' } as const;
        if (user.role === role) return { ok: true } as const;
        await repository.updateRole(userId, role, trx);
        await auditService(context).record(
          { actorUserId: actor.id, action: 'user.role_change', subjectType: 'user', subjectId: userId, details: { from: user.role, to: role } },
          trx,
        );
        return { ok: true } as const;
      });
    },

    listUsers: (filter: UserListFilter, page: { limit: number; offset: number }) => repository.listUsers(filter, page),

    /** A new personal API token: 32 random bytes, base64url, prefixed `ps_`. Only its SHA-256 is stored; show it once. */
    async createApiToken(userId: string, name: string): Promise<string> {
      const token = `${apiTokenPrefix}${crypto.randomBytes(32).toString('base64url')}`;
      await tokens.insert({ userId, name: name.trim(), tokenHash: hashToken(token), createdAt: nowIso() });
      return token;
    },

    /** The member a bearer token belongs to, or null. */
    async authenticateApiToken(token: string): Promise<CurrentUser | null> {
      if (!token.startsWith(apiTokenPrefix) || token.length > 100) return null;
      const found = await tokens.findByHash(hashToken(token));
      if (!found) return null;
      const now = Date.now();
      if (!found.lastUsedAt || Date.parse(found.lastUsedAt) <= now - tokenTouchIntervalMs) {
        await tokens.touch(found.tokenId, new Date(now).toISOString(), new Date(now - tokenTouchIntervalMs).toISOString());
      }
      const { jobTitle: _jobTitle, locale: _locale, createdAt: _createdAt, ...user } = found.user;
      return user;
    },

    /** Deletes expired sessions, verification tokens and idle throttle counters (a periodic job). */
    async pruneExpired(): Promise<void> {
      await repository.pruneExpired(new Date());
      await throttleService(context).prune();
    },

    listApiTokens: (userId: string): Promise<ApiTokenRow[]> => tokens.listForUser(userId),
    revokeApiToken: (userId: string, tokenId: number): Promise<boolean> => tokens.deleteForUser(tokenId, userId),
  };
}

export type AccountsService = ReturnType<typeof accountsService>;
