// SPDX-License-Identifier: EUPL-1.2
// Release review: hidden pilots never leak, anonymous posts are refused, bad input never gives a 5xx.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf } from '../test-support/team-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { contactLimit, contactService } from './contact.service.js';
import { expertsService } from './experts.service.js';
import { storiesService } from './stories.service.js';

describe('knowledge portal review', () => {
  let t: TestApp;
  let lead: TestMember;
  let moderator: TestMember;
  let expert: TestMember;
  let member: TestSession;
  let visitor: TestSession;
  let hiddenPilotId: number;
  let hiddenStoryId: number;

  before(async () => {
    t = await startTestApp();
    lead = await createMember(t.context, { name: 'Lotte Lead', organisation: 'GM0193' });
    moderator = await createMember(t.context, { role: 'moderator', organisation: 'GM0363' });
    expert = await createMember(t.context, { name: 'Erik Expert', email: 'erik.secret@utrecht.example', organisation: 'GM0344' });
    await expertsService(t.context).save(await currentUserOf(t.context, expert), { bio: 'Twintig jaar ervaring met aanbesteden van laadpalen.', themes: ['mobility'], tags: ['laadpalen'], offers: ['coaching'] });
    const actor = await currentUserOf(t.context, lead);
    hiddenPilotId = await buildPilot(t.context, { initiator: 'GM0193', actor, phase: 'scaling', title: 'Later verborgen laadplein' });
    const created = await storiesService(t.context).create(hiddenPilotId, { title: 'Verhaal van een verborgen pilot', body: 'Dit verhaal hoort bij een pilot die een moderator later verbergt, dus niemand mag het nog zien.', reusable: 'Het bestek en de afspraken.' }, actor);
    assert.ok(created.ok);
    hiddenStoryId = created.id;
    await pilotsService(t.context).setHidden(hiddenPilotId, { reason: 'Onjuiste gegevens', byUserId: moderator.id });
    const plain = await createMember(t.context, { name: 'Nina \r\nBcc: victim@evil.example', organisation: 'GM0599' });
    member = await signIn(t.app, plain.email, plain.password);
    visitor = await anonymousSession(t.app);
  });
  after(async () => t?.close());

  it('hides the stories of a hidden pilot from the list, the detail page and the counts', async () => {
    assert.equal((await visitor.get(`/knowledge/stories/${hiddenStoryId}`)).statusCode, 404);
    assert.equal((await member.get(`/knowledge/stories/${hiddenStoryId}`)).statusCode, 404);
    assert.doesNotMatch((await visitor.get('/knowledge/stories')).body, /Verhaal van een verborgen pilot/);
    assert.equal(await storiesService(t.context).count(), 0);
    const aid = await visitor.get(`/search-aid?q=${encodeURIComponent('Later verborgen laadplein voor elektrische auto’s')}`);
    assert.equal(aid.statusCode, 200);
    assert.doesNotMatch(aid.body, new RegExp(`/pilots/${hiddenPilotId}["/#?]`), 'the search aid leaves hidden pilots out');
    const mod = await signIn(t.app, moderator.email, moderator.password);
    assert.equal((await mod.get(`/knowledge/stories/${hiddenStoryId}`)).statusCode, 200, 'moderators still see it');
  });

  it('refuses every anonymous post with 401 and changes nothing', async () => {
    for (const url of [`/knowledge/contact/expert/${expert.id}`, '/knowledge/experts/me', '/knowledge/experts/me/remove', `/pilots/${hiddenPilotId}/stories`, `/search-aid/follow/${hiddenPilotId}`]) {
      const response = await visitor.post(url, { message: 'Een bericht van een bezoeker.', bio: 'x'.repeat(40), title: 'Titel', body: 'x'.repeat(60), reusable: 'x'.repeat(20) });
      assert.equal(response.statusCode, 401, url);
    }
    assert.equal(t.outbox().length, 0);
    assert.ok(await expertsService(t.context).find(expert.id), 'the profile stays');
  });

  it('refuses contact with a hidden pilot as an unknown one', async () => {
    assert.equal((await member.get(`/knowledge/contact/pilot/${hiddenPilotId}`)).statusCode, 404);
    assert.equal((await member.post(`/knowledge/contact/pilot/${hiddenPilotId}`, { message: 'Hallo team, ik heb een vraag.' })).statusCode, 404);
    assert.equal(t.outbox().length, 0);
  });

  it('keeps a sender name with a line break out of the mail headers and the address out of the reply', async () => {
    const response = await member.post(`/knowledge/contact/expert/${expert.id}`, { message: 'Mag ik u iets vragen over laadpalen?', return: '/knowledge/experts' });
    assert.equal(response.statusCode, 303);
    assert.doesNotMatch(JSON.stringify(response.headers), /erik\.secret/);
    const followed = await member.get(String(response.headers.location));
    assert.doesNotMatch(followed.body, /erik\.secret/);
    const mails = t.outbox();
    assert.equal(mails.length, 1);
    const raw = mails[0]!;
    const headers = raw.slice(0, raw.search(/\r?\n\r?\n/));
    assert.match(headers, /^Subject: Bericht van Nina/m);
    assert.doesNotMatch(headers, /^bcc:/im, 'no header injected through the name');
  });

  it(`sends at most ${contactLimit.max} messages an hour even when they arrive at the same moment`, async () => {
    const burst = await createMember(t.context, { organisation: 'GM0599' });
    const sender = await currentUserOf(t.context, burst);
    const sentBefore = t.outbox().length;
    const results = await Promise.all(Array.from({ length: contactLimit.max + 6 }, () => contactService(t.context).send('expert', expert.id, 'Een vraag over laadpalen en aanbesteden.', sender)));
    const sent = results.filter((result) => result.ok).length;
    assert.ok(sent <= contactLimit.max, `${sent} sent`);
    assert.equal(t.outbox().length - sentBefore, sent);
  });

  const badRequests: { url: string; note: string }[] = [
    { url: '/knowledge/experts?page=-1', note: 'negative page' },
    { url: '/knowledge/experts?page=abc', note: 'page not a number' },
    { url: '/knowledge/experts?page=99999999999999999999', note: 'huge page' },
    { url: '/knowledge/experts?theme=nonsense&offer=everything', note: 'unknown filters' },
    { url: `/knowledge/experts?tag=${'x'.repeat(5000)}`, note: 'very long tag' },
    { url: '/knowledge/experts?page=1&page=2', note: 'repeated parameter' },
    { url: '/knowledge/stories?page=-1', note: 'negative story page' },
    { url: '/knowledge/stories?page=1e9', note: 'huge story page' },
    { url: '/knowledge/stories/abc', note: 'story id not a number' },
    { url: '/knowledge/stories/99999999999999999999', note: 'story id too large' },
    { url: '/search-aid?q=', note: 'empty problem' },
    { url: '/search-aid?q=%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80%F0%9F%98%80', note: 'only emoji' },
    { url: '/search-aid?q=a&q=b', note: 'repeated problem' },
    { url: `/search-aid?q=${encodeURIComponent('\u0000'.repeat(30))}`, note: 'control characters' },
    { url: '/knowledge/contact/pilot/abc', note: 'pilot id not a number' },
    { url: '/knowledge/contact/pilot/-5', note: 'negative pilot id' },
    { url: '/knowledge/contact/pilot/99999999999', note: 'pilot id beyond the integer range' },
    { url: '/knowledge/contact/pilot/1e3', note: 'pilot id in exponent notation' },
    { url: `/knowledge/contact/expert/${'x'.repeat(300)}`, note: 'very long expert id' },
  ];

  for (const { url, note } of badRequests) {
    it(`answers bad input without a server error: ${note}`, async () => {
      const response = await member.get(url);
      assert.ok(response.statusCode < 500, `${url}: ${response.statusCode}`);
    });
  }

  it('saves a profile whose form repeats a theme or an offer, once', async () => {
    const response = await member.post('/knowledge/experts/me', { bio: 'Ik help graag met aanbesteden van laadpalen.', themes: ['mobility', 'mobility'], offers: ['coaching', 'coaching'], tags: 'laadpalen, Laadpalen' });
    assert.equal(response.statusCode, 303);
    const repeated = await member.post('/knowledge/experts/me', { bio: 'Ik help graag met aanbesteden van laadpalen.', themes: 'mobility', tags: ['laadpalen', 'laadpalen', ' Aanbesteden'] });
    assert.equal(repeated.statusCode, 303, 'a repeated tags field');
    const page = await member.get('/knowledge/experts?theme=mobility&tag=aanbesteden');
    assert.match(page.body, /Ik help graag met aanbesteden van laadpalen\./);
  });

  it('refuses bad form input with a 4xx, never a 5xx', async () => {
    const posts: [string, Record<string, string | string[]>][] = [
      ['/knowledge/experts/me', { bio: 'x'.repeat(5000), themes: 'nonsense', offers: ['coaching', 'coaching', 'support'], tags: ',,,' }],
      ['/knowledge/experts/me', { bio: '😀'.repeat(30), themes: ['mobility', 'mobility'], tags: 'a'.repeat(100) }],
      ['/knowledge/experts/me', { bio: ['twee', 'waarden'] }],
      [`/knowledge/contact/expert/${expert.id}`, { message: 'x'.repeat(20_000) }],
      [`/knowledge/contact/expert/${expert.id}`, { message: ['een', 'twee'] }],
      [`/knowledge/contact/pilot/abc`, { message: 'Hallo, een vraag.' }],
      ['/search-aid/follow/abc', {}],
    ];
    for (const [url, fields] of posts) {
      const response = await member.post(url, fields);
      assert.ok(response.statusCode >= 400 && response.statusCode < 500, `${url} ${JSON.stringify(fields).slice(0, 60)}: ${response.statusCode}`);
    }
  });
});
