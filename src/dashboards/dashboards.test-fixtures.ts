// SPDX-License-Identifier: EUPL-1.2
import { adoptionsService } from '../gates/adoptions.service.js';
import { closingService } from '../gates/closing.service.js';
import { closingSchema, followThroughSchema } from '../gates/gates.schemas.js';
import { gatesService } from '../gates/gates.service.js';
import { gateInput } from '../gates/gates.test-fixtures.js';
import { intakeService } from '../intake/intake.service.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { paradoxService } from '../paradox/paradox.service.js';
import { reflectionService } from '../reflection/reflection.service.js';
import { sessionFormSchema } from '../reflection/reflection.schemas.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { createMember, type TestMember } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';

/** A test member as the services see a signed-in user, with its organisation. */
export async function memberAsUser(context: AppContext, member: TestMember): Promise<CurrentUser> {
  const organisation = await organisationsService(context.db).findById(member.organisationId);
  if (!organisation) throw new Error('memberAsUser: no organisation');
  return {
    id: member.id,
    name: member.name,
    email: member.email,
    emailVerified: true,
    role: 'member',
    organisation: { id: organisation.id, name: organisation.name, slug: organisation.slug, type: organisation.type },
  };
}

export interface KnownData {
  rotterdamLead: TestMember;
  utrechtLead: TestMember;
  amsterdamMember: TestMember;
  /** Rotterdam; idea, then GO → development. Utrecht takes part. */
  first: number;
  /**
   * Rotterdam; development, then HOLD. Utrecht, Amsterdam and Den Haag take part. Has an intake, a reflection on
   * 2026-10-01 and one paradox rating with mean 3.1 (22 / 7).
   */
  second: number;
  /** Utrecht; implementation; Rotterdam takes part; closed, one follow-through record, adopted by Amsterdam. */
  third: number;
  /** Rotterdam; a draft in scaling: counted nowhere. */
  draft: number;
  /** Rotterdam; hidden by a moderator, with Utrecht and Amsterdam taking part: counted nowhere either. */
  hidden: number;
}

/**
 * A small, fully known data set: three listed pilots and a draft, two gate decisions (GO, HOLD), one closing, one
 * follow-through record and one adoption, all this month. Every dashboard number in the tests derives from it.
 */
export async function buildKnownData(context: AppContext): Promise<KnownData> {
  const rotterdamLead = await createMember(context, { organisation: 'GM0599' });
  const utrechtLead = await createMember(context, { organisation: 'GM0344' });
  const amsterdamMember = await createMember(context, { organisation: 'GM0363' });
  const rotterdam = await memberAsUser(context, rotterdamLead);
  const utrecht = await memberAsUser(context, utrechtLead);
  const amsterdam = await memberAsUser(context, amsterdamMember);

  const first = await buildPilot(context, { title: 'Slimme afvalbakken', phase: 'idea', initiator: 'GM0599', participants: ['GM0344'], actor: rotterdam });
  const second = await buildPilot(context, { title: '=Laadpalen in de wijk', phase: 'development', initiator: 'GM0599', participants: ['GM0344', 'GM0363', 'GM0518'], actor: rotterdam });
  const third = await buildPilot(context, { title: 'Digitale balie', phase: 'implementation', initiator: 'GM0344', participants: ['GM0599'], actor: utrecht });
  const draft = await buildPilot(context, { title: 'Concept', phase: 'scaling', initiator: 'GM0599', draft: true, actor: rotterdam });
  const hidden = await buildPilot(context, { title: 'Verborgen', phase: 'idea', initiator: 'GM0599', participants: ['GM0344', 'GM0363'], hidden: true, actor: rotterdam });

  const gates = gatesService(context);
  const go = await gates.recordDecision(first, gateInput({ decision: 'go' }), rotterdam);
  const hold = await gates.recordDecision(second, gateInput({ decision: 'hold' }), rotterdam);
  if (!go.ok || !hold.ok) throw new Error(`gate decisions failed: ${JSON.stringify([go, hold])}`);

  const closing = closingService(context);
  const closed = await closing.recordClosing(
    third,
    closingSchema.parse({ outcome: 'achieved', valueKinds: ['residents'], valueSize: 'average', resultDecision: 'adopted', resultArgument: 'Het werkt.' }),
    utrecht,
  );
  const record = await closing.recordFollowThrough(
    third,
    followThroughSchema.parse({ carried: 'innovation', destination: 'Team Burgerzaken', carriedBy: 'De teamleider', direction: 'horizontal', reach: 'inside' }),
    utrecht,
  );
  const adopted = await adoptionsService(context).record(third, { note: 'Wij gebruiken het ook.' }, amsterdam);
  const intake = await intakeService(context).record(
    second,
    { learningGoals: 'Leren wat bewoners nodig hebben.', whyAndForWhom: 'Voor de wijk.', monitoring: 'Elke maand meten.', userProblem: 'Te weinig laadpunten.', decisionMaker: 'De wethouder', resultOwners: 'Team Mobiliteit', reflectionRhythmWeeks: 6 },
    rotterdam,
  );
  const session = await reflectionService(context).recordSession(second, sessionFormSchema.parse({ heldOn: '2026-10-01', lessonsLearned: 'Bewoners willen meedenken.' }), rotterdam);
  const rating = await paradoxService(context).recordRating(second, rotterdam.id, { distance: 2, parties: 3, policy: 4, scope: 3, resources: 2, ownership: 3, leadership: 5 }, true);
  if (!intake.ok || !session.ok || !rating.ok) throw new Error(`learning data failed: ${JSON.stringify([intake, session, rating])}`);
  if (!closed.ok || !record.ok || !adopted.ok) throw new Error(`follow-through failed: ${JSON.stringify([closed, record, adopted])}`);
  return { rotterdamLead, utrechtLead, amsterdamMember, first, second, third, draft, hidden };
}
