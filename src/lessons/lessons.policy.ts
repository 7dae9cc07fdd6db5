// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';

/** What a viewer may do with a pilot's lessons and learning log. */
export interface LessonsAccess {
  readonly pilot: { readonly id: number; readonly title: string };
  readonly canView: boolean;
  /** Writes lessons and log entries, publishes drafts, and reads drafts and the log. */
  readonly canEdit: boolean;
}

/**
 * Published lessons are as public as their pilot. The learning log and drafts are the team's working notes:
 * only those who may edit the pilot read and write them. The platform-wide list is public.
 */
export const lessonsPolicy = {
  view(pilot: { state: 'draft' | 'published'; hidden: boolean }, canEdit: boolean): boolean {
    return canEdit || (pilot.state === 'published' && !pilot.hidden);
  },
};

/** Looks up the pilot and the viewer's rights on it; undefined when there is no such pilot. */
export async function lessonsAccess(context: AppContext, pilotId: number, user: CurrentUser | null): Promise<LessonsAccess | undefined> {
  const pilots = pilotsService(context);
  const pilot = await pilots.findById(pilotId);
  if (!pilot) return undefined;
  const canEdit = await pilots.canEdit(pilotId, user);
  return { pilot: { id: pilot.id, title: pilot.title }, canView: lessonsPolicy.view(pilot, canEdit), canEdit };
}
