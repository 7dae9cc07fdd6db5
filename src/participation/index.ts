// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createParticipations } from './migrations/20261122T1200_create_participations.js';

/** Participation: organisations joining pilots, members following them, and links between similar pilots. */
export const participationModule: PlatformModule = {
  name: 'participation',
  migrations: { '20261122T1200_create_participations': createParticipations },
};
