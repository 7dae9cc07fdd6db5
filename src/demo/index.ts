// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { seedSyntheticCommand } from './synthetic-seed.command.js';

/** Demo content for a first start, and synthetic data at national scale for benchmarks. */
export const demoModule: PlatformModule = {
  name: 'demo',
  commands: { 'seed:synthetic': seedSyntheticCommand },
};
