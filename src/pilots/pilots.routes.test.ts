// SPDX-License-Identifier: EUPL-1.2
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { anonymousSession, createMember, signIn, type TestMember, type TestSession } from '../test-support/accounts.js';
import { savedPilotId, validPilotFields } from './pilots.test-fixtures.js';

describe('registering and publishing pilots', () => {
  let t: TestApp;
  let author: TestMember;
  let session: TestSession;

  const pilotCount = async () => Number((await t.context.db.selectFrom('pilots').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const pilotRow = (id: number) => t.context.db.selectFrom('pilots').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  before(async () => {
    t = await startTestApp();
    author = await createMember(t.context, { organisation: 'GM0599', name: 'Anna Auteur' });
    session = await signIn(t.app, author.email, author.password);
  });
  after(async () => t.close());

  describe('GET /pilots/new', () => {
    it('sends a visitor to sign in first', async () => {
      const visitor = await anonymousSession(t.app);
      const response = await visitor.get('/pilots/new');
      assert.equal(response.statusCode, 303);
      assert.equal(response.headers.location, '/sign-in?return=%2Fpilots%2Fnew');
    });

    it('explains to a member with an unconfirmed address that they must confirm it first', async () => {
      const unverified = await createMember(t.context, { emailVerified: false });
      const member = await signIn(t.app, unverified.email, unverified.password);
      const response = await member.get('/pilots/new');
      assert.equal(response.statusCode, 403);
      assert.match(response.body, /Bevestig eerst uw e-mailadres/);
      assert.doesNotMatch(response.body, /name="title"/);
    });

    it('shows the form with the member as contact, three empty link rows and the similar-pilots preview', async () => {
      const response = await session.get('/pilots/new');
      assert.equal(response.statusCode, 200);
      assert.match(response.body, /name="title"/);
      assert.match(response.body, /namens Rotterdam/);
      assert.match(response.body, /value="Anna Auteur"/);
      assert.equal(response.body.match(/name="linkUrl"/g)?.length, 3);
      assert.match(response.body, /<div id="similar-preview" aria-live="polite">/);
      assert.match(response.body, /name="action" value="preview"/);
      assert.match(response.body, /Voorwaarde 4: niet commercieel/);
    });
  });

  describe('POST /pilots', () => {
    it('refuses a visitor with 401 and writes nothing', async () => {
      const visitor = await anonymousSession(t.app);
      const before = await pilotCount();
      const response = await visitor.post('/pilots', validPilotFields({ action: 'draft' }));
      assert.equal(response.statusCode, 401);
      assert.equal(await pilotCount(), before);
    });

    it('saves a draft even when the publication conditions are not met', async () => {
      const response = await session.post(
        '/pilots',
        validPilotFields({ action: 'draft', innovationAreas: [], themes: [], confirmsInDevelopment: '', confirmsNotCommercial: '' }),
      );
      const id = savedPilotId(response);
      const row = await pilotRow(id);
      assert.equal(row.state, 'draft');
      assert.equal(row.publishedAt, null);
      assert.equal(row.createdByUserId, author.id);
      assert.equal(row.slug, 'vroegsignalering-van-schulden-met-woningcorporaties');
      assert.match(row.searchTerms, /schuld/);
      const team = await t.context.db.selectFrom('pilotTeamMembers').selectAll().where('pilotId', '=', id).execute();
      assert.deepEqual(team.map((member) => [member.userId, member.role]), [[author.id, 'lead']]);
      const page = await session.get(`/pilots/${id}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /Dit is een concept/);
      assert.equal(page.headers['cache-control'], 'private, no-store');
    });

    it('refuses to publish with a message per unmet condition, keeping every typed value and writing nothing', async () => {
      const before = await pilotCount();
      const fields = validPilotFields({
        action: 'publish',
        innovationAreas: [],
        confirmsInDevelopment: '',
        confirmsNotCommercial: '',
        tags: 'zorg & welzijn, wijkteam',
        participants: 'Utrecht',
        linkLabel: ['Rapport', '', ''],
        linkUrl: ['https://example.org/rapport?a=1&b=2', '', ''],
      });
      const response = await session.post('/pilots', fields);
      assert.equal(response.statusCode, 422);
      assert.equal(await pilotCount(), before);
      assert.match(response.body, /role="alert"/);
      assert.match(response.body, /Voorwaarde 1 \(vernieuwing bij gemeenten\): kruis aan wat de pilot verandert/);
      assert.match(response.body, /Voorwaarde 3 \(nog in ontwikkeling\): bevestig/);
      assert.match(response.body, /Voorwaarde 4 \(niet commercieel\): bevestig/);
      assert.match(response.body, /value="Vroegsignalering van schulden met woningcorporaties"/);
      assert.match(response.body, />Woningcorporaties melden huurachterstand van twee maanden bij het wijkteam\.\n\nHet wijkteam belt binnen een week aan\.<\/textarea>/);
      assert.match(response.body, /value="zorg &(amp;)? welzijn, wijkteam"/);
      assert.match(response.body, />Utrecht<\/textarea>/);
      assert.match(response.body, /value="https:\/\/example.org\/rapport\?a=1&(amp;)?b=2"/);
      assert.match(response.body, /value="2026-01-15"/);
      assert.match(response.body, /value="social_domain"\s+checked/);
      assert.match(response.body, /value="development"\s+selected/);
    });

    it('publishes once the conditions are met, with correct counts, and shows the page to everyone', async () => {
      const response = await session.post('/pilots', validPilotFields({ action: 'publish', participants: 'Utrecht\nGM0344, Amersfoort' }));
      const id = savedPilotId(response);
      const row = await pilotRow(id);
      assert.equal(row.state, 'published');
      assert.ok(row.publishedAt);
      assert.equal(row.municipalityDeadline, null);
      // Utrecht is GM0344, so two participants; the initiator Rotterdam counts as a municipality, not as a participant.
      assert.equal(row.participantCount, 2);
      assert.equal(row.municipalityCount, 3);
      assert.equal(row.followerCount, 0);

      const visitor = await anonymousSession(t.app);
      const page = await visitor.get(`/pilots/${id}`);
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['cache-control'], 'public, max-age=60');
      assert.equal(page.headers['set-cookie'], undefined);
      assert.match(page.body, /<h1[^>]*>.*Vroegsignalering van schulden met woningcorporaties/s);
      assert.match(page.body, /aria-current="step"/);
      assert.match(page.body, /Ontwikkeling<\/span><span class="ps-phase-step__state">\(huidige fase\)/);
      assert.match(page.body, /Status: <\/strong><span[^>]*>Loopt/);
      assert.match(page.body, /Wat is het doel\?/);
      assert.match(page.body, /href="\/organisations\/rotterdam"/);
      assert.match(page.body, /rel="noopener nofollow"/);
      assert.doesNotMatch(page.body, /mailto:/, 'visitors do not see the contact address');
      assert.doesNotMatch(page.body, /\/pilots\/\d+\/edit/, 'visitors get no edit link');

      const ownView = await session.get(`/pilots/${id}`);
      assert.match(ownView.body, /href="mailto:anna@gemeente.example"/);
      assert.match(ownView.body, new RegExp(`href="/pilots/${id}/edit"`));
      assert.equal(ownView.headers['cache-control'], 'private, no-store');
    });

    it('shows similar pilots on "check for similar pilots" without saving, keeping what was typed', async () => {
      savedPilotId(
        await session.post(
          '/pilots',
          validPilotFields({
            action: 'publish',
            title: 'Lantaarnpalen die dimmen met bewegingssensoren',
            summary: 'Straatverlichting met bewegingssensoren dimt als er niemand op straat is, en bespaart zo stroom.',
          }),
        ),
      );
      const before = await pilotCount();
      const response = await session.post(
        '/pilots',
        validPilotFields({
          action: 'preview',
          title: 'Slimme straatverlichting met sensoren',
          summary: 'Lantaarnpalen dimmen met bewegingssensoren wanneer de straat leeg is.',
          what: 'Nog een ruwe schets',
        }),
      );
      assert.equal(response.statusCode, 200);
      assert.equal(await pilotCount(), before);
      assert.match(response.body, /<div id="similar-preview" aria-live="polite">.*Lantaarnpalen die dimmen met bewegingssensoren.*<\/div>/s);
      assert.match(response.body, /value="Slimme straatverlichting met sensoren"/);
      assert.match(response.body, />Nog een ruwe schets<\/textarea>/);
      assert.doesNotMatch(response.body, /role="alert"/);
    });

    it('rejects each kind of invalid field with a message naming it, and writes nothing', async () => {
      const before = await pilotCount();
      const response = await session.post(
        '/pilots',
        validPilotFields({
          action: 'draft',
          title: 'Kort',
          linkLabel: ['Site', '', ''],
          linkUrl: ['ftp://example.org', '', ''],
          startDate: '2026-06-01',
          plannedEndDate: '2026-01-01',
          status: 'stopped',
          statusReason: '',
          contactEmail: 'geen-adres',
        }),
      );
      assert.equal(response.statusCode, 422);
      assert.equal(await pilotCount(), before);
      assert.match(response.body, /Titel is te kort \(minimaal 5 tekens\)/);
      assert.match(response.body, /Link 1: vul een volledig webadres in/);
      assert.match(response.body, /De geplande einddatum ligt vóór de startdatum/);
      assert.match(response.body, /Toelichting bij de status is verplicht/);
      assert.match(response.body, /Vul een geldig e-mailadres in/);
      assert.match(response.body, /href="#field-title"/);
      assert.match(response.body, /href="#field-links"/);
      assert.match(response.body, /value="Kort"/);
    });

    it('names participating organisations it does not know', async () => {
      const before = await pilotCount();
      const response = await session.post('/pilots', validPilotFields({ action: 'draft', participants: 'Utrecht, Atlantis, GM9999' }));
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /deze kennen we niet: Atlantis, GM9999/);
      assert.equal(await pilotCount(), before);
    });

    it('blocks sales language from publication, naming the words found', async () => {
      const response = await session.post(
        '/pilots',
        validPilotFields({ action: 'publish', summary: 'Onze app voor wijkteams: koop nu de licentie voor slechts € 99 per maand en bespaar tijd.' }),
      );
      assert.equal(response.statusCode, 422);
      assert.match(response.body, /Voorwaarde 4 \(niet commercieel\): Korte samenvatting bevat verkooptaal: “koop nu”, “€ 99 per maand”/);
    });

    it('shows the title of a pilot escaped, never as markup', async () => {
      const id = savedPilotId(await session.post('/pilots', validPilotFields({ action: 'publish', title: '<script>alert("x")</script> Slimme lantaarnpalen' })));
      const page = await (await anonymousSession(t.app)).get(`/pilots/${id}`);
      assert.equal(page.statusCode, 200);
      assert.doesNotMatch(page.body, /<script>alert/);
      assert.match(page.body, /<span>&lt;script(>|&gt;)alert\((&#34;|&quot;)x(&#34;|&quot;)\)&lt;\/script(>|&gt;) Slimme lantaarnpalen<\/span>/);
    });
  });
});
