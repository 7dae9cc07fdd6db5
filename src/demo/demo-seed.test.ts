// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { signIn } from '../test-support/accounts.js';
import { demoPilots, demoUsers } from './content/index.js';
import { defaultDemoPassword } from './demo-password.js';
import { seedDemoContentIfWanted } from './demo-seed.js';

const quiet = () => {};

async function countPilots(testApp: TestApp): Promise<number> {
  const row = await testApp.context.db.selectFrom('pilots').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('demo content', () => {
  let wanted: TestApp;
  let unset: TestApp;
  before(async () => {
    // The demo stores documents: each app gets its own directory, not the default ./data/documents.
    const documentsDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'pilotstarter-demo-documents-'));
    [wanted, unset] = await Promise.all([startTestApp({ DEMO_DATA: '1', DOCUMENTS_DIR: documentsDir() }), startTestApp({ DOCUMENTS_DIR: documentsDir() })]);
  });
  after(async () => Promise.all([wanted.close(), unset.close()]));

  it('loads every demo pilot, member and organisation, with counts that match the participation tables', async () => {
    const lines: string[] = [];
    const summary = await seedDemoContentIfWanted(wanted.context, (line) => lines.push(line));
    assert.ok(summary);
    assert.ok(summary.pilots >= 40, `${summary.pilots} pilots`);
    assert.equal(summary.pilots, demoPilots.length);
    assert.equal(summary.users, demoUsers.length);
    // How long this takes is measured by the benchmark and reported, not asserted: a shared CI machine varies.
    assert.match(lines.join('\n'), new RegExp(`password "${defaultDemoPassword}"`));
    assert.equal(await countPilots(wanted), demoPilots.length);

    const db = wanted.context.db;
    const participations = await db.selectFrom('participations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const stored = await db.selectFrom('pilots').select((eb) => eb.fn.sum<number>('participantCount').as('n')).executeTakeFirstOrThrow();
    assert.equal(Number(stored.n), Number(participations.n));
    assert.equal(Number(participations.n), demoPilots.filter((pilot) => pilot.published).reduce((sum, pilot) => sum + pilot.participants.length, 0));
    const listed = await db.selectFrom('pilots').select('id').where('state', '=', 'published').where('municipalityCount', '=', 0).where('municipalityDeadline', '<', new Date().toISOString()).execute();
    assert.equal(listed.length, 0, 'no published demo pilot is past its municipality deadline');
  });

  it('does not add anything the second time', async () => {
    assert.equal(await seedDemoContentIfWanted(wanted.context, quiet), null);
    assert.equal(await countPilots(wanted), demoPilots.length);
  });

  it('lets a demo moderator sign in with the demo password', async () => {
    const moderator = demoUsers.find((user) => user.role === 'moderator')!;
    const session = await signIn(wanted.app, moderator.email, defaultDemoPassword);
    const profile = await session.get('/profile');
    assert.equal(profile.statusCode, 200);
    assert.match(profile.body, new RegExp(moderator.name));
  });

  it('loads on a first start when DEMO_DATA is unset, and not when the database already has pilots', async () => {
    // The test app sets DEMO_DATA=0; a first start leaves it unset.
    const firstStart = { ...unset.context, config: { ...unset.context.config, demoData: undefined } };
    assert.equal(await seedDemoContentIfWanted(unset.context, quiet), null, 'DEMO_DATA=0 loads nothing');
    const summary = await seedDemoContentIfWanted(firstStart, quiet);
    assert.equal(summary?.pilots, demoPilots.length);
    assert.equal(await seedDemoContentIfWanted(firstStart, quiet), null);
  });
});
