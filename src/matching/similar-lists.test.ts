// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember } from '../test-support/accounts.js';
import { participationService } from '../participation/participation.service.js';
import type { PilotInput } from '../pilots/pilots.schemas.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import { currentUserOf, publishedPilot } from '../moderation/moderation.fixtures.js';
import { chargingPoints, chargingStations, fastChargers, loneliness, otherTopics } from './matching.fixtures.js';
import type { SimilarityReason } from './matching.types.js';
import { matchingService } from './matching.service.js';
import { similarListsCommand } from './similar-lists.command.js';
import { similarListsService } from './similar-lists.service.js';

interface ApiMatch {
  id: number;
  title: string;
  score: number;
  reasons: SimilarityReason[];
}

describe('stored similar-pilot lists', () => {
  let t: TestApp;
  let lead: CurrentUser;
  const ids = { points: 0, stations: 0, fast: 0, lonely: 0 };

  const apiSimilar = async (id: number): Promise<ApiMatch[]> => {
    const response = await t.app.inject({ url: `/api/v1/pilots/${id}/similar?limit=10` });
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as ApiMatch[];
  };
  const storedList = (id: number) => t.context.db.selectFrom('similarPilotLists').selectAll().where('pilotId', '=', id).executeTakeFirst();
  const storedIds = async (id: number) =>
    (await t.context.db.selectFrom('similarPilotItems').select('similarId').where('pilotId', '=', id).orderBy('rank').execute()).map((row) => row.similarId);
  const input = (text: Partial<PilotInput>): PilotInput => ({
    ...(text as PilotInput),
    initiatorOrganisationId: lead.organisation!.id,
    contactName: 'Test Contact',
    contactEmail: 'contact@example.test',
    links: [],
    phase: 'development',
    status: 'running',
    innovationAreas: ['operations'],
    confirmsInDevelopment: true,
    confirmsNotCommercial: true,
  });

  before(async () => {
    t = await startTestApp();
    lead = await currentUserOf(t.context, await createMember(t.context, { organisation: 'GM0599' }));
    ids.points = await publishedPilot(t.context, lead, chargingPoints);
    ids.stations = await publishedPilot(t.context, lead, chargingStations);
    ids.fast = await publishedPilot(t.context, lead, fastChargers);
    ids.lonely = await publishedPilot(t.context, lead, loneliness);
    for (const other of otherTopics) await publishedPilot(t.context, lead, other);
  });
  after(async () => t.close());

  it('stores the list on the first read and serves the stored list (with reasons) on the next, on the API and the page', async () => {
    assert.equal(await storedList(ids.points), undefined, 'no list before the first view');
    const first = await apiSimilar(ids.points);
    assert.ok(first.some((match) => match.id === ids.stations));
    assert.deepEqual(await storedIds(ids.points), first.map((match) => match.id), 'the list computed was stored in rank order');
    assert.equal((await storedList(ids.points))?.stale, 0);

    // Change the stored entry: a second read must serve it, so it cannot have been computed again.
    const marker: SimilarityReason[] = [{ type: 'shared_terms', values: ['opgeslagen-lijst'] }];
    await t.context.db
      .updateTable('similarPilotItems')
      .set({ score: 0.123, reasons: JSON.stringify(marker) })
      .where('pilotId', '=', ids.points)
      .where('similarId', '=', ids.stations)
      .execute();
    const second = await apiSimilar(ids.points);
    const stations = second.find((match) => match.id === ids.stations);
    assert.equal(stations?.score, 0.123);
    assert.deepEqual(stations?.reasons, marker);
    assert.ok(second.filter((match) => match.id !== ids.stations).every((match) => match.reasons.length > 0), 'other entries keep their reasons');

    const page = await (await anonymousSession(t.app)).get(`/pilots/${ids.points}`);
    assert.equal(page.statusCode, 200);
    const section = page.body.slice(page.body.indexOf('id="similar-pilots-heading"'));
    assert.match(section, /opgeslagen-lijst/, 'the page shows the stored reasons');
    assert.match(section, new RegExp(`href="/pilots/${ids.stations}"`));
  });

  it('leaves out a pilot that is hidden at once, without recomputing, and marks the lists containing it stale', async () => {
    await pilotsService(t.context).setHidden(ids.stations, { reason: 'Test van verbergen', byUserId: lead.id });
    try {
      const served = await apiSimilar(ids.points);
      assert.ok(!served.some((match) => match.id === ids.stations), 'hidden pilot not served');
      assert.ok((await storedIds(ids.points)).includes(ids.stations), 'still in the stored rows: filtered when read');
      assert.equal((await storedList(ids.points))?.stale, 1, 'marked stale so the job fills the gap');
    } finally {
      await pilotsService(t.context).setHidden(ids.stations, null);
    }
    assert.ok((await apiSimilar(ids.points)).some((match) => match.id === ids.stations), 'shown again once visible');
  });

  it('recomputes a pilot’s own list after its text changes and marks lists containing it stale', async () => {
    await apiSimilar(ids.stations);
    await t.context.db.updateTable('similarPilotLists').set({ stale: 0 }).execute();
    assert.ok((await storedIds(ids.stations)).includes(ids.points));
    const saved = await pilotsService(t.context).update(ids.points, input({ ...chargingPoints, summary: `${chargingPoints.summary} Ook voor buurtbewoners met een deelauto.` }), lead);
    assert.ok(saved.ok, JSON.stringify(saved));
    assert.equal(await storedList(ids.points), undefined, 'own list dropped');
    assert.equal((await storedList(ids.stations))?.stale, 1, 'the list that contains it is stale');

    const recomputed = await apiSimilar(ids.points);
    const stations = recomputed.find((match) => match.id === ids.stations);
    assert.ok(stations && stations.score !== 0.123, 'computed again, not the changed row');
    assert.ok(stations.reasons.some((reason) => reason.type === 'shared_terms' && !reason.values.includes('opgeslagen-lijst')));
    assert.ok(await storedList(ids.points), 'and stored again');
  });

  it('marks lists stale when participants change (shared organisations)', async () => {
    await t.context.db.updateTable('similarPilotLists').set({ stale: 0 }).execute();
    const member = await createMember(t.context, { organisation: 'GM0363' });
    await participationService(t.context).addParticipantsBulk([{ pilotId: ids.stations, organisationId: member.organisationId }]);
    assert.equal((await storedList(ids.stations))?.stale, 1, 'its own list');
    assert.equal((await storedList(ids.points))?.stale, 1, 'a list that contains it');
  });

  it('the job lets a new similar pilot enter an older pilot’s list', async () => {
    await apiSimilar(ids.lonely);
    await t.context.db.updateTable('similarPilotLists').set({ stale: 0 }).execute();
    const newcomer = await publishedPilot(t.context, lead, {
      ...loneliness,
      title: 'Ouderen die alleen wonen minder eenzaam',
      summary: 'Vrijwilligers gaan op bezoek bij eenzame ouderen en nodigen hen uit in het buurthuis.',
    });
    assert.ok(!(await apiSimilar(ids.lonely)).some((match) => match.id === newcomer), 'a fresh stored list is served as it is');

    assert.equal(await similarListsService(t.context).refreshDue(), 0, 'nothing due yet');
    const twoDaysAgo = new Date(Date.now() - 48 * 3_600_000).toISOString();
    await t.context.db.updateTable('similarPilotLists').set({ computedAt: twoDaysAgo }).where('pilotId', '=', ids.lonely).execute();
    assert.equal(await similarListsService(t.context).refreshDue(), 1);
    assert.equal((await apiSimilar(ids.lonely))[0]?.id, newcomer, 'the newcomer now leads the older pilot’s list');
    assert.ok((await storedList(ids.lonely))!.computedAt > twoDaysAgo);
  });

  it('two job runs at the same time never compute the same list twice', async () => {
    for (const id of Object.values(ids)) await apiSimilar(id);
    await t.context.db.updateTable('similarPilotLists').set({ stale: 1, claimedUntil: null }).execute();
    const due = (await t.context.db.selectFrom('similarPilotLists').select('pilotId').execute()).length;
    assert.ok(due >= 4);
    const service = similarListsService(t.context);
    const [a, b] = await Promise.all([service.refreshDue({ batch: 50 }), service.refreshDue({ batch: 50 })]);
    assert.equal(a + b, due, `each of the ${due} lists computed once (${a} + ${b})`);
    const left = await t.context.db.selectFrom('similarPilotLists').select('pilotId').where((eb) => eb.or([eb('stale', '=', 1), eb('claimedUntil', 'is not', null)])).execute();
    assert.deepEqual(left, [], 'all fresh, no claim left behind');
  });

  it('similar-lists computes the lists of all listed pilots', async () => {
    await t.context.db.deleteFrom('similarPilotItems').execute();
    await t.context.db.deleteFrom('similarPilotLists').execute();
    const lines: string[] = [];
    assert.equal(await similarListsCommand.run(t.context, [], { log: (line) => lines.push(line), error: (line) => lines.push(line) }), 0);
    const listed = await t.context.db.selectFrom('pilots').select('id').where('state', '=', 'published').where('hiddenAt', 'is', null).execute();
    assert.match(lines.join('\n'), new RegExp(`${listed.length} stored`));
    const stored = await t.context.db.selectFrom('similarPilotLists').select('pilotId').execute();
    assert.equal(stored.length, listed.length);
    assert.deepEqual(await storedIds(ids.points), (await matchingService(t.context).similarToPilotLive(ids.points, 20)).map((match) => match.id), 'the stored list is the live ranking');
  });
});
