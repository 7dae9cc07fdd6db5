// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { importPilots } from '../imports/imports.service.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import type { MatchingTables } from './matching.tables.js';
import { reindexCommand } from './reindex.command.js';

const entries = [
  {
    externalId: 'r1',
    title: 'Oplaadpunten voor elektrische auto’s in oude wijken',
    summary: 'Bewoners zonder oprit vragen een openbare laadpaal aan die binnen twaalf weken in hun straat staat.',
    description: 'Steeds meer inwoners rijden elektrisch. Het doel is dat niemand verder dan vijf minuten hoeft te lopen. We werken samen met de netbeheerder. In maart 2026 plaatsen we de eerste palen.',
    initiator: 'GM0599',
    tags: ['laadpalen'],
  },
  {
    externalId: 'r2',
    title: 'Vroegsignalering van betalingsachterstanden',
    summary: 'Woningcorporaties melden huurachterstanden zodat de gemeente binnen een week op huisbezoek gaat.',
    description: 'Mensen met schulden vragen laat om hulp.',
    initiator: 'GM0363',
  },
];

describe('reindex (npm run cli -- reindex)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
    await importPilots(t.context, entries);
  });
  after(async () => t.close());

  const state = async () => ({
    pilots: await t.context.db.selectFrom('pilots').select(['id', 'searchTerms']).orderBy('id').execute(),
    stats: await t.context.db.withTables<MatchingTables>().selectFrom('termStats').select(['term', 'docCount']).orderBy('term').execute(),
  });

  it('restores the search terms and term statistics that the import wrote', async () => {
    const imported = await state();
    assert.ok(imported.stats.some((row) => row.term === 'c0laadpaal' && row.docCount === 1));
    // Terms as an older analysis might have left them.
    await t.context.db.updateTable('pilots').set({ searchTerms: 'verouderd' }).execute();
    assert.equal((await state()).stats.find((row) => row.term === 'verouderd')?.docCount, 2);

    const lines: string[] = [];
    const code = await reindexCommand.run(t.context, ['--recount'], { log: (line) => lines.push(line), error: (line) => lines.push(line) });
    assert.equal(code, 0);
    assert.match(lines.join('\n'), /2 of 2 pilots updated, term statistics rebuilt/);
    const after = await state();
    assert.deepEqual(after.pilots, imported.pilots, 'the same terms as the import, sections copied from the description not counted twice');
    assert.deepEqual(after.stats.filter((row) => row.docCount > 0), imported.stats.filter((row) => row.docCount > 0));
  });

  it('writes nothing when the terms are current', async () => {
    const lines: string[] = [];
    await reindexCommand.run(t.context, [], { log: (line) => lines.push(line), error: () => {} });
    assert.match(lines.join('\n'), /0 of 2 pilots updated/);
  });
});
