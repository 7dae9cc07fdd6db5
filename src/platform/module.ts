// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { DatabaseKind } from '../config.js';
import type { MigrationSet } from '../db/migrator.js';
import type { I18n, MessageBundle } from './i18n.js';
import type { Mailer } from './mail.js';
import type { PageContext } from './views/page-context.js';

/** What every module gets: configuration, the database, the mailer and the translations. */
export interface AppContext {
  readonly config: Config;
  readonly db: Database;
  readonly dbKind: DatabaseKind;
  readonly mailer: Mailer;
  readonly i18n: I18n;
  /** Sections other modules add to the pilot page (participants, similar pilots, report link …), in order. */
  readonly pilotPageSections: readonly PilotPageSection[];
}

/** What a pilot page section is told about the pilot it is shown on. */
export interface PilotPageSubject {
  readonly id: number;
  readonly title: string;
  readonly state: 'draft' | 'published';
  readonly initiatorOrganisationId: number;
  readonly hidden: boolean;
  /** True when the viewer is the initiator or on the pilot's team. */
  readonly viewerIsTeam: boolean;
}

/**
 * A block on the pilot page contributed by another module, so the pilots module need not know them all.
 * `placement` puts it in the main column or the side column; lower `order` comes first.
 */
export interface PilotPageSection {
  readonly id: string;
  readonly placement: 'main' | 'aside';
  readonly order: number;
  render(context: AppContext, pilot: PilotPageSubject, page: PageContext): Promise<JSX.Element | null>;
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
  /** Blocks this module adds to every pilot page. */
  readonly pilotPageSections?: readonly PilotPageSection[];
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
