// SPDX-License-Identifier: EUPL-1.2
import { organisationsService } from '../organisations/organisations.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { teamService } from '../teams/teams.service.js';
import type { TestMember } from '../test-support/accounts.js';

/** The member as the services see them when signed in. */
export async function asCurrentUser(context: AppContext, member: TestMember): Promise<CurrentUser> {
  const organisation = (await organisationsService(context.db).findById(member.organisationId))!;
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    emailVerified: true,
    role: 'member',
    organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug, type: organisation.type },
  };
}

/** Puts a member on a pilot's team as a core member (system use, no actor). */
export async function addToTeam(context: AppContext, pilotId: number, member: TestMember): Promise<void> {
  const result = await teamService(context).addMember(pilotId, member.id, { role: 'core', clientKind: null }, null);
  if (!result.ok) throw new Error(`addToTeam: ${result.reason}`);
}

/** The page's main landmark, so header and navigation text do not count. */
export const mainOf = (body: string): string => body.slice(body.indexOf('<main'));
