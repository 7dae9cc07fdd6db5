// SPDX-License-Identifier: EUPL-1.2
import { nowIso } from '../db/columns.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { closingRepository } from './closing.repository.js';
import type { AdoptionInput } from './gates.schemas.js';

export type AdoptionRefusal = 'not_found' | 'unauthenticated' | 'no_organisation' | 'own_pilot' | 'already_adopted' | 'adopter_pilot_not_yours';

/** "We adopted this": other organisations taking up a pilot's result (issue 3, point 9). */
export function adoptionsService(context: AppContext) {
  const repository = closingRepository(context.db);
  const pilots = pilotsService(context);

  return {
    /** Who adopted this pilot's result, and which pilots' results this pilot took up. */
    async forPilot(pilotId: number) {
      const [adoptions, adoptedFrom] = await Promise.all([repository.adoptionsOf(pilotId), repository.adoptedFrom(pilotId)]);
      return { adoptions, adoptedFrom: adoptedFrom.filter((row) => row.state === 'published' && row.hiddenAt === null).map((row) => ({ id: row.id, title: row.title })) };
    },

    /** All adoptions on the platform, for the national statistics. */
    count: (): Promise<number> => repository.countAdoptions(),

    /**
     * Records that the actor's organisation adopted the pilot's result. The pilot must be listed and initiated by
     * another organisation; a linked pilot of the adopter must be one the actor may edit.
     */
    async record(pilotId: number, input: AdoptionInput, actor: CurrentUser | null, options: { createdAt?: string } = {}): Promise<{ ok: true } | { ok: false; reason: AdoptionRefusal }> {
      if (!actor) return { ok: false, reason: 'unauthenticated' };
      if (!actor.organisation) return { ok: false, reason: 'no_organisation' };
      const pilot = await pilots.findById(pilotId);
      if (!pilot || !pilot.listed) return { ok: false, reason: 'not_found' };
      if (pilot.initiatorOrganisationId === actor.organisation.id) return { ok: false, reason: 'own_pilot' };
      const adopterPilotId = input.adopterPilotId ?? null;
      if (adopterPilotId !== null && (adopterPilotId === pilotId || !(await pilots.canEdit(adopterPilotId, actor)))) return { ok: false, reason: 'adopter_pilot_not_yours' };
      const inserted = await repository.insertAdoption({
        pilotId,
        organisationId: actor.organisation.id,
        adopterPilotId,
        note: input.note,
        createdByUserId: actor.id,
        createdAt: options.createdAt ?? nowIso(),
      });
      return inserted ? { ok: true } : { ok: false, reason: 'already_adopted' };
    },
  };
}
