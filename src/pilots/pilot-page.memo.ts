// SPDX-License-Identifier: EUPL-1.2
import { AsyncLocalStorage } from 'node:async_hooks';
import type { PilotDetail } from './pilots.types.js';

/**
 * The pilot a pilot page has already loaded, for the sections other modules render on that page. Several of them
 * (participation's facts, matching's similar pilots) ask pilotsService.findById for the same pilot again; inside
 * `withLoadedPilot` they get a copy of the page's own load instead of five more statements each.
 *
 * Only for reading: the scope covers the rendering of one GET, which changes nothing. Outside it (every other
 * request, every write path) findById reads the database as before.
 */
const loadedPilots = new AsyncLocalStorage<PilotDetail>();

/** Runs `work` (the page's sections) with `pilot` answering findById for its id. */
export function withLoadedPilot<T>(pilot: PilotDetail, work: () => Promise<T>): Promise<T> {
  return loadedPilots.run(pilot, work);
}

/** A copy of the pilot loaded for the current page when it is `id`, so a caller that changes it changes only its own. */
export function loadedPilot(id: number): PilotDetail | undefined {
  const pilot = loadedPilots.getStore();
  if (!pilot || pilot.id !== id) return undefined;
  return { ...pilot, themes: [...pilot.themes], tags: [...pilot.tags], links: pilot.links.map((link) => ({ ...link })), initiator: { ...pilot.initiator }, innovationAreas: [...pilot.innovationAreas] };
}
