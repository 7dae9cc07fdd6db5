// SPDX-License-Identifier: EUPL-1.2
import type { PlatformModule } from '../platform/module.js';
import { createModeration } from './migrations/20261122T1300_create_moderation.js';

/** Moderation: reports by members, the moderators' queue, hiding and restoring pilots, and the audit log. */
export const moderationModule: PlatformModule = {
  name: 'moderation',
  migrations: { '20261122T1300_create_moderation': createModeration },
};
