// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anonymousSession, createMember, signIn, type TestMember } from '../test-support/accounts.js';
import { currentUserOf } from '../test-support/team-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { expertsPageSize, expertsService } from './experts.service.js';

describe('expert pool (/knowledge/experts)', () => {
  let testApp: TestApp;
  let expert: TestMember;
  let other: TestMember;

  before(async () => {
    testApp = await startTestApp();
    expert = await createMember(testApp.context, { name: 'Fatima El Amrani', email: 'fatima.private@utrecht.example', organisation: 'GM0344' });
    other = await createMember(testApp.context, { name: 'Kees de Boer', email: 'kees.private@zwolle.example', organisation: 'GM0193' });
  });
  after(async () => testApp?.close());

  it('sends a visitor to sign in before editing a profile', async () => {
    const session = await anonymousSession(testApp.app);
    const page = await session.get('/knowledge/experts/me');
    assert.equal(page.statusCode, 303);
    assert.equal(page.headers.location, `/sign-in?return=${encodeURIComponent('/knowledge/experts/me')}`);
    const post = await session.post('/knowledge/experts/me', { bio: 'x'.repeat(30) });
    assert.equal(post.statusCode, 401, 'a post without a member is refused');
  });

  it('refuses a too short bio with 422 and keeps every value', async () => {
    const session = await signIn(testApp.app, expert.email, expert.password);
    const response = await session.post('/knowledge/experts/me', { bio: 'Kort', tags: 'aanbesteden, privacy', themes: ['mobility'], offers: ['coaching'] });
    assert.equal(response.statusCode, 422);
    assert.match(response.body, /Over u is te kort/);
    assert.match(response.body, /value="aanbesteden, privacy"/);
    assert.match(response.body, />Kort<\/textarea>/);
    assert.match(response.body, /value="mobility" checked/);
    assert.match(response.body, /value="coaching" checked/);
  });

  it('saves a profile and lists it with themes, tags and offers, never the e-mail address', async () => {
    const session = await signIn(testApp.app, expert.email, expert.password);
    const saved = await session.post('/knowledge/experts/me', { bio: 'Tien jaar ervaring met laadinfrastructuur en aanbesteden.', tags: 'Aanbesteden, laadpalen, aanbesteden', themes: ['mobility', 'sustainability'], offers: ['coaching'] });
    assert.equal(saved.statusCode, 303);
    assert.equal(saved.headers.location, '/knowledge/experts/me');
    const list = await session.get('/knowledge/experts');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Fatima El Amrani/);
    assert.match(list.body, /Utrecht/);
    assert.match(list.body, /Expertise: aanbesteden, laadpalen</);
    assert.match(list.body, /Biedt aan: Coaching</);
    assert.match(list.body, /Bewerk uw expertprofiel/);
    assert.match(list.body, new RegExp(`href="/knowledge/contact/expert/${expert.id}\\?return=`));
    assert.doesNotMatch(list.body, /private@/);
    const anonymous = await testApp.app.inject({ method: 'GET', url: '/knowledge/experts' });
    assert.doesNotMatch(anonymous.body, /private@/);
  });

  it('filters by theme, tag and offer', async () => {
    await expertsService(testApp.context).save(await currentUserOf(testApp.context, other), { bio: 'Ik weet veel van participatie en inspraak.', themes: ['democracy'], tags: ['inspraak'], offers: ['support'] });
    const names = async (query: string) => {
      const body = (await testApp.app.inject({ method: 'GET', url: `/knowledge/experts?${query}` })).body;
      return ['Fatima El Amrani', 'Kees de Boer'].filter((name) => body.includes(name));
    };
    assert.deepEqual(await names(''), ['Fatima El Amrani', 'Kees de Boer']);
    assert.deepEqual(await names('theme=mobility'), ['Fatima El Amrani']);
    assert.deepEqual(await names('tag=Inspraak'), ['Kees de Boer']);
    assert.deepEqual(await names('offer=coaching'), ['Fatima El Amrani']);
    assert.deepEqual(await names('offer=support&theme=mobility'), []);
    // An unknown filter value shows everything rather than an error.
    assert.deepEqual(await names('theme=nonsense'), ['Fatima El Amrani', 'Kees de Boer']);
  });

  it('paginates the pool', async () => {
    const experts = expertsService(testApp.context);
    for (let i = 0; i < expertsPageSize; i += 1) {
      const member = await createMember(testApp.context, { name: `Expert ${String(i).padStart(2, '0')}` });
      await experts.save(await currentUserOf(testApp.context, member), { bio: 'Een expert met ervaring in pilots.', themes: [], tags: [], offers: [] });
    }
    const first = await testApp.app.inject({ method: 'GET', url: '/knowledge/experts' });
    assert.match(first.body, /22 experts/);
    assert.match(first.body, /Pagina 1 van 2/);
    assert.equal((first.body.match(/class="ps-card ps-expert"/g) ?? []).length, expertsPageSize);
    const second = await testApp.app.inject({ method: 'GET', url: '/knowledge/experts?page=2' });
    assert.equal((second.body.match(/class="ps-card ps-expert"/g) ?? []).length, 2);
  });

  it('lets a member leave the pool', async () => {
    const session = await signIn(testApp.app, other.email, other.password);
    const response = await session.post('/knowledge/experts/me/remove', {});
    assert.equal(response.statusCode, 303);
    assert.equal(await expertsService(testApp.context).find(other.id), undefined);
    const list = await session.get('/knowledge/experts');
    const main = list.body.slice(list.body.indexOf('<main'));
    assert.doesNotMatch(main, /Kees de Boer/);
    assert.match(list.body, /Meld u aan als expert/);
  });
});
