// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestSession } from '../test-support/accounts.js';
import { buildPilot } from '../test-support/pilot-factory.js';
import { accountsService } from '../accounts/accounts.service.js';
import { memberWithToken, pilotInput } from '../api/api-test-fixtures.js';

/*
 * A sweep over every route the app registers, with hostile path parameters, query strings and form bodies.
 * The product rule: bad input gets a 4xx with a clear message, never a 5xx or a stack trace. Values are sampled
 * (not the full cross product) so one run stays well under a minute per database.
 */

interface Route {
  path: string;
  methods: string[];
}

/** Reads Fastify's route tree (`printRoutes({ commonPrefix: false })`) back into full paths with their methods. */
function routesOf(tree: string): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ├└─]*)(\S.*?) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    const parent = stack[depth - 1] ?? '';
    const path = parent + (match[2] ?? '');
    stack[depth] = path;
    routes.push({ path, methods: (match[3] ?? '').split(', ') });
  }
  return routes;
}

const long = 'x'.repeat(3000);
const hostileSegments = ['99999999999', '-1', '0', '1.5', '1e3', 'abc', '%00', long, encodeURIComponent('pilöt-🚀-名前')];

const hostileQueries = [
  'page=-1&pageSize=100000',
  'page=abc&pageSize=abc',
  'page=99999999999&pageSize=99999999999',
  'page=1.5&pageSize=-1&version=99999999999&round=99999999999&year=99999999999',
  'page=1&page=2&pageSize=10&pageSize=20',
  'organisation=99999999999&pilot=99999999999&exclude=99999999999&limit=99999999999&min=99999999999&id=99999999999',
  'organisation=abc&pilot=-1&exclude=1.5&limit=-1&min=abc&id=%00',
  'theme=zzz&phase=zzz&status=zzz&sort=zzz&kind=zzz&view=zzz&format=zzz&type=zzz&role=zzz&order=zzz&state=zzz',
  'theme=a&theme=a&phase=a&phase=b&sort=a&sort=b&q=a&q=b&status=a&status=b&organisation=1&organisation=2&pilot=1&pilot=2',
  `q=${long}&return=${long}`,
  'q=%00&return=%00&token=%00',
  `q=${encodeURIComponent('zoek 🚀 名前 \u202e')}&return=${encodeURIComponent('//evil.example')}`,
];

/** Looks like a stack trace or an internal error leaking into a page. */
const leak = /\n\s+at [\w.<>]+ \(|node_modules\/|SqliteError|error: .* at character|\bKysely\b/;

/** A plausible valid value for an empty control, by its type. */
function sampleValue(tag: string): string {
  const type = /\btype="([^"]+)"/.exec(tag)?.[1] ?? 'text';
  const samples: Record<string, string> = { email: 'test@example.org', date: '2026-12-01', number: '3', url: 'https://example.org', password: 'correct horse battery' };
  return samples[type] ?? 'Een geldige waarde voor dit veld';
}

/** A form's fields: each name with the values a person could send (several for a group of checkboxes). */
function formFields(html: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  const add = (name: string, value: string) => fields.set(name, [...(fields.get(name) ?? []), value]);
  for (const tag of html.match(/<input\b[^>]*>/g) ?? []) {
    const name = /\bname="([^"]+)"/.exec(tag)?.[1];
    if (!name || name === '_csrf') continue;
    const value = /\bvalue="([^"]*)"/.exec(tag)?.[1];
    if (/type="(checkbox|radio)"/.test(tag)) add(name, value ?? 'on');
    else if (!fields.has(name)) add(name, value || sampleValue(tag));
  }
  for (const [, name = '', text = ''] of html.matchAll(/<textarea\b[^>]*name="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) {
    if (!fields.has(name)) add(name, text.trim() || 'Een geldige tekst voor dit veld.');
  }
  for (const [select, name = ''] of html.matchAll(/<select\b[^>]*name="([^"]+)"[^>]*>[\s\S]*?<\/select>/g)) {
    const options = [...select.matchAll(/<option\b[^>]*value="([^"]+)"/g)].map((match) => match[1] ?? '');
    if (options.length > 0 && !fields.has(name)) fields.set(name, options.slice(0, 2));
  }
  return fields;
}

type Fields = Record<string, string | string[]>;

/**
 * Body variants for one POST route: empty; valid values; lists of choices with every choice twice (the
 * repeated-value bug that broke primary keys); every field repeated; numeric extremes; over-long; NUL; unicode.
 */
function hostileBodies(fields: Map<string, string[]>): Fields[] {
  const names = [...fields.keys(), 'id', 'pilotId', 'organisationId', 'title', 'email', 'themes', 'role'];
  const all = (value: (name: string) => string | string[]): Fields => Object.fromEntries(names.map((name) => [name, value(name)]));
  const first = (name: string) => fields.get(name)?.[0] ?? 'a';
  const choices = (name: string) => fields.get(name) ?? ['a'];
  return [
    {},
    all(first),
    all((name) => (choices(name).length > 1 ? [...choices(name), ...choices(name)] : first(name))),
    all((name) => [first(name), first(name)]),
    all((name) => [first(name), 'b', 'c']),
    all(() => '99999999999'),
    all(() => '-1'),
    all(() => '1.5'),
    all(() => long),
    all(() => '%00\u0000'),
    all(() => 'pilöt 🚀 名前 \u202e'),
  ];
}

describe('bad input never gives a 5xx', { timeout: 120_000 }, () => {
  let t: TestApp;
  let routes: Route[];
  let pilotId: number;
  let leaderId: string;
  let leadOrganisationId: number;
  let lead: TestSession;
  let member: TestSession;
  let moderator: TestSession;
  let anonymous: TestSession;
  const failures: string[] = [];

  const statuses = new Map<number, number>();
  const check = (label: string, response: LightMyRequestResponse) => {
    statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    if (response.statusCode >= 500) failures.push(`${response.statusCode} ${label}`);
    else if (leak.test(response.body)) failures.push(`leak ${label}: ${leak.exec(response.body)?.[0]}`);
  };
  /** The page that shows the form a POST route reads: its edit or new page, the same path, or its parent. */
  const formPathFor = (path: string) => {
    const parent = path.replace(/\/[^/]+$/, '') || '/';
    const candidates = [`${path}/edit`, `${path}/new`, path, parent];
    return candidates.find((candidate) => routes.some((route) => route.path === candidate && route.methods.includes('GET'))) ?? parent;
  };
  const short = (text: string) => (text.length > 120 ? `${text.slice(0, 120)}…` : text);

  /** A valid value for each path parameter, so one parameter at a time can be made hostile. */
  const validValue = (parameter: string) => (/id$/i.test(parameter) ? String(pilotId) : parameter === 'locale' ? 'en' : 'abc');
  const fill = (path: string, hostile?: { parameter: string; value: string }) =>
    path.replace(/:(\w+)/g, (_all, name: string) => (hostile?.parameter === name ? hostile.value : validValue(name))).replace(/\*$/, 'x');

  before(async () => {
    t = await startTestApp();
    routes = routesOf(t.app.printRoutes({ commonPrefix: false }));
    const leader = await memberWithToken(t);
    leaderId = leader.id;
    const other = await createMember(t.context, { organisation: 'GM0344' });
    const mod = await createMember(t.context, { role: 'moderator' });
    // The pilot's lead may use every team form, so repeated and over-long values get past the policy checks.
    pilotId = await buildPilot(t.context, { initiator: 'GM0599', participants: ['GM0344'], actor: leader.user });
    leadOrganisationId = leader.organisationId;
    lead = await signIn(t.app, leader.email, leader.password);
    member = await signIn(t.app, other.email, other.password);
    moderator = await signIn(t.app, mod.email, mod.password);
    anonymous = await anonymousSession(t.app);
  });
  after(async () => {
    // Proof the sweep ran and got past the checks: many requests, and forms that were accepted as well as refused.
    const total = [...statuses.values()].reduce((sum, count) => sum + count, 0);
    assert.ok(total > 2000, `only ${total} requests`);
    assert.ok((statuses.get(303) ?? 0) > 0 && (statuses.get(422) ?? 0) > 0 && (statuses.get(404) ?? 0) > 0, JSON.stringify([...statuses]));
    await t.close();
  });

  it('finds the routes from the app itself', () => {
    assert.ok(routes.length > 50, `only ${routes.length} routes`);
    assert.ok(routes.some((route) => route.path === '/pilots/:id' && route.methods.includes('GET')));
    assert.ok(routes.some((route) => route.path === '/documents/:id/download'));
  });

  it('answers hostile path parameters with a 4xx (GET)', async () => {
    for (const route of routes.filter((r) => r.methods.includes('GET') && r.path.includes(':'))) {
      for (const parameter of [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '')) {
        for (const value of hostileSegments) {
          const url = fill(route.path, { parameter, value });
          check(`GET ${short(url)}`, await moderator.get(url));
        }
      }
    }
    assert.deepEqual(failures.splice(0), []);
  });

  it('answers hostile query strings with a 4xx or a normal page (GET)', async () => {
    for (const route of routes.filter((r) => r.methods.includes('GET') && !r.path.startsWith('/assets'))) {
      const base = fill(route.path);
      // The lead sees the team pages a moderator may not; each gets the page's own field names as well.
      for (const [who, session] of [['moderator', moderator], ['lead', lead]] as const) {
        const page = await session.get(base);
        const extra = [...formFields(page.body).keys()].filter((name) => !/^(q|page|pageSize)$/.test(name));
        const queries = [
          ...hostileQueries,
          extra.map((name) => `${encodeURIComponent(name)}=99999999999`).join('&'),
          extra.map((name) => `${encodeURIComponent(name)}=zzz&${encodeURIComponent(name)}=-1`).join('&'),
        ];
        for (const query of queries) check(`GET ${short(`${base}?${query}`)} (${who})`, await session.get(`${base}?${query}`));
      }
      check(`GET ${base} (anonymous, page=-1)`, await anonymous.get(`${base}?page=-1`));
    }
    assert.deepEqual(failures.splice(0), []);
  });

  it('answers hostile path parameters with a 4xx (POST, PATCH)', async () => {
    for (const route of routes.filter((r) => (r.methods.includes('POST') || r.methods.includes('PATCH')) && r.path.includes(':'))) {
      for (const parameter of [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? '')) {
        for (const value of hostileSegments) {
          const url = fill(route.path, { parameter, value });
          if (route.methods.includes('POST')) {
            check(`POST ${short(url)} (member)`, await member.post(url, {}));
            check(`POST ${short(url)} (lead)`, await lead.post(url, {}));
            check(`POST ${short(url)} (moderator)`, await moderator.post(url, {}));
            check(`POST ${short(url)} (anonymous)`, await anonymous.post(url, {}));
          }
          if (route.methods.includes('PATCH')) {
            check(`PATCH ${short(url)}`, await t.app.inject({ method: 'PATCH', url, payload: { title: 'x' } }));
          }
        }
      }
    }
    assert.deepEqual(failures.splice(0), []);
  });

  it('answers hostile form bodies with a 4xx or a normal page (POST)', async () => {
    const posts = routes.filter((r) => r.methods.includes('POST') && r.path !== '/sign-out' && r.path !== '/*');
    for (const [who, session] of [['anonymous', anonymous], ['member', member], ['lead', lead], ['moderator', moderator]] as const) {
      for (const route of posts) {
        const url = fill(route.path);
        const formPage = await session.get(fill(formPathFor(route.path)));
        for (const [index, body] of hostileBodies(formFields(formPage.body)).entries()) {
          check(`POST ${short(url)} (${who}, body #${index}: ${short(JSON.stringify(body))})`, await session.post(url, body));
        }
      }
    }
    assert.deepEqual(failures.splice(0), []);
  });

  it('answers hostile JSON bodies on the API with a 4xx (signed in with a token)', async () => {
    // A fresh token: the form sweep above revoked token ids as hostile path values.
    const apiToken = await accountsService(t.context).createApiToken(leaderId, 'sweep');
    const valid = { ...pilotInput(leadOrganisationId), title: 'Een pilot uit de sweep' };
    const bodies: unknown[] = [
      [],
      'x',
      {},
      { ...valid, themes: ['service_delivery', 'service_delivery'], tags: ['zorg', 'zorg'], innovationAreas: ['service_delivery', 'service_delivery'] },
      { ...valid, participantOrganisationIds: [99999999999] },
      { ...valid, participantOrganisationIds: [leadOrganisationId, leadOrganisationId, 1, 1] },
      { ...valid, initiatorOrganisationId: 99999999999 },
      { ...valid, title: ['a', 'a'], themes: 'service_delivery' },
      { ...valid, title: long, summary: 42, externalId: long },
      { ...valid, externalId: 'dubbel' },
      { ...valid, publish: 'yes' },
    ];
    for (const body of bodies) {
      for (const [method, url] of [['POST', '/api/v1/pilots'], ['PATCH', `/api/v1/pilots/${pilotId}`], ['PATCH', '/api/v1/pilots/99999999999']] as const) {
        const headers = { 'content-type': 'application/json', authorization: `Bearer ${apiToken}` };
        check(`${method} ${url} ${short(JSON.stringify(body))}`, await t.app.inject({ method, url, payload: JSON.stringify(body), headers }));
      }
    }
    assert.deepEqual(failures.splice(0), []);
  });
});
