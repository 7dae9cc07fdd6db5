// SPDX-License-Identifier: EUPL-1.2
// Helpers for the learning journeys (issue 3): members signed in in their own browser context, and a pilot
// with a team built through the services, so journeys never depend on the demo content.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createMember, type CreateMemberOptions, type TestMember } from '../../../src/test-support/accounts.js';
import { currentUserOf } from '../../../src/test-support/team-fixtures.js';
import { buildPilot, type PilotOverrides } from '../../../src/test-support/pilot-factory.js';
import type { AppContext } from '../../../src/platform/module.js';
import { teamService } from '../../../src/teams/teams.service.js';
import type { AssignableRole, ClientKind } from '../../../src/teams/teams.tables.js';
import { expectAccessible, expectAccessibleWithoutScripts, newContext } from './browser.js';

export interface SignedIn {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Signs a member in through the sign-in form (checked with axe) in a fresh browser context, optionally without JavaScript. */
export async function signInAs(browser: Browser, baseUrl: string, member: Pick<TestMember, 'email' | 'password'>, options: { javaScript?: boolean } = {}): Promise<SignedIn> {
  const context = await newContext(browser, options);
  const page = await context.newPage();
  await page.goto(`${baseUrl}/sign-in`);
  await (options.javaScript === false ? expectAccessibleWithoutScripts(page, 'sign-in') : expectAccessible(page, 'sign-in'));
  await page.getByLabel('E-mailadres').fill(member.email);
  await page.getByLabel('Wachtwoord').fill(member.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByText('U bent ingelogd').waitFor();
  return { context, page };
}

export interface TeamMemberSpec extends CreateMemberOptions {
  /** The role on the pilot's team (`role` is the platform role of CreateMemberOptions). */
  readonly teamRole: AssignableRole;
  readonly clientKind?: ClientKind;
}

export interface PilotWithTeam {
  readonly pilotId: number;
  readonly lead: TestMember;
  /** The other members, in the order given. */
  readonly members: readonly TestMember[];
}

/**
 * A published pilot registered by `lead` (who so becomes its lead, for the lead's organisation) with the other
 * members put on its team in their roles, as an accepted invitation would.
 */
export async function pilotWithTeam(context: AppContext, lead: CreateMemberOptions, members: readonly TeamMemberSpec[], pilot: PilotOverrides = {}): Promise<PilotWithTeam> {
  const leadMember = await createMember(context, lead);
  const actor = await currentUserOf(context, leadMember);
  const pilotId = await buildPilot(context, { ...pilot, actor, initiator: lead.organisation ?? 'GM0599' });
  const team = teamService(context);
  const created: TestMember[] = [];
  for (const { teamRole, clientKind, ...options } of members) {
    const member = await createMember(context, options);
    const added = await team.addMember(pilotId, member.id, { role: teamRole, clientKind: clientKind ?? null }, null);
    if (!added.ok) throw new Error(`pilotWithTeam: could not add ${member.email}: ${added.reason}`);
    created.push(member);
  }
  return { pilotId, lead: leadMember, members: created };
}
