// SPDX-License-Identifier: EUPL-1.2
import type { CurrentUser } from '../platform/current-user.js';
import type { TestMember } from '../test-support/accounts.js';
import { gateDecisionSchema, type GateDecisionInput } from './gates.schemas.js';

/** A complete gate decision form; override any field. */
export function gateFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    decision: 'go',
    publicValueScore: '4',
    publicValueNote: 'Bewoners merken minder wachttijd bij het loket.',
    useValueScore: '5',
    useValueNote: 'Medewerkers gebruiken het dagelijks zonder hulp.',
    technicalApproachScore: '3',
    technicalApproachNote: 'Draait nog op een losse server; koppeling volgt.',
    costScore: '4',
    costNote: 'Binnen het budget van dit jaar.',
    reason: 'Het werkt in de praktijk; we gaan het inbedden in de afdeling.',
    ...overrides,
  };
}

/** A test member as the services see a signed-in user. */
export function asCurrentUser(member: TestMember): CurrentUser {
  return { id: member.id, name: member.name, email: member.email, emailVerified: true, role: 'member', organisation: null };
}

/** The same decision as the service takes it (parsed like a form post). */
export function gateInput(overrides: Record<string, string> = {}): GateDecisionInput {
  return gateDecisionSchema.parse(gateFields(overrides));
}
