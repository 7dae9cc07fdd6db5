// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { importCommand } from './import.command.js';

/** Bulk import of pilots from a JSON file (`npm run import -- FILE.json`). */
export const importsModule: PlatformModule = {
  name: 'imports',
  commands: { import: importCommand },
};
