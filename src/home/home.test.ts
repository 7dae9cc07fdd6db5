// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { organisationsService } from '../organisations/organisations.service.js';
import { participationService } from '../participation/participation.service.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { statsService } from './stats.service.js';

describe('home page and national numbers', () => {
  let t: TestApp;
  let mobilityPilot: number;

  before(async () => {
    t = await startTestApp();
    const c = t.context;
    mobilityPilot = await buildPilot(c, { title: 'Slimme verkeerslichten', summary: 'Verkeerslichten die fietsers eerder groen geven bij regen.', themes: ['mobility', 'safety'], phase: 'idea' });
    await buildPilot(c, { title: 'Wijkteams met één loket', summary: 'Eén aanspreekpunt voor inwoners met vragen over zorg en werk.', themes: ['social_domain'], initiator: 'GM0599', participants: ['GM0363'] });
    // Not counted: hidden, draft, a company pilot past its deadline (with its own municipality nowhere else).
    await buildPilot(c, { title: 'Verborgen pilot', summary: 'Een pilot die een moderator heeft verborgen.', initiator: 'GM0014', themes: ['mobility'], hidden: true });
    await buildPilot(c, { title: 'Conceptpilot', summary: 'Een pilot die nog een concept is en niet meetelt.', initiator: 'GM0034', draft: true });
    await buildPilot(c, { title: 'Pilot van een bedrijf', summary: 'Een bedrijf zonder deelnemende gemeente na een maand.', initiator: 'Bedrijf zonder gemeente', pastMunicipalityDeadline: true });
  });
  after(async () => t.close());

  it('counts listed pilots, distinct municipalities taking part, and pilots per phase and theme', async () => {
    const stats = await statsService(t.context).national();
    assert.equal(stats.pilotsListed, 2);
    // Utrecht (initiator), Rotterdam (initiator), Amsterdam (participant).
    assert.equal(stats.municipalitiesTakingPart, 3);
    assert.deepEqual(stats.byPhase, { idea: 1, development: 1, implementation: 0, scaling: 0 });
    assert.equal(stats.byTheme.mobility, 1);
    assert.equal(stats.byTheme.safety, 1);
    assert.equal(stats.byTheme.social_domain, 1);
    assert.equal(stats.byTheme.democracy, 0);
    // The draft and the expired company pilot have this theme; neither counts.
    assert.equal(stats.byTheme.service_delivery, 0);
  });

  it('shows the live headline, the counts as tables with links, a search box and the newest pilots', async () => {
    const response = await t.app.inject({ url: '/' });
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, /3 gemeenten doen mee aan 2 pilots/);
    assert.match(body, /<caption class="utrecht-table__caption">Pilots per fase<\/caption>/);
    assert.match(body, /<a class="utrecht-link" href="\/pilots\?phase=idea">Idee<\/a><\/th><td[^>]*>1<\/td>/);
    assert.match(body, /<a class="utrecht-link" href="\/pilots\?theme=mobility">Mobiliteit<\/a><\/th><td[^>]*>1<\/td>/);
    assert.match(body, /<form method="get" action="\/pilots" role="search"/);
    assert.match(body, /<input[^>]*id="home-q"[^>]*name="q"[^>]*type="search"/);
    assert.match(body, /Slimme verkeerslichten/);
    assert.match(body, /Wijkteams met één loket/);
    assert.doesNotMatch(body, /Verborgen pilot|Conceptpilot|Pilot van een bedrijf/);
    assert.match(body, /href="\/pilots\/new"/);
  });

  it('changes the numbers as soon as a municipality joins', async () => {
    const groningen = await organisationsService(t.context.db).findByCbsCode('GM0014');
    await participationService(t.context).addParticipantsBulk([{ pilotId: mobilityPilot, organisationId: groningen!.id }]);
    const body = (await t.app.inject({ url: '/' })).body;
    assert.match(body, /4 gemeenten doen mee aan 2 pilots/);
  });

  it('uses the singular and English wording', async () => {
    const english = (await t.app.inject({ url: '/', cookies: { lang: 'en' } })).body;
    assert.match(english, /4 municipalities take part in 2 pilots/);
    const empty = await startTestApp();
    try {
      await buildPilot(empty.context, { title: 'De enige pilot', summary: 'Een pilot die als enige op het platform staat.' });
      assert.match((await empty.app.inject({ url: '/' })).body, /1 gemeente doet mee aan 1 pilot/);
      assert.match((await empty.app.inject({ url: '/', cookies: { lang: 'en' } })).body, /1 municipality takes part in 1 pilot/);
    } finally {
      await empty.close();
    }
  });
});
