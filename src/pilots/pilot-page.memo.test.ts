// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { withLoadedPilot } from './pilot-page.memo.js';
import { pilotsService } from './pilots.service.js';
import { savedPilotId, validPilotFields } from './pilots.test-fixtures.js';

describe('the pilot page hands its loaded pilot to its sections', () => {
  let t: TestApp;
  let session: TestSession;
  let first: number;
  let second: number;

  before(async () => {
    t = await startTestApp();
    const author = await createMember(t.context, { organisation: 'GM0599' });
    session = await signIn(t.app, author.email, author.password);
    first = savedPilotId(await session.post('/pilots', validPilotFields({ action: 'publish', title: 'Laadpalen bij buurthuizen voor elektrische deelauto’s' })));
    second = savedPilotId(
      await session.post('/pilots', validPilotFields({ action: 'publish', title: 'Laadpalen op parkeerterreinen voor elektrische auto’s van inwoners' })),
    );
  });
  after(async () => t.close());

  it('answers findById for that pilot with a copy of the page’s load, and reads the database for any other', async () => {
    const pilots = pilotsService(t.context);
    const loaded = (await pilots.findById(first))!;
    const stand = { ...loaded, title: 'Titel zoals de pagina hem laadde' };
    await withLoadedPilot(stand, async () => {
      const again = (await pilots.findById(first))!;
      assert.equal(again.title, 'Titel zoals de pagina hem laadde');
      again.tags.push('door een sectie veranderd');
      assert.deepEqual((await pilots.findById(first))!.tags, loaded.tags, 'a section changing its copy changes nobody else’s');
      assert.match((await pilots.findById(second))!.title, /parkeerterreinen/);
    });
    assert.equal((await pilots.findById(first))!.title, loaded.title, 'outside the page the database answers');
  });

  it('still renders the sections that load the pilot themselves (participants, similar pilots)', async () => {
    const visitor = await anonymousSession(t.app);
    const response = await visitor.get(`/pilots/${first}`);
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /Deelnemende organisaties/);
    assert.match(response.body, /Vergelijkbare pilots/);
    assert.match(response.body, /Laadpalen op parkeerterreinen voor elektrische auto’s van inwoners/);
  });

  it('keeps nothing between requests: a pilot hidden after a visit is gone on the next', async () => {
    const visitor = await anonymousSession(t.app);
    assert.equal((await visitor.get(`/pilots/${second}`)).statusCode, 200);
    const moderator = await createMember(t.context, { role: 'moderator' });
    await pilotsService(t.context).setHidden(second, { reason: 'Test van verbergen', byUserId: moderator.id });
    assert.equal((await visitor.get(`/pilots/${second}`)).statusCode, 404);
  });
});
