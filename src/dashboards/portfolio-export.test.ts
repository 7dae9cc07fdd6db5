// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { paradoxService } from '../paradox/paradox.service.js';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { portfolioExportTable } from './portfolio-tables.js';
import { portfolioPageSize } from './portfolio.service.js';

const initiatedCount = portfolioPageSize + 5;
const joinedCount = portfolioPageSize + 2;
const base = '/organisations/tilburg/dashboard';
const title = (kind: string, index: number) => `${kind} portefeuillepilot ${String(index).padStart(2, '0')}`;

/** Export rows without the header, parsed back from a Dutch CSV (';', BOM) or an XLSX workbook. */
async function exportRows(session: TestSession, file: string): Promise<{ header: unknown[]; rows: unknown[][] }> {
  const response = await session.get(`${base}/export/${file}`);
  assert.equal(response.statusCode, 200, file);
  const [header = [], ...rows] = file.endsWith('.csv') ? (parse(response.body, { bom: true, delimiter: ';' }) as string[][]) : ((await readSheet(response.rawPayload)) as unknown[][]);
  return { header, rows };
}

describe('organisation dashboard exports hold the whole portfolio', () => {
  let t: TestApp;
  let visitor: TestSession;
  let outsider: TestSession;
  let member: TestSession;
  let moderator: TestSession;
  let raters: TestMember[];
  const initiated: number[] = [];
  const joined: number[] = [];
  /** Pilots with known paradox ratings: two raters in one round, two rated rounds, a rated round then an empty one. */
  let rated: { twoRaters: number; twoRounds: number; emptyLatest: number };

  before(async () => {
    t = await startTestApp();
    raters = [await createMember(t.context, { organisation: 'GM0855' }), await createMember(t.context, { organisation: 'GM0855' })];
    const staff = await createMember(t.context, { organisation: 'GM0363', role: 'moderator' });
    const utrecht = await createMember(t.context, { organisation: 'GM0344' });
    // Older publication dates for higher numbers, so "newest first" lists pilot 01 first; all over six months
    // ago without a gate decision, so each is due one ("Fasebesluit nodig": ja).
    const day = (index: number) => new Date(Date.now() - (200 + index) * 86_400_000).toISOString();
    for (let index = 1; index <= initiatedCount; index += 1) {
      initiated.push(await buildPilot(t.context, { title: title('Eigen', index), initiator: 'GM0855', publishedAt: day(index) }));
    }
    for (let index = 1; index <= joinedCount; index += 1) {
      joined.push(await buildPilot(t.context, { title: title('Gedeelde', index), initiator: 'GM0344', participants: ['GM0855'], publishedAt: day(index) }));
    }
    const paradox = paradoxService(t.context);
    const [first, second] = raters.map((rater) => rater.id) as [string, string];
    const all = (score: number) => ({ distance: score, parties: score, policy: score, scope: score, resources: score, ownership: score, leadership: score });
    rated = { twoRaters: initiated[0]!, twoRounds: initiated[1]!, emptyLatest: joined[0]! };
    // Means 2.5, 3, 3.5, 3, 2.5, 3, 4 → their mean 21.5 / 7 = 3.07 → 3,1.
    await paradox.recordRating(rated.twoRaters, first, { distance: 2, parties: 3, policy: 4, scope: 3, resources: 2, ownership: 3, leadership: 5 }, false);
    await paradox.recordRating(rated.twoRaters, second, all(3), false);
    // Round 1 all ones, round 2 all fives: the latest round counts → 5.
    await paradox.recordRating(rated.twoRounds, first, all(1), false);
    assert.deepEqual(await paradox.openRound(rated.twoRounds, first), { ok: true, number: 2 });
    await paradox.recordRating(rated.twoRounds, second, all(5), false);
    // Round 1 all fours, round 2 opened but not rated yet: round 1 still counts → 4.
    await paradox.recordRating(rated.emptyLatest, first, all(4), false);
    assert.deepEqual(await paradox.openRound(rated.emptyLatest, first), { ok: true, number: 2 });

    visitor = await anonymousSession(t.app);
    outsider = await signIn(t.app, utrecht.email, utrecht.password);
    member = await signIn(t.app, raters[0]!.email, raters[0]!.password);
    moderator = await signIn(t.app, staff.email, staff.password);
  });
  after(async () => t.close());

  it('shows one page of each list, and says the downloads hold all pilots', async () => {
    const page = await visitor.get(base);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Pagina 1 van 2/);
    assert.match(page.body, /De downloads onder elke tabel bevatten alle pilots, tot 10\.000 per bestand\./);
    assert.match(page.body, new RegExp(title('Eigen', portfolioPageSize)));
    assert.doesNotMatch(page.body, new RegExp(title('Eigen', portfolioPageSize + 1)));
    // Export links no longer carry the page: every page offers the same whole-portfolio files.
    const second = await visitor.get(`${base}?page=2`);
    assert.match(second.body, /href="\/organisations\/tilburg\/dashboard\/export\/initiated\.csv"/);
  });

  it('exports every initiated and joined pilot as CSV and XLSX, newest first, without learning columns for outsiders', async () => {
    const expected = {
      initiated: Array.from({ length: initiatedCount }, (_, index) => title('Eigen', index + 1)),
      joined: Array.from({ length: joinedCount }, (_, index) => title('Gedeelde', index + 1)),
    };
    for (const session of [visitor, outsider]) {
      for (const kind of ['initiated', 'joined'] as const) {
        for (const format of ['csv', 'xlsx']) {
          const { header, rows } = await exportRows(session, `${kind}.${format}`);
          assert.deepEqual(header, ['Pilot', 'Fase', 'Status', 'Afsluiting', 'Overnames'], `${kind}.${format}`);
          assert.deepEqual(rows.map((row) => row[0]), expected[kind], `${kind}.${format}`);
        }
      }
    }
    // An export with ?page=2 still holds the whole list.
    const paged = parse((await visitor.get(`${base}/export/initiated.csv?page=2`)).body, { bom: true, delimiter: ';' }) as string[][];
    assert.equal(paged.length, initiatedCount + 1);
  });

  it('adds the learning columns for members of the organisation and for moderators, in both formats', async () => {
    for (const session of [member, moderator]) {
      const csv = await exportRows(session, 'initiated.csv');
      assert.deepEqual(csv.header, ['Pilot', 'Fase', 'Status', 'Intake gedaan', 'Laatste reflectie', 'Pilotparadox (1 intern – 5 extern)', 'Fasebesluit nodig', 'Afsluiting', 'Overnames']);
      assert.equal(csv.rows.length, initiatedCount);
      assert.deepEqual(csv.rows.map((row) => row[5]), ['3,1', '5', ...Array.from({ length: initiatedCount - 2 }, () => '')]);
      assert.deepEqual(csv.rows[initiatedCount - 1], [title('Eigen', initiatedCount), 'Ontwikkeling', 'Loopt', 'nee', 'nog niet', '', 'ja', 'loopt nog', '0']);
      const xlsx = await exportRows(session, 'joined.xlsx');
      assert.equal(xlsx.header.length, 9);
      assert.equal(xlsx.rows.length, joinedCount);
      assert.deepEqual(xlsx.rows.map((row) => row[5]), [4, ...Array.from({ length: joinedCount - 1 }, () => null)]);
    }
  });

  it('latestMeansFor gives the same means as latestMeans for each pilot, and leaves out unrated pilots', async () => {
    const paradox = paradoxService(t.context);
    const ids = [...initiated, ...joined];
    const batch = await paradox.latestMeansFor(ids);
    assert.deepEqual([...batch.keys()].sort((a, b) => a - b), [rated.twoRaters, rated.twoRounds, rated.emptyLatest].sort((a, b) => a - b));
    for (const id of ids) assert.deepEqual(batch.get(id) ?? null, await paradox.latestMeans(id), `pilot ${id}`);
    assert.deepEqual(batch.get(rated.twoRaters), { distance: 2.5, parties: 3, policy: 3.5, scope: 3, resources: 2.5, ownership: 3, leadership: 4 });
    assert.equal((await paradox.latestMeansFor([])).size, 0);
  });

  it('ends a cut-off export with a row that says how many pilots it leaves out', () => {
    const organisation = { id: 1, name: 'Tilburg', slug: 'tilburg', type: 'municipality' as const };
    const pilot = { id: 7, title: 'Een pilot', phase: 'idea' as const, status: 'running' as const, closingOutcome: null, adoptions: 0, learning: null };
    const table = portfolioExportTable({ organisation, showsLearningDetails: false, table: 'joined', list: { pilots: [pilot], total: 12_345 }, limit: 1 }, t.context.i18n.translator('en'));
    assert.equal(table.rows.length, 2);
    assert.deepEqual(table.rows[1], ['Note: this file holds only the first 1 of the 12345 pilots.', null, null, null, null]);
    const whole = portfolioExportTable({ organisation, showsLearningDetails: false, table: 'joined', list: { pilots: [pilot], total: 1 }, limit: 1 }, t.context.i18n.translator('en'));
    assert.equal(whole.rows.length, 1);
  });
});
