// SPDX-License-Identifier: EUPL-1.2
import type { AppContext } from '../platform/module.js';
import { teamService } from '../teams/teams.service.js';
import type { TestMember } from '../test-support/accounts.js';

/** The member as the services see them when signed in. */
/** The CurrentUser the accounts module would build for a test member. */
export { currentUserOf as asCurrentUser } from '../test-support/team-fixtures.js';

/** Puts a member on a pilot's team as a core member (system use, no actor). */
export async function addToTeam(context: AppContext, pilotId: number, member: TestMember): Promise<void> {
  const result = await teamService(context).addMember(pilotId, member.id, { role: 'core', clientKind: null }, null);
  if (!result.ok) throw new Error(`addToTeam: ${result.reason}`);
}

/** The page's main landmark, so header and navigation text do not count. */
export const mainOf = (body: string): string => body.slice(body.indexOf('<main'));
