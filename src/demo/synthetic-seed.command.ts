// SPDX-License-Identifier: EUPL-1.2
import { parseArgs } from 'node:util';
import type { CliCommand } from '../platform/module.js';
import { seedSynthetic } from './synthetic-seed.js';

const usage = 'Usage: npm run seed:synthetic -- --pilots 100000 [--participations 1000000] [--seed 1] [--append]';

function positiveInteger(value: string | undefined, fallback: number | undefined): number | undefined {
  if (value === undefined) return fallback;
  return /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : Number.NaN;
}

/** `seed:synthetic`: fills a database with synthetic pilots for benchmarks (operator output is English). */
export const seedSyntheticCommand: CliCommand = {
  summary: 'Fill the database with seeded synthetic pilots, organisations, members and participations (benchmarks)',
  async run(context, args, output) {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...args],
        options: { pilots: { type: 'string' }, participations: { type: 'string' }, seed: { type: 'string' }, append: { type: 'boolean' } },
      });
    } catch (error) {
      output.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
      return 2;
    }
    const pilots = positiveInteger(parsed.values.pilots, 1000);
    const participations = positiveInteger(parsed.values.participations, undefined);
    const seed = positiveInteger(parsed.values.seed, 1);
    if ([pilots, participations, seed].some((value) => Number.isNaN(value))) {
      output.error(`--pilots, --participations and --seed take a positive whole number.\n${usage}`);
      return 2;
    }
    const result = await seedSynthetic(context, { pilots: pilots!, participations, seed: seed!, append: parsed.values.append ?? false }, output.log);
    if (!result.ok) {
      const reasons = {
        not_empty: 'The database already holds pilots. Add --append to add synthetic data anyway.',
        seed_used: 'Synthetic data with this --seed is already in the database. Use another --seed with --append.',
        no_password_hash: 'Could not read the password hash of the first synthetic member.',
      };
      output.error(reasons[result.reason]);
      return 1;
    }
    const s = result.summary;
    output.log(
      `Done in ${s.seconds.toFixed(1)} s: ${s.pilots} pilots, ${s.participations} participations, ${s.follows} follows, ` +
        `${s.organisations} organisations, ${s.members} members.`,
    );
    return 0;
  },
};
