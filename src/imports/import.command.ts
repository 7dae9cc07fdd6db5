// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs/promises';
import type { CliCommand } from '../platform/module.js';
import { importPilots } from './imports.service.js';

/** `import FILE.json`: imports a JSON array of pilots and reports what was refused and why (operator output, English). */
export const importCommand: CliCommand = {
  summary: 'Import pilots from a JSON file: npm run import -- FILE.json',
  async run(context, args, output) {
    const [file] = args;
    if (!file) {
      output.error('Usage: npm run import -- FILE.json');
      return 2;
    }
    let entries: unknown;
    try {
      entries = JSON.parse(await fs.readFile(file, 'utf8'));
    } catch (error) {
      output.error(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    if (!Array.isArray(entries)) {
      output.error(`${file} must hold a JSON array of pilots.`);
      return 1;
    }
    const result = await importPilots(context, entries);
    const created = result.organisationsCreated > 0 ? ` Created ${result.organisationsCreated} organisations.` : '';
    output.log(`Imported ${result.imported} pilots, rejected ${result.rejected.length}${result.rejected.length ? ':' : '.'}`);
    for (const rejection of result.rejected) {
      const name = [rejection.externalId, rejection.title && `"${rejection.title}"`].filter(Boolean).join(' ');
      output.log(`  entry ${rejection.position}${name ? ` (${name})` : ''}: ${rejection.reasons.join('; ')}`);
    }
    output.log(`Took ${result.seconds.toFixed(2)} s.${created}`);
    return 0;
  },
};
