// SPDX-License-Identifier: EUPL-1.2
import type { CliCommand } from '../platform/module.js';
import { similarListsService } from './similar-lists.service.js';

const batchSize = 500;

/** The value after `--name` as a positive whole number, or undefined. */
function numberOption(args: readonly string[], name: string): number | undefined {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : Number.NaN;
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

/**
 * `similar-lists [--max N]`: computes and stores the "similar pilots" list of every listed pilot (ADR 0013), in
 * id order, 500 ids per read. Run after `reindex` or on a database filled without the platform (such as the
 * benchmark's), so the first views need not compute. `--max` stops after N pilots (to measure).
 */
export const similarListsCommand: CliCommand = {
  summary: 'Compute the stored similar-pilot lists of all listed pilots: npm run cli -- similar-lists [--max N]',
  async run(context, args, output) {
    const started = performance.now();
    const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
    const done = await similarListsService(context).computeAll({
      batchSize,
      max: numberOption(args, '--max'),
      progress: (count) => {
        if (count % 5_000 < batchSize) output.log(`  ${count} lists stored (${seconds()} s)`);
      },
    });
    output.log(`Similar-pilot lists: ${done} stored in ${seconds()} s.`);
    return 0;
  },
};
