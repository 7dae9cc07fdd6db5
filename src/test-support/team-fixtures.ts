// SPDX-License-Identifier: EUPL-1.2
// Test helpers shared by modules: members as CurrentUser, and a pilot with a team (its lead).
import { organisationsService } from '../organisations/organisations.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';

/** Looks up an organisation id by CBS code or name, failing loudly in a test. */
export async function organisationId(context: AppContext, reference: string): Promise<number> {
  const organisation = await organisationsService(context.db).resolve(reference);
  if (!organisation) throw new Error(`no organisation ${reference}`);
  return organisation.id;
}

/** The CurrentUser the accounts module would build for a test member. */
export async function currentUserOf(context: AppContext, member: { id: string; name: string; email: string; organisationId: number }, role: CurrentUser['role'] = 'member'): Promise<CurrentUser> {
  const organisation = await organisationsService(context.db).findById(member.organisationId);
  if (!organisation) throw new Error(`no organisation ${member.organisationId}`);
  const { id, name, slug, type } = organisation;
  return { id: member.id, name: member.name, email: member.email, emailVerified: true, role, organisation: { id, name, slug, type } };
}

/**
 * A published pilot registered by `lead` for the lead's organisation, so the lead is its team (buildPilot
 * registers without a member, which leaves a pilot without a team).
 */
export async function pilotLedBy(context: AppContext, lead: CurrentUser): Promise<number> {
  if (!lead.organisation) throw new Error('the lead needs an organisation');
  const result = await pilotsService(context).create(
    {
      title: 'Slimme afvalinzameling in de wijk',
      summary: 'We proberen sensoren in containers om ophaalrondes beter te plannen.',
      what: 'Sensoren in ondergrondse containers.',
      goal: 'Minder ritten en schonere straten.',
      deliverables: 'Een werkende opstelling en een evaluatie.',
      approach: 'Twee wijken, zes maanden.',
      milestones: 'Start, tussenmeting, evaluatie.',
      themes: ['public_space'],
      tags: [],
      initiatorOrganisationId: lead.organisation.id,
      contactName: lead.name,
      contactEmail: lead.email,
      links: [],
      phase: 'development',
      status: 'running',
      innovationAreas: ['operations'],
      confirmsInDevelopment: true,
      confirmsNotCommercial: true,
    },
    lead,
    { publish: true },
  );
  if (!result.ok) throw new Error(`could not create pilot: ${JSON.stringify(result)}`);
  return result.id;
}
