// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { createMember } from '../test-support/accounts.js';
import { connectionsService } from '../participation/connections.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import { currentUserOf, publishedPilot } from '../moderation/moderation.fixtures.js';
import { chargingPoints, chargingStations, fastChargers, loneliness, otherTopics, wasteCollection } from './matching.fixtures.js';
import { matchingService } from './matching.service.js';

describe('matchingService', () => {
  let t: TestApp;
  let lead: CurrentUser;
  const ids = { points: 0, stations: 0, fast: 0, lonely: 0, waste: 0, draft: 0 };

  before(async () => {
    t = await startTestApp();
    lead = await currentUserOf(t.context, await createMember(t.context, { organisation: 'GM0599' }));
    ids.points = await publishedPilot(t.context, lead, chargingPoints);
    ids.stations = await publishedPilot(t.context, lead, chargingStations);
    ids.fast = await publishedPilot(t.context, lead, fastChargers);
    ids.lonely = await publishedPilot(t.context, lead, loneliness);
    ids.waste = await publishedPilot(t.context, lead, wasteCollection);
    // A few more pilots on other topics, so words are as rare or common as in a real collection.
    for (const other of otherTopics) await publishedPilot(t.context, lead, other);
    const draft = await pilotsService(t.context).create({ ...publishedInput(), title: 'Laadpalen voor elektrische auto’s in concept' }, lead);
    assert.ok(draft.ok);
    ids.draft = draft.id;
  });
  after(async () => t.close());

  function publishedInput() {
    return {
      ...chargingPoints,
      initiatorOrganisationId: lead.organisation!.id,
      contactName: 'Test Contact',
      contactEmail: 'contact@example.test',
      links: [],
      phase: 'development' as const,
      status: 'running' as const,
      innovationAreas: ['operations' as const],
      confirmsInDevelopment: true,
      confirmsNotCommercial: true,
    };
  }

  it('ranks the charging pilots above the pilot about loneliness, never the pilot itself or a draft', async () => {
    const results = await matchingService(t.context).similarToPilot(ids.points, 10);
    const order = results.map((result) => result.id);
    assert.ok(order.includes(ids.stations), 'charging stations are similar');
    assert.ok(order.includes(ids.fast), 'fast chargers are similar');
    assert.ok(!order.includes(ids.points), 'never the pilot itself');
    assert.ok(!order.includes(ids.draft), 'never a draft');
    const lonelyAt = order.indexOf(ids.lonely);
    if (lonelyAt >= 0) {
      assert.ok(lonelyAt > order.indexOf(ids.stations) && lonelyAt > order.indexOf(ids.fast));
    }
    for (const result of results) assert.ok(result.score > 0 && result.score <= 1, `score ${result.score} in 0..1`);
    const sorted = [...results].sort((a, b) => b.score - a.score);
    assert.deepEqual(results.map((r) => r.id), sorted.map((r) => r.id));
  });

  it('explains a match with a shared concept and shared facts', async () => {
    const results = await matchingService(t.context).similarToPilot(ids.points, 10);
    const stations = results.find((result) => result.id === ids.stations);
    assert.ok(stations);
    const terms = stations.reasons.find((reason) => reason.type === 'shared_terms');
    assert.ok(terms, 'has shared terms');
    assert.ok(terms.values.includes('laadpaal'), `the shared concept is named: ${terms.values.join(', ')}`);
    assert.deepEqual(stations.reasons.find((reason) => reason.type === 'same_theme')?.values, ['mobility']);
    assert.deepEqual(stations.reasons.find((reason) => reason.type === 'same_purpose')?.values, ['implement']);
    assert.ok(stations.reasons.find((reason) => reason.type === 'shared_organisations')?.values.includes('Rotterdam'));
  });

  it('finds similar pilots for a few typed words, using synonyms', async () => {
    const results = await matchingService(t.context).similarToText({ title: 'Oplaadpunten voor e-auto’s', summary: '' }, 5);
    assert.ok(results.length >= 2, JSON.stringify(results));
    const charging = new Set([ids.points, ids.stations, ids.fast]);
    assert.ok(charging.has(results[0]!.id) && charging.has(results[1]!.id), JSON.stringify(results));
    assert.ok(!results.some((result) => result.id === ids.lonely));

    const social = await matchingService(t.context).similarToText({ title: 'Eenzame ouderen', summary: 'bezoeken' }, 5);
    assert.equal(social[0]?.id, ids.lonely);
    assert.deepEqual(await matchingService(t.context).similarToText({ title: 'de het een', summary: '' }, 5), []);
  });

  it('leaves out the pilot being edited when asked', async () => {
    const results = await matchingService(t.context).similarToText({ title: chargingPoints.title, summary: chargingPoints.summary }, 5, { excludeId: ids.points });
    assert.ok(!results.some((result) => result.id === ids.points));
    assert.ok(results.some((result) => result.id === ids.stations));
  });

  it('boosts and explains a pilot a moderator linked, even without shared words', async () => {
    const moderator = await currentUserOf(t.context, await createMember(t.context, { organisation: 'GM0344', role: 'moderator' }), 'moderator');
    const linked = await connectionsService(t.context).connect(ids.points, ids.lonely, 'Zelfde wijkaanpak', moderator);
    assert.deepEqual(linked, { ok: true });
    const results = await matchingService(t.context).similarToPilot(ids.points, 10);
    const lonely = results.find((result) => result.id === ids.lonely);
    assert.ok(lonely, 'the linked pilot is suggested');
    assert.deepEqual(lonely.reasons[0], { type: 'linked_by_moderator', values: [] });
    await connectionsService(t.context).disconnect(ids.points, ids.lonely, moderator);
  });

  it('never suggests a hidden pilot', async () => {
    await pilotsService(t.context).setHidden(ids.fast, { reason: 'Test van verbergen', byUserId: lead.id });
    try {
      const fromPilot = await matchingService(t.context).similarToPilot(ids.points, 10);
      const fromText = await matchingService(t.context).similarToText({ title: 'Snellaadpalen bij het station', summary: 'taxi’s laden' }, 10);
      assert.ok(!fromPilot.some((result) => result.id === ids.fast));
      assert.ok(!fromText.some((result) => result.id === ids.fast));
    } finally {
      await pilotsService(t.context).setHidden(ids.fast, null);
    }
  });

  it('keeps document frequencies in step with the pilots through inserts, updates and deletes', async () => {
    const frequency = async (term: string) => {
      const { rows } = await sql<{ docCount: number }>`select doc_count from term_stats where term = ${term}`.execute(t.context.db);
      return Number(rows[0]?.docCount ?? 0);
    };
    const total = await t.context.db.selectFrom('pilots').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    assert.equal(await frequency(''), Number(total.n));
    const before = await frequency('c0laadpaal');
    assert.equal(before, 4, 'three charging pilots and the draft');
    await t.context.db.updateTable('pilots').set({ searchTerms: 'afval afval' }).where('id', '=', ids.draft).execute();
    assert.equal(await frequency('c0laadpaal'), before - 1);
    assert.equal(await frequency('afval'), (await frequency('afval')));
    await t.context.db.deleteFrom('pilots').where('id', '=', ids.draft).execute();
    assert.equal(await frequency(''), Number(total.n) - 1);
  });
});
