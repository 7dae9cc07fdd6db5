// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { importCommand } from './import.command.js';
import { importPilots } from './imports.service.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const description =
  'Inwoners met betalingsachterstanden krijgen binnen tien dagen een huisbezoek. Het doel is dat schulden niet verder oplopen. ' +
  'We werken samen met woningcorporaties en energieleveranciers. De pilot levert een beschreven werkwijze op. In maart 2025 starten we.';

const good = (overrides: Record<string, unknown> = {}) => ({
  externalId: 'EXT-1',
  title: 'Vroeg eropaf bij betalingsachterstanden',
  summary: 'Een huisbezoek binnen tien dagen na een signaal van een betalingsachterstand.',
  description,
  initiator: 'GM0599',
  municipalities: ['Utrecht', 'GM0363'],
  theme: 'sociaal domein',
  tags: ['schulden', 'vroegsignalering'],
  phase: 'ontwikkeling',
  startYear: 2025,
  ...overrides,
});

describe('pilot import', () => {
  let testApp: TestApp;
  before(async () => {
    testApp = await startTestApp();
  });
  after(async () => testApp.close());

  it('imports good entries and names every rejected one with its reasons', async () => {
    const entries = [
      good(),
      good({ externalId: 'EXT-2', title: 'Buurtbudget met loting', initiator: 'Stichting Buurtkracht Noord', municipalities: ['Gemeente Zwolle'], theme: 'democracy' }),
      good({ externalId: 'EXT-3', title: undefined }),
      good({ externalId: 'EXT-4', municipalities: ['Xyz'] }),
      good({ externalId: 'EXT-1', title: 'Dezelfde pilot nog een keer' }),
      good({ externalId: 'EXT-5', theme: 'astrologie', phase: 'klaar' }),
      good({ externalId: 'EXT-6', summary: 'Koop nu onze oplossing met 20% korting voor gemeenten!' }),
      'geen object',
    ];
    const result = await importPilots(testApp.context, entries);
    assert.equal(result.imported, 2);
    assert.equal(result.organisationsCreated, 1);
    assert.deepEqual(
      result.rejected.map((rejection) => [rejection.position, rejection.reasons]),
      [
        [3, ['missing title']],
        [4, ["unknown municipality 'Xyz'"]],
        [5, ["duplicate externalId 'EXT-1' (also entry 1)"]],
        [6, ["unknown theme 'astrologie'", "unknown phase 'klaar'"]],
        [7, ["sales language is not allowed: 'koop nu', '20% korting'"]],
        [8, ['not an object']],
      ],
    );

    // externalId is stored, filterable and returned by the API.
    const page = await testApp.app.inject({ url: '/api/v1/pilots?externalId=EXT-1' });
    assert.equal(page.statusCode, 200);
    const body = page.json() as { total: number; items: { externalId: string; counts: { municipalities: number } }[] };
    assert.equal(body.total, 1);
    assert.equal(body.items[0]!.externalId, 'EXT-1');
    assert.equal(body.items[0]!.counts.municipalities, 3);

    const rows = await testApp.context.db
      .selectFrom('pilots')
      .innerJoin('organisations', 'organisations.id', 'pilots.initiatorOrganisationId')
      .select(['pilots.externalId', 'pilots.state', 'pilots.phase', 'pilots.goal', 'pilots.milestones', 'pilots.participantCount', 'pilots.municipalityCount', 'pilots.municipalityDeadline', 'organisations.name', 'organisations.type'])
      .orderBy('pilots.externalId')
      .execute();
    assert.deepEqual(
      rows.map((row) => [row.externalId, row.state, row.phase, row.name, row.type, row.participantCount, row.municipalityCount, row.municipalityDeadline]),
      [
        ['EXT-1', 'published', 'development', 'Rotterdam', 'municipality', 2, 3, null],
        ['EXT-2', 'published', 'development', 'Stichting Buurtkracht Noord', 'foundation', 1, 1, null],
      ],
    );
    assert.equal(rows[0]!.goal, 'Het doel is dat schulden niet verder oplopen.');
    assert.equal(rows[0]!.milestones, 'In maart 2025 starten we.');
    const themes = await testApp.context.db.selectFrom('pilotThemes').select('theme').orderBy('theme').execute();
    assert.deepEqual(themes.map((row) => row.theme), ['democracy', 'social_domain']);
  });

  it('skips entries imported before, with the reason "already imported"', async () => {
    const result = await importPilots(testApp.context, [good(), good({ externalId: 'EXT-9', title: 'Een nieuwe pilot over schulden' })]);
    assert.equal(result.imported, 1);
    assert.deepEqual(result.rejected, [{ position: 1, externalId: 'EXT-1', title: good().title, reasons: ["already imported (externalId 'EXT-1')"] }]);
  });

  it('prints the counts and the rejected entries from the command line', async () => {
    const file = path.join(os.tmpdir(), `pilotstarter-import-${process.pid}.json`);
    fs.writeFileSync(file, JSON.stringify([good({ externalId: 'CLI-1', title: 'Pilot via de opdrachtregel' }), good({ externalId: 'CLI-2', initiator: 'GM9999' })]));
    const lines: string[] = [];
    const code = await importCommand.run(testApp.context, [file], { log: (line) => lines.push(line), error: (line) => lines.push(line) });
    fs.rmSync(file);
    assert.equal(code, 0);
    assert.equal(lines[0], 'Imported 1 pilots, rejected 1:');
    assert.equal(lines[1], `  entry 2 (CLI-2 "${good().title}"): unknown municipality code 'GM9999'`);
  });

  it('refuses a file that is not a JSON array', async () => {
    const file = path.join(os.tmpdir(), `pilotstarter-import-bad-${process.pid}.json`);
    fs.writeFileSync(file, '{"title": "x"}');
    const errors: string[] = [];
    const code = await importCommand.run(testApp.context, [file], { log: () => {}, error: (line) => errors.push(line) });
    fs.rmSync(file);
    assert.equal(code, 1);
    assert.match(errors[0]!, /must hold a JSON array/);
  });
});
