// SPDX-License-Identifier: EUPL-1.2
// Runs the whole suite: unit and integration tests on SQLite and, when TEST_POSTGRES_URL is set, on PostgreSQL;
// then the browser journeys in Chromium on each database. `npm test -- --only=unit` or `--only=e2e` narrows it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
const databases = ['sqlite', ...(process.env.TEST_POSTGRES_URL ? ['postgres'] : [])];
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function findTests(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => /\.test\.tsx?$/.test(file))
    .sort();
}

function run(label, args, env) {
  console.log(`\n=== ${label}`);
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

let ok = true;
const unitFiles = findTests('src');
const e2eFiles = findTests('tests/e2e');
for (const database of databases) {
  if (!run(`prepare ${database} template`, ['--import', 'tsx', 'scripts/prepare-test-template.ts', database], {})) {
    ok = false;
    continue;
  }
  if (only !== 'e2e' && unitFiles.length) {
    ok = run(`unit and integration tests on ${database}`, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=3', ...unitFiles], { TEST_DB: database }) && ok;
  }
  if (only !== 'unit' && e2eFiles.length) {
    if (!fs.existsSync(chromium)) {
      console.log(`\nBrowser journeys skipped: no Chromium at ${chromium} (apt-get install chromium)`);
      if (process.env.CI) ok = false;
    } else {
      ok = run(`browser journeys on ${database}`, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=1', ...e2eFiles], { TEST_DB: database }) && ok;
    }
  }
}
if (!process.env.TEST_POSTGRES_URL) console.log('\nPostgreSQL suites skipped: set TEST_POSTGRES_URL (see .ci/postgres.sh) to run them too.');
process.exit(ok ? 0 : 1);
