// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import path from 'node:path';

/**
 * The platform's configuration, read once from the environment and frozen.
 * Invalid settings stop the process at start with a message that names the variable.
 */
const booleanFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['1', 'true', 'yes', 'on'].includes(value));

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().min(1).default('./data/pilotstarter.sqlite'),
  DEMO_DATA: booleanFlag.optional(),
  BASE_URL: z.url({ message: 'must be an absolute URL such as https://pilotstarter.example' }).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { message: 'must start with smtp:// or smtps://' })
    .optional(),
  MAIL_FROM: z.string().default('Pilotstarter <noreply@pilotstarter.example>'),
  OUTBOX_DIR: z.string().default('./data/outbox'),
  DOCUMENTS_DIR: z.string().min(1).default('./data/documents'),
  AUTH_SECRET: z.string().min(32, { message: 'must be at least 32 characters' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: booleanFlag.default(false),
});

export type DatabaseKind = 'sqlite' | 'postgres';

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly databaseKind: DatabaseKind;
  /** undefined means: load demo content when the database is empty. */
  readonly demoData: boolean | undefined;
  readonly baseUrl: string;
  readonly smtpUrl: string | undefined;
  readonly mailFrom: string;
  readonly outboxDir: string;
  /** Uploaded documents, outside the web root; a volume shared by every instance (docs/adr/0010-document-storage.md). */
  readonly documentsDir: string;
  readonly authSecret: string;
  readonly logLevel: string;
  readonly trustProxy: boolean;
}

export class ConfigError extends Error {}

/** Parses an environment (process.env by default) into a frozen Config or throws a ConfigError listing every problem. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const value = parsed.data;
  const databaseKind: DatabaseKind = /^postgres(ql)?:\/\//.test(value.DATABASE_URL) ? 'postgres' : 'sqlite';
  if (value.NODE_ENV === 'production' && !value.AUTH_SECRET) {
    throw new ConfigError('Invalid configuration:\n  AUTH_SECRET: required in production (32+ random characters)');
  }
  const baseUrl = (value.BASE_URL ?? `http://localhost:${value.PORT}`).replace(/\/$/, '');
  return Object.freeze({
    env: value.NODE_ENV,
    port: value.PORT,
    host: value.HOST,
    databaseUrl: databaseKind === 'sqlite' ? path.resolve(value.DATABASE_URL) : value.DATABASE_URL,
    databaseKind,
    demoData: value.DEMO_DATA,
    baseUrl,
    smtpUrl: value.SMTP_URL,
    mailFrom: value.MAIL_FROM,
    outboxDir: path.resolve(value.OUTBOX_DIR),
    documentsDir: path.resolve(value.DOCUMENTS_DIR),
    // A fixed development secret keeps sessions valid across restarts on a laptop; production must set its own.
    authSecret: value.AUTH_SECRET ?? 'development-only-secret-change-me-in-production-0000',
    logLevel: value.LOG_LEVEL,
    trustProxy: value.TRUST_PROXY,
  });
}
