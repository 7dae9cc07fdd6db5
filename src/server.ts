// SPDX-License-Identifier: EUPL-1.2
import { ConfigError, loadConfig } from './config.js';
import { buildApp, createPlatform, startJobs } from './app.js';
import { seedDemoContentIfWanted } from './demo/demo-seed.js';
import { indexTerms } from './search/text/index.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const platform = await createPlatform(config, (line) => console.log(line));
  const seeded = await seedDemoContentIfWanted(platform.context);
  if (seeded) console.log(`Demo content loaded: ${seeded.pilots} pilots, ${seeded.organisations} organisations, ${seeded.users} members.`);
  // Load the text-analysis lexicon and thesaurus now, so the first search does not pay for it.
  indexTerms('laadpalen schuldhulpverlening');
  const app = await buildApp(platform.context, { logger: true });
  const stopJobs = startJobs(platform.context, (job, error) => app.log.error({ err: error, job }, 'job failed'));
  const shutdown = async () => {
    stopJobs();
    await app.close();
    await platform.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  console.log(`Pilotstarter runs at ${config.baseUrl} (${config.databaseKind})`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
