// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { seedSynthetic } from './synthetic-seed.js';
import { seedSyntheticCommand } from './synthetic-seed.command.js';

async function titles(testApp: TestApp): Promise<string[]> {
  const rows = await testApp.context.db.selectFrom('pilots').select('title').orderBy('id').execute();
  return rows.map((row) => row.title);
}

describe('synthetic seed', () => {
  let first: TestApp;
  let second: TestApp;
  before(async () => {
    [first, second] = await Promise.all([startTestApp(), startTestApp()]);
  });
  after(async () => Promise.all([first.close(), second.close()]));

  it('fills an empty database with pilots, participations and follows whose counts agree', async () => {
    const result = await seedSynthetic(first.context, { pilots: 300, participations: 2000, seed: 7 });
    assert.ok(result.ok);
    assert.equal(result.summary.pilots, 300);
    assert.equal(result.summary.participations, 2000);
    const db = first.context.db;
    const count = async (table: 'pilots' | 'participations' | 'follows' | 'pilotThemes') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    assert.equal(await count('pilots'), 300);
    assert.equal(await count('participations'), 2000);
    assert.equal(await count('follows'), result.summary.follows);
    assert.ok((await count('pilotThemes')) >= 300);
    // The stored counts equal what the participation tables hold, as participation.service.ts would count them.
    const sums = await db
      .selectFrom('pilots')
      .select((eb) => [eb.fn.sum<number>('participantCount').as('participants'), eb.fn.sum<number>('followerCount').as('followers')])
      .executeTakeFirstOrThrow();
    assert.equal(Number(sums.participants), 2000);
    assert.equal(Number(sums.followers), result.summary.follows);
    const initiatorAsParticipant = await db
      .selectFrom('participations')
      .innerJoin('pilots', 'pilots.id', 'participations.pilotId')
      .select('participations.id')
      .whereRef('participations.organisationId', '=', 'pilots.initiatorOrganisationId')
      .execute();
    assert.equal(initiatorAsParticipant.length, 0);
    // Members can sign in: they have an e-mail/password account.
    const accounts = await db.selectFrom('accounts').select('password').where('providerId', '=', 'credential').execute();
    assert.ok(accounts.length >= 50 && accounts.every((row) => row.password?.startsWith('$argon2')));
  });

  it('gives the same titles for the same seed', async () => {
    const result = await seedSynthetic(second.context, { pilots: 300, participations: 500, seed: 7 });
    assert.ok(result.ok);
    const [a, b] = [await titles(first), await titles(second)];
    assert.equal(new Set(a).size > 100, true, 'titles vary');
    assert.deepEqual(b, a);
  });

  it('refuses a database that already holds pilots, unless --append with another seed', async () => {
    const lines: string[] = [];
    const output = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    assert.equal(await seedSyntheticCommand.run(first.context, ['--pilots', '10'], output), 1);
    assert.match(lines.at(-1)!, /already holds pilots/);
    assert.equal(await seedSyntheticCommand.run(first.context, ['--pilots', '10', '--seed', '7', '--append'], output), 1);
    assert.match(lines.at(-1)!, /already in the database/);
    assert.equal(await seedSyntheticCommand.run(first.context, ['--pilots', '10', '--seed', '8', '--append'], output), 0);
    assert.match(lines.at(-1)!, /^Done in .* 10 pilots, 100 participations/);
    assert.equal((await titles(first)).length, 310);
    assert.equal(await seedSyntheticCommand.run(first.context, ['--pilots', 'many'], output), 2);
  });
});
