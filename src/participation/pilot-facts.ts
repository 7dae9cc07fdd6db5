// SPDX-License-Identifier: EUPL-1.2
import type { OrganisationType } from '../organisations/organisations.tables.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';

/** What participation needs to know about a pilot, read through the pilots service. */
export interface PilotFacts {
  readonly id: number;
  readonly title: string;
  readonly published: boolean;
  readonly hidden: boolean;
  readonly listed: boolean;
  /** ISO timestamp by which a municipality must take part, for pilots not initiated by one. */
  readonly municipalityDeadline: string | null;
  readonly initiator: { readonly id: number; readonly name: string; readonly slug: string; readonly type: OrganisationType };
  readonly createdByUserId: string | null;
  readonly followerCount: number;
}

/** Loads a pilot's facts, or undefined when there is no such pilot. */
export async function loadPilotFacts(context: AppContext, pilotId: number): Promise<PilotFacts | undefined> {
  const pilot = await pilotsService(context).findById(pilotId);
  if (!pilot) return undefined;
  return {
    id: pilot.id,
    title: pilot.title,
    published: pilot.state === 'published',
    hidden: pilot.hidden,
    listed: pilot.listed,
    municipalityDeadline: pilot.municipalityDeadline,
    initiator: pilot.initiator,
    createdByUserId: pilot.createdByUserId,
    followerCount: pilot.followerCount,
  };
}
