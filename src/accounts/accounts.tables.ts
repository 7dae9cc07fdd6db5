// SPDX-License-Identifier: EUPL-1.2
import type { ColumnType, Generated } from 'kysely';

export type Role = 'member' | 'moderator' | 'admin';

/** better-auth stores Date objects; PostgreSQL columns are timestamptz, SQLite columns ISO text. */
type AuthDate = ColumnType<Date | string, Date | string, Date | string>;
type AuthBoolean = ColumnType<boolean | number, boolean | number, boolean | number>;

/** better-auth's "user" model, extended with the employer, role and preferred language. */
export interface UsersTable {
  id: string;
  name: string;
  email: string;
  emailVerified: AuthBoolean;
  image: string | null;
  organisationId: number | null;
  role: Role;
  jobTitle: string | null;
  locale: string | null;
  createdAt: AuthDate;
  updatedAt: AuthDate;
}

export interface SessionsTable {
  id: string;
  token: string;
  userId: string;
  expiresAt: AuthDate;
  ipAddress: string | null;
  userAgent: string | null;
  createdAt: AuthDate;
  updatedAt: AuthDate;
}

export interface AccountsTable {
  id: string;
  accountId: string;
  providerId: string;
  userId: string;
  accessToken: string | null;
  refreshToken: string | null;
  idToken: string | null;
  accessTokenExpiresAt: AuthDate | null;
  refreshTokenExpiresAt: AuthDate | null;
  scope: string | null;
  password: string | null;
  createdAt: AuthDate;
  updatedAt: AuthDate;
}

export interface VerificationsTable {
  id: string;
  identifier: string;
  value: string;
  expiresAt: AuthDate;
  createdAt: AuthDate;
  updatedAt: AuthDate;
}

export interface RateLimitsTable {
  id: string;
  key: string;
  count: number;
  lastRequest: number;
}

export interface ApiTokensTable {
  id: Generated<number>;
  userId: string;
  name: string;
  /** SHA-256 of the token; the token itself is shown once and never stored. */
  tokenHash: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface AccountTables {
  users: UsersTable;
  sessions: SessionsTable;
  accounts: AccountsTable;
  verifications: VerificationsTable;
  rateLimits: RateLimitsTable;
  apiTokens: ApiTokensTable;
}
