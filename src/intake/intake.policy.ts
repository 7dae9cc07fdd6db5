// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';

/** What a viewer may do with a pilot's intake and theory of change. */
export interface PilotAccess {
  readonly pilot: { readonly id: number; readonly title: string };
  readonly canView: boolean;
  readonly canEdit: boolean;
}

/**
 * Intake and theory of change are as public as the pilot: anyone may read them on a published, visible pilot;
 * drafts and hidden pilots only by those who may edit the pilot. Only those who may edit the pilot (its team,
 * moderators) change them — the same rule as the pilot itself.
 */
export const intakePolicy = {
  view(pilot: { state: 'draft' | 'published'; hidden: boolean }, canEdit: boolean): boolean {
    return canEdit || (pilot.state === 'published' && !pilot.hidden);
  },
};

/** Looks up the pilot and the viewer's rights on it; undefined when there is no such pilot. */
export async function pilotAccess(context: AppContext, pilotId: number, user: CurrentUser | null): Promise<PilotAccess | undefined> {
  const pilots = pilotsService(context);
  const pilot = await pilots.findById(pilotId);
  if (!pilot) return undefined;
  const canEdit = await pilots.canEdit(pilotId, user);
  return { pilot: { id: pilot.id, title: pilot.title }, canView: intakePolicy.view(pilot, canEdit), canEdit };
}
