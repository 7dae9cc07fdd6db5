// SPDX-License-Identifier: EUPL-1.2
// Helpers for this module's tests only.
import { organisationsService } from '../organisations/organisations.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { buildPilot } from '../test-support/pilot-factory.js';

/** The CurrentUser the accounts module would build for a test member. */
export async function currentUserOf(context: AppContext, member: { id: string; name: string; email: string; organisationId: number }, role: CurrentUser['role'] = 'member'): Promise<CurrentUser> {
  const organisation = await organisationsService(context.db).findById(member.organisationId);
  if (!organisation) throw new Error(`no organisation ${member.organisationId}`);
  const { id, name, slug, type } = organisation;
  return { id: member.id, name: member.name, email: member.email, emailVerified: true, role, organisation: { id, name, slug, type } };
}

/** A published pilot registered by the member, who so becomes its lead. */
export async function pilotLedBy(context: AppContext, lead: CurrentUser): Promise<number> {
  return buildPilot(context, { actor: lead, initiator: lead.organisation?.name ?? 'GM0599', title: 'Samen slimmer parkeren' });
}

/** The invitation link in an e-mail body. */
export function invitationPath(text: string): string {
  const match = /\/invitations\/[A-Za-z0-9_-]+/.exec(text);
  if (!match) throw new Error('no invitation link in the e-mail');
  return match[0];
}
