// SPDX-License-Identifier: EUPL-1.2
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config.js';
import { openDatabase, type DatabaseHandle } from './db/database.js';
import { migrateToLatest } from './db/migrator.js';
import { createI18n } from './platform/i18n.js';
import { createMailer } from './platform/mail.js';
import type { AppContext, PlatformModule } from './platform/module.js';
import { registerHttpBasics } from './platform/http.js';
import { registerErrorHandling } from './platform/error-handling.js';
import { registerAssets } from './platform/assets.js';
import { platformMessages } from './platform/platform.messages.js';
import { organisationsModule } from './organisations/index.js';
import { accountsModule } from './accounts/index.js';
import { pilotsModule } from './pilots/index.js';
import { participationModule } from './participation/index.js';
import { matchingModule } from './matching/index.js';
import { moderationModule } from './moderation/index.js';
import { homeModule } from './home/index.js';
import { apiModule } from './api/index.js';
import { importsModule } from './imports/index.js';
import { demoModule } from './demo/index.js';
import { aboutModule } from './about/index.js';
import { teamsModule } from './teams/index.js';
import { intakeModule } from './intake/index.js';
import { gatesModule } from './gates/index.js';
import { reflectionModule } from './reflection/index.js';
import { paradoxModule } from './paradox/index.js';
import { lessonsModule } from './lessons/index.js';
import { knowledgeModule } from './knowledge/index.js';
import { documentsModule } from './documents/index.js';
import { scalingModule } from './scaling/index.js';
import { dashboardsModule } from './dashboards/index.js';

/**
 * The whole product, in the order modules depend on each other. Each manifest (index.ts)
 * lists what the module plugs in: migrations, texts, routes and periodic jobs.
 */
export const modules: readonly PlatformModule[] = [
  organisationsModule,
  accountsModule,
  pilotsModule,
  participationModule,
  teamsModule,
  intakeModule,
  gatesModule,
  reflectionModule,
  paradoxModule,
  lessonsModule,
  matchingModule,
  knowledgeModule,
  documentsModule,
  scalingModule,
  dashboardsModule,
  moderationModule,
  homeModule,
  apiModule,
  importsModule,
  demoModule,
  aboutModule,
];

export interface Platform {
  readonly context: AppContext;
  readonly database: DatabaseHandle;
  close(): Promise<void>;
}

/** Opens the database, runs pending migrations and prepares the shared services. */
export async function createPlatform(config: Config, log: (line: string) => void = () => {}): Promise<Platform> {
  const database = openDatabase(config.databaseUrl);
  await migrateToLatest(database.db, database.kind, modules.flatMap((module) => (module.migrations ? [module.migrations] : [])));
  const i18n = createI18n([platformMessages, ...modules.flatMap((module) => (module.messages ? [module.messages] : []))]);
  const pilotPageSections = modules.flatMap((module) => module.pilotPageSections ?? []).sort((a, b) => a.order - b.order);
  const context: AppContext = { config, db: database.db, dbKind: database.kind, mailer: createMailer(config, log), i18n, pilotPageSections };
  return { context, database, close: () => database.destroy() };
}

/** Builds the HTTP application on a prepared platform. */
export async function buildApp(context: AppContext, options: { logger?: boolean } = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: context.config.logLevel } : false,
    trustProxy: context.config.trustProxy,
    // Request ids appear in error pages and logs, so operators can match a complaint to a log line.
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
  });
  await registerHttpBasics(app, context);
  await registerAssets(app);
  registerErrorHandling(app);
  for (const module of modules) await module.register?.(app, context);
  return app;
}

/** Starts each module's periodic jobs; every job is written to be safe when several instances run it. */
export function startJobs(context: AppContext, onError: (job: string, error: unknown) => void): () => void {
  const timers = modules
    .flatMap((module) => module.jobs ?? [])
    .map((job) =>
      setInterval(() => {
        job.run(context).catch((error: unknown) => onError(job.name, error));
      }, job.everySeconds * 1000),
    );
  for (const timer of timers) timer.unref();
  return () => timers.forEach((timer) => clearInterval(timer));
}
