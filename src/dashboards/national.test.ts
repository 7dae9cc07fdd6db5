// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { anonymousSession, type TestSession } from '../test-support/accounts.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { lastMonths } from './dashboard-months.js';
import { buildKnownData, type KnownData } from './dashboards.test-fixtures.js';
import { nationalTables } from './national-tables.js';
import { markedCandidates, nationalDashboard, refreshNationalSnapshot } from './national.service.js';
import { scalingService } from '../scaling/scaling.service.js';
import { createMember } from '../test-support/accounts.js';
import { memberAsUser } from './dashboards.test-fixtures.js';

describe('GET /dashboard (national)', () => {
  let t: TestApp;
  let data: KnownData;
  let visitor: TestSession;
  const thisMonth = lastMonths(new Date(), 1)[0]!;

  before(async () => {
    t = await startTestApp();
    data = await buildKnownData(t.context);
    await refreshNationalSnapshot(t.context, { force: true });
    visitor = await anonymousSession(t.app);
  });
  after(async () => t.close());

  it('counts participation, the funnel and gate outcomes from the known data', async () => {
    const dashboard = await nationalDashboard(t.context);
    assert.deepEqual(dashboard.participation, { municipalitiesTakingPart: 4, organisationsTakingPart: 4, participations: 5, pilotsListed: 3 });
    // GO moved the first pilot from idea to development; the draft in scaling counts nowhere.
    assert.deepEqual(dashboard.funnel, [
      { phase: 'idea', current: 0, reached: 3 },
      { phase: 'development', current: 2, reached: 3 },
      { phase: 'implementation', current: 1, reached: 1 },
      { phase: 'scaling', current: 0, reached: 0 },
    ]);
    assert.deepEqual(dashboard.gates, [
      { decision: 'go', count: 1 },
      { decision: 'go_back', count: 0 },
      { decision: 'hold', count: 1 },
      { decision: 'no_go', count: 0 },
    ]);
    assert.deepEqual(dashboard.byMonth.at(-1), { month: thisMonth, pilotsPublished: 3, participations: 5 });
    assert.deepEqual(dashboard.followThrough.at(-1), { month: thisMonth, closings: 1, followThroughRecords: 1, adoptions: 1 });
    assert.equal(dashboard.byMonth.length, 24);
    assert.deepEqual(dashboard.mostJoined.map((pilot) => [pilot.id, pilot.municipalityCount]), [[data.second, 4], [data.first, 2], [data.third, 2]]);
    const zuidHolland = dashboard.provinces.find((province) => province.name === 'Zuid-Holland');
    assert.deepEqual(zuidHolland && { ...zuidHolland, code: undefined, municipalities: undefined }, {
      code: undefined,
      name: 'Zuid-Holland',
      municipalities: undefined,
      municipalitiesTakingPart: 2,
      pilotsInitiated: 2,
      participations: 2,
    });
    assert.ok((zuidHolland?.municipalities ?? 0) >= 2);
    // The hidden pilot's participations (Utrecht, Amsterdam) are subtracted again.
    const utrecht = dashboard.provinces.find((province) => province.name === 'Utrecht');
    const noordHolland = dashboard.provinces.find((province) => province.name === 'Noord-Holland');
    assert.deepEqual([utrecht?.municipalitiesTakingPart, utrecht?.pilotsInitiated, utrecht?.participations], [1, 1, 2]);
    assert.deepEqual([noordHolland?.municipalitiesTakingPart, noordHolland?.pilotsInitiated, noordHolland?.participations], [1, 0, 1]);
  });

  it('renders every chart as an accessible SVG followed by its table', async () => {
    const response = await visitor.get('/dashboard');
    assert.equal(response.statusCode, 200);
    const svgs = response.body.match(/<svg [^>]*role="img" aria-labelledby="[^"]+"/g) ?? [];
    assert.equal(svgs.length, 7);
    assert.match(response.body, /<title id="chart-funnel-title">Trechter van pilots per fase<\/title>/);
    assert.match(response.body, /<caption class="utrecht-table__caption">Pilots per fase<\/caption>/);
    assert.match(response.body, /<th class="utrecht-table__header-cell" scope="row"><span>Ontwikkeling<\/span><\/th><td class="utrecht-table__cell utrecht-table__cell--numeric">2<\/td><td class="utrecht-table__cell utrecht-table__cell--numeric">3<\/td>/);
    assert.match(response.body, /href="\/dashboard\/export\/funnel\.csv"/);
    assert.match(response.body, /href="\/dashboard\/export\/scaling-candidates\.xlsx\?min=5"/);
    const english = await visitor.get('/dashboard', { 'accept-language': 'en' });
    assert.match(english.body, /Funnel of pilots per phase/);
  });

  it('lists scaling candidates at the threshold from the query, and falls back to 5 for nonsense', async () => {
    // The municipality count includes an initiating municipality: 4, 2 and 2 for the three pilots.
    const three = await visitor.get('/dashboard?min=3');
    assert.match(three.body, /Pilots met minstens 3 deelnemende gemeenten \(1 in totaal/);
    assert.match(three.body, /value="3"/);
    assert.match((await visitor.get('/dashboard?min=2')).body, /Pilots met minstens 2 deelnemende gemeenten \(3 in totaal/);
    const nonsense = await visitor.get('/dashboard?min=abc');
    assert.equal(nonsense.statusCode, 200);
    assert.match(nonsense.body, /Pilots met minstens 5 deelnemende gemeenten \(0 in totaal/);
  });

  it('exports a table as CSV (BOM, semicolons in Dutch, formulas guarded) that parses back to the table', async () => {
    const response = await visitor.get('/dashboard/export/most-joined.csv');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(String(response.headers['content-disposition']), /^attachment; filename="pilotstarter-most-joined-\d{4}-\d{2}-\d{2}\.csv"$/);
    assert.equal(response.rawPayload.subarray(0, 3).toString('hex'), 'efbbbf');
    const rows = parse(response.body, { bom: true, delimiter: ';' }) as string[][];
    const table = nationalTables(await nationalDashboard(t.context), await markedCandidates(t.context), t.context.i18n.translator('nl'), 5)['most-joined'];
    assert.deepEqual(rows, [table.columns.map((column) => column.label), ...table.rows.map((row) => row.map((value) => (value === '=Laadpalen in de wijk' ? `'${value}` : String(value))))]);
    assert.equal(rows[1]?.[0], "'=Laadpalen in de wijk");

    const english = await visitor.get('/dashboard/export/funnel.csv', { 'accept-language': 'en' });
    assert.deepEqual(parse(english.body, { bom: true }), [['Phase', 'In this phase now', 'Reached this phase'], ['Idea', '0', '3'], ['Development', '2', '3'], ['Implementation', '1', '1'], ['Scaling', '0', '0']]);
  });

  it('exports a table as XLSX that opens with the same rows, numbers as numbers', async () => {
    const response = await visitor.get('/dashboard/export/funnel.xlsx');
    assert.equal(response.statusCode, 200);
    assert.equal(response.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.match(String(response.headers['content-disposition']), /filename="pilotstarter-funnel-\d{4}-\d{2}-\d{2}\.xlsx"/);
    const rows = await readSheet(response.rawPayload);
    assert.deepEqual(rows, [['Fase', 'Nu in deze fase', 'Deze fase bereikt'], ['Idee', 0, 3], ['Ontwikkeling', 2, 3], ['Implementatie', 1, 1], ['Opschaling', 0, 0]]);
    const candidates = await readSheet((await visitor.get('/dashboard/export/most-joined.xlsx')).rawPayload);
    // In XLSX a text cell is never run as a formula, so the title is kept as typed.
    assert.equal(candidates[1]?.[0], '=Laadpalen in de wijk');
  });

  it('lists the pilots moderators marked as candidates at once, without hidden ones', async () => {
    const staff = await memberAsUser(t.context, await createMember(t.context, { organisation: 'GM0363', role: 'moderator' }));
    const moderator = { ...staff, role: 'moderator' as const };
    assert.deepEqual(await scalingService(t.context).mark(data.third, moderator), { ok: true });
    assert.deepEqual(await scalingService(t.context).mark(data.hidden, moderator), { ok: true });
    const page = await visitor.get('/dashboard');
    assert.match(page.body, /Pilots die moderatoren als kandidaat voor opschaling hebben gemarkeerd \(1\)/);
    const rows = parse((await visitor.get('/dashboard/export/marked-candidates.csv')).body, { bom: true, delimiter: ';' });
    assert.deepEqual(rows, [['Pilot', 'Deelnemende gemeenten', 'Deelnemende organisaties'], ['Digitale balie', '2', '1']]);
  });

  it('answers 404 for an unknown table or format', async () => {
    assert.equal((await visitor.get('/dashboard/export/secrets.csv')).statusCode, 404);
    assert.equal((await visitor.get('/dashboard/export/funnel.pdf')).statusCode, 404);
    assert.equal((await visitor.get('/dashboard/export/constructor.csv')).statusCode, 404);
  });

  it('lets exactly one of several concurrent refreshes compute the snapshot', async () => {
    const results = await Promise.all([1, 2, 3].map(() => refreshNationalSnapshot(t.context, { force: true })));
    assert.equal(results.filter(Boolean).length, 1);
    // Fresh enough: the periodic run skips.
    assert.equal(await refreshNationalSnapshot(t.context, { maxAgeSeconds: 240 }), false);
  });

  it('computes once when several first visits arrive together on a fresh installation', async () => {
    await t.context.db.deleteFrom('dashboardSnapshots').execute();
    const dashboards = await Promise.all([1, 2, 3].map(() => nationalDashboard(t.context)));
    assert.equal(new Set(dashboards.map((dashboard) => dashboard.refreshedAt)).size, 1);
    assert.equal(dashboards[0]?.participation.pilotsListed, 3);
  });
});
