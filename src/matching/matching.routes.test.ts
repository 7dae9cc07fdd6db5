// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn } from '../test-support/accounts.js';
import type { CurrentUser } from '../platform/current-user.js';
import { currentUserOf, publishedPilot } from '../moderation/moderation.fixtures.js';
import { chargingPoints, chargingStations, fastChargers, loneliness } from './matching.fixtures.js';

/** The similar-pilots section of a pilot page, so assertions do not match other parts of the page. */
function similarSection(html: string): string {
  const start = html.indexOf('id="similar-pilots-heading"');
  assert.ok(start >= 0, 'the page has the similar pilots section');
  return html.slice(start, html.indexOf('</section>', start));
}

describe('similar pilots on pages', () => {
  let t: TestApp;
  let lead: CurrentUser;
  const ids = { points: 0, stations: 0, fast: 0, lonely: 0 };

  before(async () => {
    t = await startTestApp();
    lead = await currentUserOf(t.context, await createMember(t.context, { organisation: 'GM0599' }));
    ids.points = await publishedPilot(t.context, lead, chargingPoints);
    ids.stations = await publishedPilot(t.context, lead, chargingStations);
    ids.fast = await publishedPilot(t.context, lead, { ...fastChargers, title: 'Snellaadpalen <b>bij</b> het station' });
    ids.lonely = await publishedPilot(t.context, lead, loneliness);
  });
  after(async () => t.close());

  it('shows up to five similar pilots on a pilot page, with initiator, strength in words and why', async () => {
    const visitor = await anonymousSession(t.app);
    const page = await visitor.get(`/pilots/${ids.points}`);
    assert.equal(page.statusCode, 200);
    const section = similarSection(page.body);
    assert.match(section, /Vergelijkbare pilots/);
    assert.match(section, new RegExp(`href="/pilots/${ids.stations}"`));
    assert.match(section, new RegExp(`href="/pilots/${ids.fast}"`));
    assert.doesNotMatch(section, new RegExp(`href="/pilots/${ids.points}"`));
    assert.doesNotMatch(section, new RegExp(`href="/pilots/${ids.lonely}"`));
    assert.match(section, /Initiatiefnemer: Rotterdam/);
    assert.match(section, /(Sterke|Goede|Enige) overeenkomst \(\d+%\)/);
    assert.match(section, /Waarom: [^<]*laadpaal/);
    assert.match(section, /Snellaadpalen &lt;b>bij&lt;\/b> het station/, 'titles are escaped');
    assert.ok((section.match(/class="ps-similar-item"/g) ?? []).length <= 5);
  });

  it('says so when there are no similar pilots, in English too', async () => {
    const visitor = await anonymousSession(t.app);
    const page = await visitor.get(`/pilots/${ids.lonely}`, { 'accept-language': 'en' });
    const section = similarSection(page.body);
    assert.match(section, /Similar pilots/);
    assert.match(section, /We have not found any pilots like this one yet/);
  });

  it('GET /pilots/similar-preview returns the notice as a fragment for a few words', async () => {
    const response = await t.app.inject({ url: `/pilots/similar-preview?title=${encodeURIComponent('Oplaadpunten voor elektrische auto’s')}&summary=` });
    assert.equal(response.statusCode, 200);
    assert.match(String(response.headers['content-type']), /^text\/html/);
    assert.doesNotMatch(response.body, /<html|<main|<!doctype/i);
    assert.match(response.body, /Er zijn al pilots die hierop lijken/);
    assert.match(response.body, new RegExp(`href="/pilots/${ids.stations}"`));
    assert.match(response.body, /target="_blank"/);
    assert.equal(response.cookies.length, 0, 'the fragment sets no cookies');
  });

  it('answers the preview with an empty 200 for fewer than three words, and copes with odd input', async () => {
    const short = await t.app.inject({ url: '/pilots/similar-preview?title=Laadpalen&summary=' });
    assert.equal(short.statusCode, 200);
    assert.equal(short.body, '');
    const odd = await t.app.inject({ url: '/pilots/similar-preview?title=a&title=b&summary[x]=1&exclude=abc' });
    assert.equal(odd.statusCode, 200);
    const none = await t.app.inject({ url: `/pilots/similar-preview?title=${encodeURIComponent('Kunstgras op sportvelden vervangen')}` });
    assert.equal(none.statusCode, 200);
    assert.match(none.body, /We hebben geen pilots gevonden/);
  });

  it('leaves out the pilot being edited from the preview', async () => {
    const query = new URLSearchParams({ title: chargingPoints.title, summary: chargingPoints.summary, exclude: String(ids.points) });
    const response = await t.app.inject({ url: `/pilots/similar-preview?${query}` });
    assert.doesNotMatch(response.body, new RegExp(`href="/pilots/${ids.points}"`));
    assert.match(response.body, new RegExp(`href="/pilots/${ids.stations}"`));
  });

  it('shows the notice after the registration form\'s preview step, without JavaScript', async () => {
    const member = await createMember(t.context, { organisation: 'GM0344' });
    const session = await signIn(t.app, member.email, member.password);
    const response = await session.post('/pilots', { action: 'preview', title: 'Laadpalen voor elektrische auto’s', summary: 'Meer laadpalen in de wijk.' });
    assert.equal(response.statusCode, 200);
    const region = response.body.slice(response.body.indexOf('id="similar-preview"'));
    assert.match(region, /Er zijn al pilots die hierop lijken|We hebben geen pilots gevonden|Typ een titel/);
  });

  it('serves the enhancement script from the same origin', async () => {
    const script = await t.app.inject({ url: '/assets/similar-preview.js' });
    assert.equal(script.statusCode, 200);
    assert.match(script.body, /\/pilots\/similar-preview\?/);
  });
});
