// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { DatabaseKind } from '../config.js';
import type { MigrationSet } from '../db/migrator.js';
import type { I18n, MessageBundle } from './i18n.js';
import type { Mailer } from './mail.js';

/** What every module gets: configuration, the database, the mailer and the translations. */
export interface AppContext {
  readonly config: Config;
  readonly db: Database;
  readonly dbKind: DatabaseKind;
  readonly mailer: Mailer;
  readonly i18n: I18n;
}

/**
 * A module's manifest (its index.ts): what it plugs into the platform.
 * app.ts lists the modules explicitly, so reading it tells the whole product.
 */
export interface PlatformModule {
  readonly name: string;
  readonly migrations?: MigrationSet;
  readonly messages?: MessageBundle;
  /** Registers HTML routes and API routes. Runs inside the app's encapsulation context. */
  register?(app: FastifyInstance, context: AppContext): Promise<void> | void;
  /** Periodic work (e.g. deadline e-mails); must be safe to run on several instances at once. */
  readonly jobs?: readonly PeriodicJob[];
  /** Operator commands for `npm run cli -- NAME …` (and the `import` / `seed:synthetic` npm scripts). */
  readonly commands?: Readonly<Record<string, CliCommand>>;
}

export interface CliCommand {
  /** One line shown by `npm run cli -- help`. */
  readonly summary: string;
  /** Runs with the arguments after the command name; returns the process exit code. */
  run(context: AppContext, args: readonly string[], output: { log(line: string): void; error(line: string): void }): Promise<number>;
}

export interface PeriodicJob {
  readonly name: string;
  readonly everySeconds: number;
  run(context: AppContext): Promise<void>;
}
