// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { signIn } from '../test-support/accounts.js';
import { accountsModule } from './index.js';
import { accountsService } from './accounts.service.js';

function capture() {
  const lines = { log: [] as string[], error: [] as string[] };
  return { lines, output: { log: (line: string) => lines.log.push(line), error: (line: string) => lines.error.push(line) } };
}

describe('operator commands', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());
  const command = (name: string) => accountsModule.commands![name]!;

  it('user:create makes a verified moderator who can sign in with the given password', async () => {
    const { lines, output } = capture();
    const code = await command('user:create').run(
      t.context,
      ['--email', 'Mod@Example.test', '--name', 'Mo Derator', '--organisation', 'GM0344', '--role', 'moderator', '--password', 'operator chosen pw'],
      output,
    );
    assert.equal(code, 0, lines.error.join('\n'));
    const user = await t.context.db.selectFrom('users').selectAll().where('email', '=', 'mod@example.test').executeTakeFirstOrThrow();
    assert.equal(user.role, 'moderator');
    assert.equal(Boolean(user.emailVerified), true);
    await signIn(t.app, 'mod@example.test', 'operator chosen pw');
  });

  it('user:create prints a generated password when none is given, and accepts an organisation name', async () => {
    const { lines, output } = capture();
    const code = await command('user:create').run(t.context, ['--email', 'admin@example.test', '--name', 'Ad Min', '--organisation', 'Rotterdam', '--role', 'admin'], output);
    assert.equal(code, 0);
    const password = lines.log.find((line) => line.startsWith('Password: '))?.slice('Password: '.length);
    assert.ok(password && password.length >= 20);
    await signIn(t.app, 'admin@example.test', password);
    const user = await t.context.db.selectFrom('users').select('role').where('email', '=', 'admin@example.test').executeTakeFirstOrThrow();
    assert.equal(user.role, 'admin');
  });

  it('user:create exits 2 with a clear message for an unknown organisation, and writes nothing', async () => {
    const { lines, output } = capture();
    const code = await command('user:create').run(t.context, ['--email', 'x@example.test', '--name', 'X', '--organisation', 'Atlantis'], output);
    assert.equal(code, 2);
    assert.match(lines.error.join('\n'), /Organisation not found: "Atlantis"/);
    assert.equal(await accountsService(t.context).findUserByEmail('x@example.test'), undefined);
  });

  it('user:create exits 2 on missing flags or an unknown role, and 1 for a taken address', async () => {
    assert.equal(await command('user:create').run(t.context, ['--email', 'y@example.test'], capture().output), 2);
    assert.equal(await command('user:create').run(t.context, ['--email', 'y@example.test', '--name', 'Y', '--organisation', 'GM0599', '--role', 'king'], capture().output), 2);
    assert.equal(await command('user:create').run(t.context, ['--bogus'], capture().output), 2);
    assert.equal(await command('user:create').run(t.context, ['--email', 'mod@example.test', '--name', 'Again', '--organisation', 'GM0599'], capture().output), 1);
  });

  it('token:create prints only a working token on stdout', async () => {
    const { lines, output } = capture();
    const code = await command('token:create').run(t.context, ['--email', 'mod@example.test', '--name', 'Koppeling'], output);
    assert.equal(code, 0);
    assert.equal(lines.log.length, 1);
    assert.match(lines.log[0]!, /^ps_[\w-]{43}$/);
    const user = await accountsService(t.context).authenticateApiToken(lines.log[0]!);
    assert.equal(user?.email, 'mod@example.test');
    const stored = await t.context.db.selectFrom('apiTokens').select('name').where('userId', '=', user!.id).executeTakeFirstOrThrow();
    assert.equal(stored.name, 'Koppeling');
  });

  it('token:create exits 1 for an unknown address', async () => {
    const { lines, output } = capture();
    assert.equal(await command('token:create').run(t.context, ['--email', 'nobody@example.test'], output), 1);
    assert.equal(lines.log.length, 0);
  });
});
