// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { adoptionsService } from '../gates/adoptions.service.js';
import { lessonsService } from '../lessons/lessons.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import { anonymousSession, createMember, signIn, type TestMember } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { currentUserOf } from '../test-support/team-fixtures.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { contentWords } from './search-aid.service.js';

describe('search aid (/search-aid)', () => {
  let testApp: TestApp;
  let chargingId: number;
  let otherId: number;
  let member: TestMember;
  const problem = 'Bewoners willen hun elektrische auto opladen maar er zijn te weinig oplaadpunten in de wijk';
  const url = `/search-aid?q=${encodeURIComponent(problem)}`;

  before(async () => {
    testApp = await startTestApp();
    const context = testApp.context;
    chargingId = await buildPilot(context, {
      initiator: 'GM0193',
      title: 'Snellaadpalen op parkeerterreinen aan de rand van de stad',
      summary: 'Zwolle plaatst snellaadpalen op transferia zodat forenzen hun elektrische auto kunnen laden.',
      themes: ['mobility', 'sustainability'],
      participants: ['GM0344'],
    });
    otherId = await buildPilot(context, { title: 'Digitale inspraak over het bestemmingsplan', summary: 'Inwoners reageren online op plannen voor hun buurt.', themes: ['democracy'] });
    await lessonsService(context).recordLesson(chargingId, { title: 'Betrek de netbeheerder vroeg', body: 'De aansluiting van laadpalen op het net duurde maanden langer dan gepland.', cluster: 'external_parties', phase: 'development', outcome: 'did_not_work', publish: '1' }, null);
    const adopterMember = await createMember(context, { organisation: 'GM0599' });
    const adopted = await adoptionsService(context).record(chargingId, { note: 'Wij gebruiken dezelfde aanpak.' }, await currentUserOf(context, adopterMember));
    assert.ok(adopted.ok, JSON.stringify(adopted));
    member = await createMember(context, { organisation: 'GM0096', name: 'Joost Visser' });
  });
  after(async () => testApp?.close());

  it('shows the empty form to anyone', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/search-aid' });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /<textarea[^>]*name="q"/);
    assert.match(response.body, /<form method="get" action="\/search-aid"/);
  });

  it('refuses empty and too short text with 422 and keeps what was typed', async () => {
    const empty = await testApp.app.inject({ method: 'GET', url: '/search-aid?q=' });
    assert.equal(empty.statusCode, 422);
    assert.match(empty.body, /is verplicht/);
    const short = await testApp.app.inject({ method: 'GET', url: '/search-aid?q=laden' });
    assert.equal(short.statusCode, 422);
    assert.match(short.body, /te kort \(minimaal 10 tekens\)/);
    assert.match(short.body, />laden<\/textarea>/);
    assert.match(short.body, /role="alert"/);
  });

  it('finds the pilot described in other words, says why, with its lesson and its adopting organisations', async () => {
    const response = await testApp.app.inject({ method: 'GET', url });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, new RegExp(`href="/pilots/${chargingId}"`));
    assert.doesNotMatch(body, new RegExp(`href="/pilots/${otherId}"`));
    assert.match(body, /Waarom: /);
    assert.match(body, /Betrek de netbeheerder vroeg/);
    assert.match(body, /Rotterdam/);
    assert.match(body, /Nam het resultaat over van: Snellaadpalen/);
    assert.match(body, /Utrecht/);
    assert.match(body, /Doet mee aan: Snellaadpalen/);
    assert.match(body, /Log in om Snellaadpalen op parkeerterreinen aan de rand van de stad te volgen/, 'a visitor is offered to sign in to follow');
    assert.match(body, new RegExp(`href="/knowledge/contact/pilot/${chargingId}\\?return=`));
    assert.doesNotMatch(body, /test@example\.org/, 'the pilot contact address never appears');
  });

  it('speaks English when asked, with every text translated', async () => {
    const response = await testApp.app.inject({ method: 'GET', url, cookies: { lang: 'en' } });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /What fits your problem/);
    assert.match(response.body, /Why: /);
    assert.doesNotMatch(response.body, /knowledge\.[a-zA-Z]+\.[a-zA-Z]/, 'no untranslated keys');
    const portal = await testApp.app.inject({ method: 'GET', url: '/knowledge', cookies: { lang: 'en' } });
    assert.doesNotMatch(portal.body, /(knowledge|lessons|pilots)\.[a-zA-Z]+\.[a-zA-Z]/, 'no untranslated keys');
  });

  it('caps a very long description instead of refusing it', async () => {
    const long = `${problem} ${'en nog meer woorden over laadpalen '.repeat(300)}`;
    assert.ok(long.length > 5000);
    const response = await testApp.app.inject({ method: 'GET', url: `/search-aid?q=${encodeURIComponent(long)}` });
    assert.equal(response.statusCode, 200);
    assert.match(response.body, new RegExp(`href="/pilots/${chargingId}"`));
  });

  it('offers a visitor a sign-in link back to the results instead of a follow button, and refuses their post', async () => {
    const session = await anonymousSession(testApp.app);
    const page = await session.get(url);
    assert.ok(page.body.includes(`href="/sign-in?return=${encodeURIComponent(url).replace(/&/g, '&amp;')}"`));
    assert.doesNotMatch(page.body, /action="\/search-aid\/follow\//);
    const response = await session.post(`/search-aid/follow/${chargingId}`, { return: url });
    assert.equal(response.statusCode, 401);
  });

  it('refuses a follow without a CSRF token', async () => {
    const response = await testApp.app.inject({ method: 'POST', url: `/search-aid/follow/${chargingId}`, payload: { return: url } });
    assert.equal(response.statusCode, 403);
  });

  it('lets a member follow a pilot from the results and returns to them', async () => {
    const session = await signIn(testApp.app, member.email, member.password);
    assert.match((await session.get(url)).body, new RegExp(`action="/search-aid/follow/${chargingId}"`));
    const response = await session.post(`/search-aid/follow/${chargingId}`, { return: url });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, url);
    const [summary] = await pilotsService(testApp.context).summaries([chargingId]);
    assert.equal(summary?.followerCount, 1);
    const page = await session.get(url);
    assert.match(page.body, /U volgt nu “Snellaadpalen/);
    const outside = await session.post(`/search-aid/follow/${chargingId}`, { return: 'https://evil.example/' });
    assert.equal(outside.headers.location, `/pilots/${chargingId}`);
    assert.equal((await session.post('/search-aid/follow/999999', { return: url })).statusCode, 404);
  });

  it('picks distinct content words for the lesson search', () => {
    assert.deepEqual(contentWords('De laadpalen en een laadpaal voor de wijk', 5), ['laadpalen', 'wijk']);
  });
});

describe('knowledge portal (/knowledge)', () => {
  let testApp: TestApp;
  before(async () => {
    testApp = await startTestApp();
    const pilotId = await buildPilot(testApp.context, {});
    const lessons = lessonsService(testApp.context);
    for (const cluster of ['collaboration', 'collaboration', 'process'] as const) {
      await lessons.recordLesson(pilotId, { title: 'Een les', body: 'Wat we leerden.', cluster, phase: 'idea', outcome: 'worked', publish: '1' }, null);
    }
  });
  after(async () => testApp?.close());

  it('links lessons by cluster with counts, their filters, experts, stories and documents', async () => {
    const response = await testApp.app.inject({ method: 'GET', url: '/knowledge' });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, /3 gepubliceerde lessen/);
    assert.match(body, /href="\/lessons\?cluster=collaboration"[^>]*>[^<]*\(2\)</);
    assert.match(body, /href="\/lessons\?cluster=process"[^>]*>[^<]*\(1\)</);
    for (const href of ['/lessons?phase=scaling', '/lessons?theme=mobility', '/lessons?outcome=did_not_work', '/knowledge/experts', '/knowledge/stories', '/knowledge/documents', '/search-aid']) {
      assert.ok(body.includes(`href="${href}"`), `links ${href}`);
    }
  });

  it('has the same message keys in Dutch and English', async () => {
    const { knowledgeMessages } = await import('./knowledge.messages.js');
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`)) : [prefix];
    assert.deepEqual(keys(knowledgeMessages.en).sort(), keys(knowledgeMessages.nl).sort());
  });
});
