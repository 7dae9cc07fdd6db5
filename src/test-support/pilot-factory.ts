// SPDX-License-Identifier: EUPL-1.2
import { organisationsService } from '../organisations/organisations.service.js';
import type { AppContext } from '../platform/module.js';
import type { CurrentUser } from '../platform/current-user.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { PilotInput } from '../pilots/pilots.schemas.js';

/** What a test may change: any input field, organisations by CBS code or name, and states that take time. */
export interface PilotOverrides extends Partial<Omit<PilotInput, 'initiatorOrganisationId' | 'participantOrganisationIds'>> {
  /** CBS code ("GM0599") or organisation name; default Utrecht (GM0344). */
  initiator?: string;
  /** Participating organisations by CBS code or name. */
  participants?: readonly string[];
  /** Save as a draft instead of publishing. */
  draft?: boolean;
  /** Publication time, to order pilots by "newest". */
  publishedAt?: string;
  /** The member who registers it (becomes its lead); default none, as for an import. */
  actor?: CurrentUser;
  /** Hide the pilot as a moderator would. */
  hidden?: boolean;
  /** For a pilot without a municipality: move its one-month deadline into the past. */
  pastMunicipalityDeadline?: boolean;
}

let counter = 0;

async function organisationId(context: AppContext, reference: string): Promise<number> {
  const organisations = organisationsService(context.db);
  const found = await organisations.resolve(reference);
  if (found) return found.id;
  // Unknown names become companies, so tests can use initiators that are not municipalities.
  return (await organisations.findOrCreate(reference, 'company')).id;
}

/**
 * Registers a pilot through the pilots service (so search terms, counts and participations are real) and
 * publishes it unless `draft`; returns its id. Defaults meet every publication condition.
 */
export async function buildPilot(context: AppContext, overrides: PilotOverrides = {}): Promise<number> {
  counter += 1;
  const { initiator = 'GM0344', participants = [], draft, publishedAt, hidden, pastMunicipalityDeadline, actor = null, ...fields } = overrides;
  const input: PilotInput = {
    title: `Testpilot nummer ${counter}`,
    summary: 'Een korte samenvatting van deze testpilot voor de lijst.',
    what: 'Wat de pilot doet.',
    goal: 'Het doel van de pilot.',
    deliverables: 'Wat de pilot oplevert.',
    approach: 'Hoe de pilot wordt aangepakt.',
    milestones: 'De mijlpalen van de pilot.',
    themes: ['service_delivery'],
    tags: [],
    links: [],
    contactName: 'Test Persoon',
    contactEmail: 'test@example.org',
    phase: 'development',
    status: 'running',
    innovationAreas: ['service_delivery'],
    confirmsInDevelopment: true,
    confirmsNotCommercial: true,
    ...fields,
    initiatorOrganisationId: await organisationId(context, initiator),
    participantOrganisationIds: await Promise.all(participants.map((reference) => organisationId(context, reference))),
  };
  const pilots = pilotsService(context);
  const result = await pilots.create(input, actor, { publish: !draft });
  if (!result.ok) throw new Error(`buildPilot failed: ${JSON.stringify(result)}`);
  const id = result.id;
  if (publishedAt) await context.db.updateTable('pilots').set({ publishedAt }).where('id', '=', id).execute();
  if (pastMunicipalityDeadline) {
    await context.db.updateTable('pilots').set({ municipalityDeadline: new Date(Date.now() - 86_400_000).toISOString() }).where('id', '=', id).execute();
  }
  // Hidden without a moderator account: the listing rule only looks at hidden_at.
  if (hidden) await context.db.updateTable('pilots').set({ hiddenAt: new Date().toISOString(), hiddenReason: 'Test' }).where('id', '=', id).execute();
  return id;
}
