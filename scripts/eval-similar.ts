// SPDX-License-Identifier: EUPL-1.2
/**
 * Measures "similar pilots" on a labelled set (docs/adr/0009-matching-evaluation.md):
 *   npm run eval:similar -- FILE.json [--database postgres://…] [--k 10] [--tune 20] [--json] [--misses]
 * Imports FILE.json (the import format plus a `group` per entry) into a fresh throw-away database — SQLite in the
 * temporary folder, or a new database on the PostgreSQL server of --database or DATABASE_URL — and prints
 * precision@1, precision@3 and MRR of similar pilots beside a plain full-text baseline. --tune N reports the
 * first N groups (tuning) and the others (held out) separately. The throw-away database is dropped afterwards.
 */
import fs from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createPlatform } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { evaluateSimilar } from '../src/matching/evaluation/evaluate.js';
import { createThrowAwayDatabase } from '../src/matching/evaluation/fresh-database.js';
import { readLabelledSet } from '../src/matching/evaluation/labelled-set.js';
import { formatReport } from '../src/matching/evaluation/report.js';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      k: { type: 'string', default: '10' },
      tune: { type: 'string' },
      json: { type: 'boolean', default: false },
      misses: { type: 'boolean', default: false },
    },
  });
  const [file] = positionals;
  const k = Number(values.k);
  const tune = values.tune === undefined ? undefined : Number(values.tune);
  if (!file || !Number.isInteger(k) || k < 1 || (tune !== undefined && !(Number.isInteger(tune) && tune >= 0))) {
    console.error('Usage: npm run eval:similar -- FILE.json [--database postgres://…] [--k 10] [--tune 20] [--json] [--misses]');
    return 2;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  const labelled = readLabelledSet(parsed);
  if (!labelled.ok) {
    console.error(`${file}: ${labelled.reason}`);
    return 1;
  }
  const server = values.database ?? (/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? process.env.DATABASE_URL : undefined);
  const database = await createThrowAwayDatabase(server);
  try {
    const platform = await createPlatform(loadConfig({ ...process.env, DATABASE_URL: database.url, DEMO_DATA: '0', LOG_LEVEL: 'silent' }));
    try {
      const report = await evaluateSimilar(platform.context, labelled.set, { k, tuningGroups: tune });
      console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report, { misses: values.misses }));
      return report.imported === 0 ? 1 : 0;
    } finally {
      await platform.close();
    }
  } finally {
    await database.drop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
