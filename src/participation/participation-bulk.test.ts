// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { createMember } from '../test-support/accounts.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf, organisationId } from '../test-support/team-fixtures.js';
import { participationService } from './participation.service.js';

describe('participationService.addParticipantsBulk (imports and demo content)', () => {
  let t: TestApp;
  let pilotIds: number[];
  let rotterdam: number;
  let municipalityIds: number[];

  before(async () => {
    t = await startTestApp();
    rotterdam = await organisationId(t.context, 'GM0599');
    pilotIds = [];
    for (let index = 0; index < 20; index += 1) {
      pilotIds.push(await buildPilot(t.context, { initiator: 'GM0599' }));
    }
    // 250 municipalities, including the initiator (which must be skipped) and excluding Utrecht (joined separately).
    const utrecht = await organisationId(t.context, 'GM0344');
    const rows = await t.context.db.selectFrom('organisations').select('id').where('type', '=', 'municipality').where('id', 'not in', [rotterdam, utrecht]).orderBy('id').limit(249).execute();
    municipalityIds = [rotterdam, ...rows.map((row) => row.id)];
  });
  after(async () => t.close());

  it('inserts 5,000 pairs in one go, skipping duplicates and the initiator, with correct counts', async () => {
    const service = participationService(t.context);
    // One participation and one follower exist already: the bulk insert must skip the first and count the second.
    const existingMember = await createMember(t.context, { organisation: 'GM0344' });
    const existing = await currentUserOf(t.context, existingMember);
    assert.equal((await service.join(pilotIds[0]!, existing)).ok, true);
    assert.equal((await service.follow(pilotIds[0]!, existing)).ok, true);

    const pairs = pilotIds.flatMap((pilotId) => municipalityIds.map((organisationId) => ({ pilotId, organisationId })));
    assert.equal(pairs.length, 5000);
    await service.addParticipantsBulk([...pairs, ...pairs.slice(0, 100)]);

    const others = municipalityIds.filter((id) => id !== rotterdam);
    const expectedFirst = others.length + 1;
    const summaries = await pilotsService(t.context).summaries(pilotIds);
    for (const summary of summaries) {
      const expected = summary.id === pilotIds[0] ? expectedFirst : others.length;
      assert.equal(summary.participantCount, expected, `participants of pilot ${summary.id}`);
      assert.equal(summary.municipalityCount, expected + 1, `municipalities of pilot ${summary.id}`);
      assert.equal(summary.followerCount, summary.id === pilotIds[0] ? 1 : 0);
    }
    const total = await t.context.db.selectFrom('participations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(total.n), others.length * 20 + 1);
    const initiatorRows = await t.context.db.selectFrom('participations').select('id').where('organisationId', '=', rotterdam).execute();
    assert.equal(initiatorRows.length, 0);
  });

  it('adds follows in bulk with their dates, skipping repeats, and recounts followers', async () => {
    const members = await Promise.all([0, 1, 2].map(() => createMember(t.context, { organisation: 'GM0363' })));
    const rows = members.flatMap((member) => [
      { pilotId: pilotIds[1]!, userId: member.id, organisationId: member.organisationId, createdAt: '2024-05-01T10:00:00.000Z' },
      { pilotId: pilotIds[2]!, userId: member.id, organisationId: member.organisationId },
    ]);
    await participationService(t.context).addFollowsBulk([...rows, rows[0]!]);
    const [second, third] = await pilotsService(t.context).summaries([pilotIds[1]!, pilotIds[2]!]);
    assert.equal(second?.followerCount, 3);
    assert.equal(third?.followerCount, 3);
    const dated = await t.context.db.selectFrom('follows').select('createdAt').where('pilotId', '=', pilotIds[1]!).execute();
    assert.equal(dated.length, 3);
    assert.ok(dated.every((row) => row.createdAt === '2024-05-01T10:00:00.000Z'));
  });

  it('lists an organisation\'s joined, initiated and followed pilots, newest first, with totals', async () => {
    const service = participationService(t.context);
    const utrecht = await organisationId(t.context, 'GM0344');
    const joined = await service.pilotIdsForOrganisation(utrecht, 'joined', { limit: 5, offset: 0 });
    assert.equal(joined.total, 1);
    assert.deepEqual(joined.ids, [pilotIds[0]]);
    const initiated = await service.pilotIdsForOrganisation(rotterdam, 'initiated', { limit: 5, offset: 0 });
    assert.equal(initiated.total, 20);
    assert.equal(initiated.ids.length, 5);
    assert.ok(initiated.ids[0]! > initiated.ids[4]!, 'newest first');
    const followed = await service.pilotIdsForOrganisation(utrecht, 'followed', { limit: 5, offset: 0 });
    assert.deepEqual(followed, { ids: [pilotIds[0]], total: 1 });
    await pilotsService(t.context).setHidden(pilotIds[0]!, { reason: 'test', byUserId: (await createMember(t.context, { role: 'moderator' })).id });
    assert.equal((await service.pilotIdsForOrganisation(utrecht, 'joined', { limit: 5, offset: 0 })).total, 0);
  });
});
