// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { participationService } from '../participation/participation.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import { createMember } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { organisationsService } from './organisations.service.js';

describe('organisation pages', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp();
    const c = t.context;
    await buildPilot(c, { title: 'Groene daken in Utrecht', summary: 'Utrecht stimuleert groene daken op bedrijfspanden en scholen.' });
    await buildPilot(c, { title: 'Rotterdamse deelfietsen', summary: 'Deelfietsen bij stations, met Utrecht als deelnemer.', initiator: 'GM0599', participants: ['GM0344'] });
    const followed = await buildPilot(c, { title: 'Amsterdamse buurtbudgetten', summary: 'Bewoners beslissen zelf over een deel van het buurtbudget.', initiator: 'GM0363' });
    await buildPilot(c, { title: 'Verborgen pilot van Utrecht', summary: 'Deze pilot is verborgen en mag nergens verschijnen.', hidden: true });
    // Twelve pilots of one company, to page through its "initiated" list (10 per page).
    for (let n = 1; n <= 12; n += 1) {
      await buildPilot(c, { title: `Bedrijfspilot ${String(n).padStart(2, '0')}`, summary: 'Een pilot van een bedrijf met een deelnemende gemeente.', initiator: 'Paginabedrijf', participants: ['GM0014'], publishedAt: `2025-01-${String(n).padStart(2, '0')}T10:00:00.000Z` });
    }
    const member = await createMember(c, { organisation: 'GM0344' });
    const utrecht = (await organisationsService(c.db).findByCbsCode('GM0344'))!;
    const actor: CurrentUser = {
      id: member.id,
      name: member.name,
      email: member.email,
      emailVerified: true,
      role: 'member',
      organisation: { id: utrecht.id, name: utrecht.name, slug: utrecht.slug, type: utrecht.type },
    };
    const followResult = await participationService(c).follow(followed, actor);
    assert.ok(followResult.ok);
  });
  after(async () => t.close());

  const get = (url: string) => t.app.inject({ url });

  it('lists the pilots an organisation initiates, joins and follows, each in its own section', async () => {
    const response = await get('/organisations/utrecht');
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, /<h1 class="utrecht-heading-1">Utrecht<\/h1>/);
    assert.match(body, /Provincie<\/dt><dd>Utrecht<\/dd>/);
    const section = (id: string) => body.slice(body.indexOf(`id="${id}"`), body.indexOf('</section>', body.indexOf(`id="${id}"`)));
    assert.match(section('initiated'), /Pilots die Utrecht startte/);
    assert.match(section('initiated'), /Groene daken in Utrecht/);
    assert.doesNotMatch(section('initiated'), /Verborgen pilot/);
    assert.match(section('joined'), /Rotterdamse deelfietsen/);
    assert.doesNotMatch(section('joined'), /Groene daken/);
    assert.match(section('followed'), /Amsterdamse buurtbudgetten/);
    assert.match(body, /href="\/pilots\?municipality=GM0344"/);
  });

  it('links to the organisation\'s dashboard', async () => {
    const body = (await get('/organisations/amsterdam')).body;
    assert.match(body, /<a class="utrecht-link" href="\/organisations\/amsterdam\/dashboard">Dashboard van Amsterdam/);
  });

  it('says so when a list is empty', async () => {
    const body = (await get('/organisations/amsterdam')).body;
    assert.match(body, /Amsterdam doet nog niet mee aan pilots op Pilotstarter/);
    assert.match(body, /Medewerkers van Amsterdam volgen nog geen pilots/);
  });

  it('pages each list separately, keeping the other lists where they were', async () => {
    const first = (await get('/organisations/paginabedrijf')).body;
    assert.match(first, /12 pilots/);
    assert.match(first, /Bedrijfspilot 12/);
    assert.doesNotMatch(first, /Bedrijfspilot 02/);
    assert.match(first, /rel="next" href="\/organisations\/paginabedrijf\?ip=2#initiated"/);
    const second = (await get('/organisations/paginabedrijf?ip=2')).body;
    assert.match(second, /Bedrijfspilot 02/);
    assert.match(second, /Bedrijfspilot 01/);
    assert.doesNotMatch(second, /Bedrijfspilot 03/);
    assert.match(second, /href="\/organisations\/paginabedrijf\?ip=2#initiated" aria-current="page"/);
    // A page number that makes no sense shows the first page.
    assert.equal((await get('/organisations/paginabedrijf?ip=abc&jp=-3')).statusCode, 200);
  });

  it('answers an unknown organisation with 404', async () => {
    const response = await get('/organisations/bestaat-niet');
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /Pagina niet gevonden/);
  });

  it('lists organisations, searchable by name and filtered by kind and province', async () => {
    const all = await get('/organisations');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /organisaties gevonden/);
    const byName = (await get('/organisations?q=utrecht')).body;
    assert.match(byName, /href="\/organisations\/utrecht">Utrecht<\/a>/);
    assert.doesNotMatch(byName, /href="\/organisations\/rotterdam"/);
    const companies = (await get('/organisations?type=company')).body;
    assert.match(companies, /Paginabedrijf/);
    assert.doesNotMatch(companies, /href="\/organisations\/utrecht"/);
    const groningen = (await get('/organisations?province=PV20&type=municipality')).body;
    assert.match(groningen, /href="\/organisations\/groningen"/);
    assert.doesNotMatch(groningen, /href="\/organisations\/utrecht"/);
    const odd = await get('/organisations?type=spaceship&page=zero');
    assert.equal(odd.statusCode, 200);
    assert.match(odd.body, /konden we niet gebruiken/);
  });

  it('pages the directory', async () => {
    const body = (await get('/organisations?type=municipality&page=2')).body;
    assert.match(body, /342 organisaties gevonden/);
    assert.match(body, /rel="prev" href="\/organisations\?type=municipality"/);
    assert.match(body, /rel="next" href="\/organisations\?type=municipality&page=3"/);
  });
});
