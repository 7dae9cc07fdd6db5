// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';

describe('platform', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(async () => t.close());

  it('answers an unknown page with a helpful Dutch 404 page', async () => {
    const response = await t.app.inject({ url: '/bestaat-niet' });
    assert.equal(response.statusCode, 404);
    assert.match(response.body, /Pagina niet gevonden/);
    assert.match(response.body, /name="q"/);
  });

  it('answers an unknown API path with a JSON error body with a stable code', async () => {
    const response = await t.app.inject({ url: '/api/v1/nothing-here' });
    assert.equal(response.statusCode, 404);
    assert.match(String(response.headers['content-type']), /json/);
    const body = response.json();
    assert.equal(body.code ?? body.error?.code, 'not_found');
  });

  it('switches language by a link and remembers it in a cookie', async () => {
    const response = await t.app.inject({ url: '/language/en?return=/bestaat-niet' });
    assert.equal(response.statusCode, 303);
    assert.equal(response.headers.location, '/bestaat-niet');
    const cookie = response.cookies.find((c) => c.name === 'lang');
    assert.equal(cookie?.value, 'en');
    const page = await t.app.inject({ url: '/bestaat-niet', cookies: { lang: 'en' } });
    assert.match(page.body, /Page not found/);
    assert.match(page.body, /<html lang="en"/);
  });

  it('does not follow a language-switch return link to another site', async () => {
    const response = await t.app.inject({ url: '/language/en?return=//evil.example' });
    assert.equal(response.headers.location, '/');
  });

  it('sends a strict content security policy', async () => {
    const response = await t.app.inject({ url: '/bestaat-niet' });
    const csp = String(response.headers['content-security-policy']);
    assert.match(csp, /script-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline/);
  });

  it('refuses a form post without a CSRF token with 403', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/sign-out', payload: {} });
    assert.equal(response.statusCode, 403);
  });

  it('has every Dutch text in English too, and the other way round', () => {
    const nl = new Set(t.context.i18n.keys('nl'));
    const en = new Set(t.context.i18n.keys('en'));
    assert.deepEqual([...nl].filter((key) => !en.has(key)), []);
    assert.deepEqual([...en].filter((key) => !nl.has(key)), []);
  });
});
