// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createMember, signIn } from '../test-support/accounts.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { pilotSearchRepository, type PilotSearchCriteria } from './pilots-search.repository.js';
import { pilotSearchService } from './pilots-search.service.js';
import { phases } from './pilots.tables.js';
import { savedPilotId, validPilotFields } from './pilots.test-fixtures.js';

describe('the exact total of the unfiltered pilot list', () => {
  let t: TestApp;
  const ids: number[] = [];
  const day = 24 * 60 * 60 * 1000;
  const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

  const criteria = (now: string, filters: Partial<PilotSearchCriteria> = {}): PilotSearchCriteria => ({
    match: null, themes: [], phases: [], statuses: [], involvedOrganisationIds: [], sort: 'newest', limit: 20, offset: 0, now, ...filters,
  });
  // The general filtered count (every phase is no filter at all in effect), against which the fast path is checked.
  const generalCount = (now: string) => pilotSearchRepository(t.context.db, t.context.dbKind).count(criteria(now, { phases: [...phases] }));
  const fastCount = (now: string) => pilotSearchRepository(t.context.db, t.context.dbKind).count(criteria(now));

  before(async () => {
    t = await startTestApp();
    const author = await createMember(t.context, { organisation: 'GM0599' });
    const session = await signIn(t.app, author.email, author.password);
    for (let index = 0; index < 6; index += 1) {
      ids.push(savedPilotId(await session.post('/pilots', validPilotFields({ action: 'publish', title: `Proef met slimme lantaarnpalen in wijk ${index + 1}` }))));
    }
    const [draft, hidden, waiting, expired, joinedLate] = ids;
    const update = (id: number, values: Record<string, unknown>) => t.context.db.updateTable('pilots').set(values).where('id', '=', id).execute();
    await update(draft!, { state: 'draft' });
    await update(hidden!, { hiddenAt: inDays(-1), hiddenReason: 'Test' });
    // Waiting for a municipality: listed until the deadline, gone after it unless one takes part.
    await update(waiting!, { municipalityCount: 0, municipalityDeadline: inDays(3) });
    await update(expired!, { municipalityCount: 0, municipalityDeadline: inDays(-3) });
    await update(joinedLate!, { municipalityCount: 1, municipalityDeadline: inDays(-3) });
  });
  after(async () => t.close());

  it('counts only listed pilots, the same as the general filtered count', async () => {
    const now = new Date().toISOString();
    // Listed: waiting (deadline ahead), joinedLate (a municipality takes part), and the sixth, untouched pilot.
    assert.equal(await fastCount(now), 3);
    assert.equal(await generalCount(now), 3);
    const result = await pilotSearchService(t.context).search({});
    assert.equal(result.total, 3);
    assert.equal(result.items.length, 3);
  });

  it('drops a waiting pilot from the total once its deadline has passed, and keeps it when a municipality joins', async () => {
    const afterDeadline = inDays(4);
    assert.equal(await fastCount(afterDeadline), 2);
    assert.equal(await generalCount(afterDeadline), 2);
    await t.context.db.updateTable('pilots').set({ municipalityCount: 1 }).where('id', '=', ids[2]!).execute();
    assert.equal(await fastCount(afterDeadline), 3);
    assert.equal(await generalCount(afterDeadline), 3);
  });
});
