// SPDX-License-Identifier: EUPL-1.2
import type { PeriodicJob } from '../platform/module.js';
import { refreshNationalSnapshot } from './national.service.js';

/**
 * Recomputes the national dashboard snapshot every five minutes. Every instance runs the job; the claim in
 * dashboard_snapshots lets one of them compute and the others skip (ADR 0011).
 */
export const nationalSnapshotJob: PeriodicJob = {
  name: 'dashboards.national-snapshot',
  everySeconds: 300,
  run: async (context) => {
    await refreshNationalSnapshot(context, { maxAgeSeconds: 240 });
  },
};
