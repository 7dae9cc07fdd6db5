// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { buildKnownData, type KnownData } from './dashboards.test-fixtures.js';

describe('GET /organisations/:slug/dashboard (portfolio)', () => {
  let t: TestApp;
  let data: KnownData;
  let visitor: TestSession;
  let rotterdamMember: TestSession;
  let utrechtMember: TestSession;
  let moderator: TestSession;

  before(async () => {
    t = await startTestApp();
    data = await buildKnownData(t.context);
    visitor = await anonymousSession(t.app);
    rotterdamMember = await signIn(t.app, data.rotterdamLead.email, data.rotterdamLead.password);
    utrechtMember = await signIn(t.app, data.utrechtLead.email, data.utrechtLead.password);
    const staff = await createMember(t.context, { organisation: 'GM0363', role: 'moderator' });
    moderator = await signIn(t.app, staff.email, staff.password);
  });
  after(async () => t.close());

  it('shows the portfolio by phase: started and joined pilots, with follow-through', async () => {
    const page = await visitor.get('/organisations/rotterdam/dashboard');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h1 class="utrecht-heading-1">Dashboard van Rotterdam<\/h1>/);
    // Rotterdam started two pilots (both now in development) and takes part in one in implementation.
    const phases = parse((await visitor.get('/organisations/rotterdam/dashboard/export/phases.csv')).body, { bom: true, delimiter: ';' });
    assert.deepEqual(phases, [['Fase', 'Zelf begonnen', 'Doet aan mee'], ['Idee', '0', '0'], ['Ontwikkeling', '2', '0'], ['Implementatie', '0', '1'], ['Opschaling', '0', '0']]);
    assert.match(page.body, /Pilots die Rotterdam is begonnen \(2\)/);
    assert.match(page.body, /Pilots waaraan Rotterdam meedoet \(1\)/);
    assert.match(page.body, /<svg [^>]*role="img" aria-labelledby="chart-phases-title chart-phases-desc"/);
    const joined = await readSheet((await visitor.get('/organisations/rotterdam/dashboard/export/joined.xlsx')).rawPayload);
    assert.deepEqual(joined, [['Pilot', 'Fase', 'Status', 'Afsluiting', 'Overnames'], ['Digitale balie', 'Implementatie', 'Afgerond met resultaat', 'Resultaat bereikt', 1]]);
  });

  it('hides the learning details from visitors and members of other organisations', async () => {
    for (const session of [visitor, utrechtMember]) {
      const page = await session.get('/organisations/rotterdam/dashboard');
      assert.match(page.body, /De leergegevens per pilot \(intake, reflectie, pilotparadox\) ziet alleen wie bij Rotterdam werkt\./);
      assert.doesNotMatch(page.body, /Intake gedaan/);
      const csv = parse((await session.get('/organisations/rotterdam/dashboard/export/initiated.csv')).body, { bom: true, delimiter: ';' }) as string[][];
      assert.deepEqual(csv[0], ['Pilot', 'Fase', 'Status', 'Afsluiting', 'Overnames']);
    }
  });

  it('shows intake, reflection, paradox and gate status to members of the organisation and to moderators', async () => {
    for (const session of [rotterdamMember, moderator]) {
      const page = await session.get('/organisations/rotterdam/dashboard');
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['cache-control'], 'private, no-store');
      assert.match(page.body, /U ziet ook de leergegevens per pilot/);
      assert.match(page.body, /<svg [^>]*aria-labelledby="chart-paradox-initiated-title chart-paradox-initiated-desc"/);
      assert.match(page.body, /<title>=Laadpalen in de wijk: 3,1<\/title>/);
      const response = await session.get('/organisations/rotterdam/dashboard/export/initiated.csv');
      assert.equal(response.headers['cache-control'], 'private, no-store');
      const rows = parse(response.body, { bom: true, delimiter: ';' }) as string[][];
      assert.deepEqual(rows[0], ['Pilot', 'Fase', 'Status', 'Intake gedaan', 'Laatste reflectie', 'Pilotparadox (1 intern – 5 extern)', 'Fasebesluit nodig', 'Afsluiting', 'Overnames']);
      // Newest first: the second pilot (on hold after HOLD), then the first (GO → development).
      assert.deepEqual(rows.slice(1).map((row) => [row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8]]), [
        ["'=Laadpalen in de wijk", 'Ontwikkeling', 'Gepauzeerd', 'ja', '2026-10-01', '3,1', 'nee', 'loopt nog', '0'],
        ['Slimme afvalbakken', 'Ontwikkeling', 'Loopt', 'nee', 'nog niet', '', 'nee', 'loopt nog', '0'],
      ]);
    }
  });

  it('answers 404 for an unknown organisation or table', async () => {
    assert.equal((await visitor.get('/organisations/atlantis/dashboard')).statusCode, 404);
    assert.equal((await visitor.get('/organisations/rotterdam/dashboard/export/members.csv')).statusCode, 404);
  });
});
