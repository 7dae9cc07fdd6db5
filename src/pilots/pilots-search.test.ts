// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { organisationsService } from '../organisations/organisations.service.js';
import { pilotSearchService } from './pilots-search.service.js';
import { pilotQuerySchema, type PilotQuery } from './pilots-search.schemas.js';

describe('pilot search', () => {
  let t: TestApp;
  const ids: Record<string, number> = {};

  before(async () => {
    t = await startTestApp();
    const c = t.context;
    ids.charging = await buildPilot(c, {
      title: 'Snellaadpalen in de wijk',
      summary: 'Buurtbewoners kiezen samen waar snelladers voor elektrische auto’s komen.',
      themes: ['mobility'],
      phase: 'idea',
      publishedAt: '2025-01-01T10:00:00.000Z',
    });
    ids.electric = await buildPilot(c, {
      title: 'Elektrisch rijden stimuleren',
      summary: 'We plaatsen extra laadpalen bij flats, zodat ook bewoners zonder oprit elektrisch kunnen rijden.',
      themes: ['mobility', 'sustainability'],
      initiator: 'GM0599',
      participants: ['GM0344', 'GM0014'],
      publishedAt: '2025-02-01T10:00:00.000Z',
    });
    ids.debt = await buildPilot(c, {
      title: 'Schuldhulpverlening dichtbij',
      summary: 'Inwoners met geldzorgen krijgen sneller hulp via het buurthuis en de huisarts.',
      themes: ['social_domain'],
      phase: 'implementation',
      status: 'on_hold',
      statusReason: 'Wachten op budget.',
      initiator: 'GM0363',
      purpose: 'test',
      publishedAt: '2025-03-01T10:00:00.000Z',
    });
    ids.counter = await buildPilot(c, {
      title: 'Digitale balie voor inwoners',
      summary: 'Een online loket waar inwoners hun vragen aan de gemeente stellen, dag en nacht.',
      initiator: 'Testbedrijf Balie',
      participants: ['GM0014'],
      purpose: 'implement',
      externalId: 'EXT-1',
      publishedAt: '2025-04-01T10:00:00.000Z',
    });
    // Never listed: hidden, a draft, and a company pilot whose month to find a municipality has passed.
    ids.hidden = await buildPilot(c, { title: 'Laadpaal verborgen', summary: 'Een laadpaal die een moderator verborg om een reden.', themes: ['mobility'], hidden: true });
    ids.draft = await buildPilot(c, { title: 'Laadpaal concept', summary: 'Een laadpaal die nog niet gepubliceerd is als pilot.', themes: ['mobility'], draft: true });
    ids.expired = await buildPilot(c, {
      title: 'Laadpaal zonder gemeente',
      summary: 'Een laadpaal van een bedrijf waar geen gemeente aan meedoet.',
      themes: ['mobility'],
      initiator: 'Testbedrijf Laden',
      pastMunicipalityDeadline: true,
    });
  });
  after(async () => t.close());

  const search = (query: PilotQuery) => pilotSearchService(t.context).search(query);
  const idsOf = async (query: PilotQuery) => (await search(query)).items.map((item) => item.id);
  const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

  describe('Dutch text search', () => {
    it('finds compounds and plurals: "laadpaal" finds "Snellaadpalen" and "laadpalen"', async () => {
      assert.deepEqual(sorted(await idsOf({ q: 'laadpaal' })), sorted([ids.charging!, ids.electric!]));
    });

    it('finds the longer word from its first part: "schuldhulp" finds "Schuldhulpverlening"', async () => {
      assert.deepEqual(await idsOf({ q: 'schuldhulp' }), [ids.debt]);
    });

    it('needs every word: "laadpaal flats" finds only the pilot with both', async () => {
      assert.deepEqual(await idsOf({ q: 'laadpaal flats' }), [ids.electric]);
    });

    it('answers hostile queries with a page, never an error', async () => {
      for (const q of ['"', 'AND (', '*', ':', 'NEAR(', "'", 'OR', '-', '\\', '"laadpaal', 'laadpaal*', '((()))', 'a:b', 'NOT laadpaal']) {
        const response = await t.app.inject({ url: `/pilots?q=${encodeURIComponent(q)}` });
        assert.equal(response.statusCode, 200, `q=${q}`);
        await search({ q }); // rejects, failing the test, if the database refused the query
      }
    });
  });

  describe('listing rule', () => {
    it('never lists hidden, draft or deadline-expired pilots, with or without words', async () => {
      const hiddenOnes = [ids.hidden, ids.draft, ids.expired];
      for (const query of [{}, { q: 'laadpaal' }, { theme: ['mobility' as const] }, { organisationType: 'company' as const }]) {
        const found = await idsOf({ ...query, pageSize: 100 });
        for (const id of hiddenOnes) assert.ok(!found.includes(id!), `pilot ${id} listed for ${JSON.stringify(query)}`);
      }
      assert.equal((await search({})).total, 4);
    });
  });

  describe('filters', () => {
    it('narrows by theme (any of the chosen), phase and status, combined with AND', async () => {
      assert.deepEqual(sorted(await idsOf({ theme: ['mobility'] })), sorted([ids.charging!, ids.electric!]));
      assert.deepEqual(sorted(await idsOf({ theme: ['mobility', 'social_domain'] })), sorted([ids.charging!, ids.electric!, ids.debt!]));
      assert.deepEqual(await idsOf({ theme: ['mobility'], phase: ['development'] }), [ids.electric]);
      assert.deepEqual(sorted(await idsOf({ phase: ['idea', 'implementation'] })), sorted([ids.charging!, ids.debt!]));
      assert.deepEqual(await idsOf({ status: ['on_hold'] }), [ids.debt]);
    });

    it('narrows by municipality: pilots it initiates or takes part in', async () => {
      assert.deepEqual(sorted(await idsOf({ municipality: 'GM0344' })), sorted([ids.charging!, ids.electric!]));
      assert.deepEqual(sorted(await idsOf({ municipality: 'GM0014' })), sorted([ids.electric!, ids.counter!]));
      assert.deepEqual(await idsOf({ municipality: 'GM9999' }), []);
    });

    it('narrows by province of the initiator or a participant', async () => {
      assert.deepEqual(sorted(await idsOf({ province: 'PV20' })), sorted([ids.electric!, ids.counter!]));
      assert.deepEqual(await idsOf({ province: 'PV27' }), [ids.debt]);
      assert.deepEqual(sorted(await idsOf({ province: 'PV28' })), [ids.electric]);
    });

    it('narrows by kind of initiator, organisation, purpose and external reference', async () => {
      assert.deepEqual(await idsOf({ organisationType: 'company' }), [ids.counter]);
      const rotterdam = await organisationsService(t.context.db).findByCbsCode('GM0599');
      assert.deepEqual(await idsOf({ organisation: rotterdam!.id }), [ids.electric]);
      assert.deepEqual(await idsOf({ purpose: 'test' }), [ids.debt]);
      assert.deepEqual(await idsOf({ externalId: 'EXT-1' }), [ids.counter]);
    });

    it('combines words and filters', async () => {
      assert.deepEqual(await idsOf({ q: 'laadpaal', municipality: 'GM0599' }), [ids.electric]);
      assert.deepEqual(await idsOf({ q: 'laadpaal', phase: ['scaling'] }), []);
    });
  });

  describe('sorting and pagination', () => {
    it('sorts newest first by default, or by participants or title', async () => {
      assert.deepEqual(await idsOf({}), [ids.counter, ids.debt, ids.electric, ids.charging]);
      assert.deepEqual(await idsOf({ sort: 'participants' }), [ids.electric, ids.counter, ids.debt, ids.charging]);
      assert.deepEqual(await idsOf({ sort: 'title' }), [ids.counter, ids.electric, ids.debt, ids.charging]);
    });

    it('pages without duplicates or gaps for every sort order', async () => {
      for (const sort of ['newest', 'participants', 'title', 'relevance'] as const) {
        const all = await idsOf({ sort, pageSize: 100 });
        const paged: number[] = [];
        for (let page = 1; page <= 4; page += 1) {
          const result = await search({ sort, page, pageSize: 1 });
          assert.equal(result.total, 4);
          paged.push(...result.items.map((item) => item.id));
        }
        assert.deepEqual(paged, all, sort);
        assert.equal(new Set(paged).size, 4);
      }
      assert.deepEqual((await search({ page: 5, pageSize: 1 })).items, []);
    });

    it('returns summaries with initiator and counts', async () => {
      const [electric] = (await search({ q: 'elektrisch rijden' })).items;
      assert.equal(electric?.initiator.name, 'Rotterdam');
      assert.equal(electric?.participantCount, 2);
      assert.equal(electric?.municipalityCount, 3);
    });
  });

  describe('query schema (API)', () => {
    it('refuses unknown values and bad page numbers', () => {
      assert.equal(pilotQuerySchema.safeParse({ theme: 'teleportation' }).success, false);
      assert.equal(pilotQuerySchema.safeParse({ page: '-1' }).success, false);
      assert.equal(pilotQuerySchema.safeParse({ page: 'abc' }).success, false);
      assert.equal(pilotQuerySchema.safeParse({ pageSize: '101' }).success, false);
      assert.equal(pilotQuerySchema.safeParse({ municipality: 'Utrecht' }).success, false);
    });

    it('accepts query-string shapes: single values, lists and numbers as text', () => {
      const parsed = pilotQuerySchema.parse({ q: ' laadpaal ', theme: 'mobility', phase: ['idea', 'development'], page: '2', municipality: 'gm0344', province: '' });
      assert.equal(parsed.q, 'laadpaal');
      assert.deepEqual(parsed.theme, ['mobility']);
      assert.deepEqual(parsed.phase, ['idea', 'development']);
      assert.equal(parsed.page, 2);
      assert.equal(parsed.municipality, 'GM0344');
      assert.equal(parsed.province, undefined);
    });
  });
});

describe('pilot search ranking', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('ranks a pilot with the words in its title above one that mentions them once in its description', async () => {
    const inBody = await buildPilot(t.context, {
      title: 'Schone straten in het centrum',
      summary: 'Ondernemers en de gemeente houden samen de winkelstraten schoon.',
      approach: 'We tellen ook hoeveel zwerfafval er na een markt ligt.',
      publishedAt: '2025-06-01T10:00:00.000Z',
    });
    const inTitle = await buildPilot(t.context, {
      title: 'Zwerfafval opruimen met de buurt',
      summary: 'Bewoners ruimen samen zwerfafval op en houden bij wat ze vinden.',
      publishedAt: '2025-01-01T10:00:00.000Z',
    });
    const result = await pilotSearchService(t.context).search({ q: 'zwerfafval' });
    assert.deepEqual(result.items.map((item) => item.id), [inTitle, inBody]);
    // Newest first puts the other one on top: the order above came from relevance, not from dates.
    const newest = await pilotSearchService(t.context).search({ q: 'zwerfafval', sort: 'newest' });
    assert.deepEqual(newest.items.map((item) => item.id), [inBody, inTitle]);
  });
});
