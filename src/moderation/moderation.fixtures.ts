// SPDX-License-Identifier: EUPL-1.2
// Test helpers for the moderation tests only.
import { organisationsService } from '../organisations/organisations.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { PilotInput } from '../pilots/pilots.schemas.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';

/** The CurrentUser the accounts module would build for a test member. */
export async function currentUserOf(context: AppContext, member: { id: string; name: string; email: string; organisationId: number }, role: CurrentUser['role'] = 'member'): Promise<CurrentUser> {
  const organisation = await organisationsService(context.db).findById(member.organisationId);
  if (!organisation) throw new Error(`no organisation ${member.organisationId}`);
  const { id, name, slug, type } = organisation;
  return { id: member.id, name: member.name, email: member.email, emailVerified: true, role, organisation: { id, name, slug, type } };
}

/** A published pilot registered by `lead` (who becomes its initiator and team); returns its id. */
export async function publishedPilot(context: AppContext, lead: CurrentUser, overrides: Partial<PilotInput> = {}): Promise<number> {
  const input: PilotInput = {
    title: 'Slimme afvalinzameling in de wijk',
    summary: 'We proberen sensoren in containers om ophaalrondes beter te plannen.',
    what: 'Sensoren in ondergrondse containers.',
    goal: 'Minder ritten en schonere straten.',
    deliverables: 'Een werkende opstelling en een evaluatie.',
    approach: 'Twee wijken, zes maanden.',
    milestones: 'Start, tussenmeting, evaluatie.',
    themes: ['public_space'],
    tags: [],
    initiatorOrganisationId: lead.organisation!.id,
    contactName: 'Test Contact',
    contactEmail: 'contact@example.test',
    links: [],
    phase: 'development',
    status: 'running',
    innovationAreas: ['operations'],
    confirmsInDevelopment: true,
    confirmsNotCommercial: true,
    ...overrides,
  };
  const result = await pilotsService(context).create(input, lead, { publish: true });
  if (!result.ok) throw new Error(`could not create pilot: ${JSON.stringify(result)}`);
  return result.id;
}

/** Bytes written as =XX (quoted-printable and MIME Q-encoding) back to UTF-8 text. */
function decodeQuoted(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(text[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** A raw .eml from the test outbox as readable text: headers unfolded and decoded, body quoted-printable decoded. */
export function readableMail(raw: string): { to: string; subject: string; body: string } {
  const [head = '', ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = head.replace(/\r?\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}: (.*)$`, 'mi').exec(headers)?.[1] ?? '';
  const subject = header('Subject')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?Q\?(.*?)\?=/gi, (_match, encoded: string) => decodeQuoted(encoded.replace(/_/g, ' ')));
  const body = decodeQuoted(rest.join('\n\n').replace(/=\r?\n/g, ''));
  return { to: header('To'), subject, body };
}
