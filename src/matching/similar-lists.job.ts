// SPDX-License-Identifier: EUPL-1.2
import type { PeriodicJob } from '../platform/module.js';
import { similarListsService } from './similar-lists.service.js';

/**
 * Every 30 seconds, recomputes a small batch of stored "similar pilots" lists that are stale or older than a day
 * (ADR 0013). Every instance runs it; each list is claimed with a conditional UPDATE, so no two compute it.
 */
export const similarListsJob: PeriodicJob = {
  name: 'matching.similar-lists',
  everySeconds: 30,
  run: async (context) => {
    await similarListsService(context).refreshDue();
  },
};
