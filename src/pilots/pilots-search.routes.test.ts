// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { buildPilot } from '../test-support/pilot-factory.js';

describe('GET /pilots', () => {
  let t: TestApp;

  before(async () => {
    t = await startTestApp();
    const c = t.context;
    await buildPilot(c, { title: 'Snellaadpalen in de wijk', summary: 'Bewoners kiezen samen waar de snelladers voor auto’s komen.', themes: ['mobility'], phase: 'idea', publishedAt: '2025-01-01T10:00:00.000Z' });
    await buildPilot(c, {
      title: 'Elektrisch rijden stimuleren',
      summary: 'We plaatsen extra laadpalen bij flats zodat meer bewoners elektrisch rijden.',
      themes: ['mobility'],
      initiator: 'GM0599',
      participants: ['GM0344'],
      publishedAt: '2025-02-01T10:00:00.000Z',
    });
    await buildPilot(c, { title: 'Schuldhulpverlening dichtbij', summary: 'Inwoners met geldzorgen krijgen sneller hulp in de wijk.', themes: ['social_domain'], publishedAt: '2025-03-01T10:00:00.000Z' });
    await buildPilot(c, { title: 'Laadpaal die verborgen is', summary: 'Deze pilot is verborgen door een moderator.', themes: ['mobility'], hidden: true });
  });
  after(async () => t.close());

  const get = (url: string, cookies: Record<string, string> = {}) => t.app.inject({ url, cookies });

  it('shows a labelled search box, filters, sort and the matching pilots with a count', async () => {
    const response = await get('/pilots?q=laadpaal');
    assert.equal(response.statusCode, 200);
    const body = response.body;
    assert.match(body, /<label class="utrecht-form-label" for="list-q">Zoek op woorden<\/label>/);
    assert.match(body, /<input[^>]*id="list-q"[^>]*name="q"[^>]*type="search"[^>]*value="laadpaal"/);
    assert.match(body, /2 pilots gevonden/);
    assert.match(body, /Snellaadpalen in de wijk/);
    assert.match(body, /Elektrisch rijden stimuleren/);
    assert.doesNotMatch(body, /Schuldhulpverlening dichtbij/);
    assert.doesNotMatch(body, /Laadpaal die verborgen is/);
    assert.match(body, /<legend[^>]*>Thema<\/legend>/);
    assert.match(body, /name="theme" value="mobility"/);
    assert.match(body, /<select[^>]*id="list-sort"[^>]*name="sort"/);
    assert.match(body, /<button class="utrecht-button utrecht-button--primary-action" type="submit">Zoeken<\/button>/);
    // A card: initiator link and how many take part and follow.
    assert.match(body, /href="\/organisations\/rotterdam"/);
    assert.match(body, /2 gemeenten doen mee · 0 volgen/);
  });

  it('uses the singular for one result and speaks English when asked', async () => {
    assert.match((await get('/pilots?q=schuldhulp')).body, /1 pilot gevonden/);
    const english = await get('/pilots?q=schuldhulp', { lang: 'en' });
    assert.match(english.body, /1 pilot found/);
    assert.match(english.body, /1 municipality takes part · 0 follow/);
  });

  it('ignores values it cannot use and says so, instead of failing', async () => {
    const response = await get('/pilots?theme=teleportation&page=abc&pageSize=-1&sort=random');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /overgeslagen: thema, sortering, pagina, aantal per pagina/);
    assert.match(response.body, /3 pilots gevonden/);
  });

  it('keeps the valid values next to the ignored ones', async () => {
    const response = await get('/pilots?theme=mobility&theme=teleportation');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /overgeslagen: thema/);
    assert.match(response.body, /2 pilots gevonden/);
  });

  it('sends a form submission with empty fields on to its clean, stable address', async () => {
    const response = await get('/pilots?q=laadpaal&theme=mobility&municipality=&province=&organisationType=&purpose=&sort=relevance');
    assert.equal(response.statusCode, 302);
    assert.equal(response.headers.location, '/pilots?q=laadpaal&theme=mobility');
  });

  it('takes a municipality by name and puts its CBS code in the address', async () => {
    const response = await get('/pilots?municipality=Utrecht');
    assert.equal(response.statusCode, 302);
    assert.equal(response.headers.location, '/pilots?municipality=GM0344');
    const page = await get('/pilots?municipality=GM0344');
    // Utrecht started two of the listed pilots and takes part in Rotterdam's.
    assert.match(page.body, /3 pilots gevonden/);
    assert.match(page.body, /id="filter-municipality"[^>]*value="Utrecht"/);
    assert.match(page.body, /Gemeente: Utrecht/);
  });

  it('ignores a municipality it does not know', async () => {
    const response = await get('/pilots?municipality=Atlantis');
    assert.equal(response.statusCode, 200);
    assert.match(response.body, /overgeslagen: gemeente/);
    assert.match(response.body, /3 pilots gevonden/);
  });

  it('shows chosen filters as links that remove them', async () => {
    const body = (await get('/pilots?q=laadpaal&theme=mobility')).body;
    assert.match(body, /<a class="utrecht-link ps-active-filter" href="\/pilots\?q=laadpaal"><span class="ps-visually-hidden">Verwijder filter: <\/span><span>Thema: Mobiliteit<\/span>/);
    assert.match(body, /href="\/pilots\?theme=mobility"/);
    assert.match(body, /Alle filters wissen/);
  });

  it('pages with numbered links, rel=prev/next and the current page marked', async () => {
    const body = (await get('/pilots?page=2&pageSize=1')).body;
    assert.match(body, /<a class="utrecht-link ps-list-pagination__step" rel="prev" href="\/pilots\?pageSize=1">Vorige<\/a>/);
    assert.match(body, /<a class="utrecht-link ps-list-pagination__step" rel="next" href="\/pilots\?page=3&pageSize=1">Volgende<\/a>/);
    assert.match(body, /href="\/pilots\?page=2&pageSize=1" aria-current="page"/);
    assert.match(body, /U ziet 2 tot en met 2/);
    assert.match(body, /Elektrisch rijden stimuleren/);
  });

  it('helps when nothing is found', async () => {
    const body = (await get('/pilots?q=onvindbaarwoord&theme=mobility')).body;
    assert.match(body, /Geen pilots gevonden/);
    assert.match(body, /Gebruik andere of minder woorden/);
    assert.match(body, /<a class="utrecht-link" href="\/pilots\?q=onvindbaarwoord">Haal filters weg<\/a>/);
  });

  it('points past the last page back to it', async () => {
    const body = (await get('/pilots?page=9')).body;
    assert.match(body, /er zijn 1 pagina/);
    assert.match(body, /href="\/pilots">Naar de laatste pagina/);
  });

  it('escapes what was typed', async () => {
    const response = await get(`/pilots?q=${encodeURIComponent('"><script>alert(1)</script>')}`);
    assert.equal(response.statusCode, 200);
    assert.doesNotMatch(response.body, /"><script>alert/);
    assert.match(response.body, /<span>Woorden: &#34;>&lt;script>alert\(1\)&lt;\/script><\/span>/);
    assert.match(response.body, /name="q" type="search" value="&#34;><script>/);
  });
});
