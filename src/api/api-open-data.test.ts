// SPDX-License-Identifier: EUPL-1.2
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import { importPilots } from '../imports/imports.service.js';
import { startTestApp, type TestApp } from '../test-support/test-app.js';
import { expectJson, expectProblem } from './api-test-fixtures.js';
import { apiRegistry, organisationPageSchema, statsSchema } from './api.schemas.js';

describe('open data: organisations, stats and the OpenAPI document', () => {
  let testApp: TestApp;
  before(async () => {
    testApp = await startTestApp();
    const base = { summary: 'Een pilot om te laten zien hoe de statistieken tellen.', description: 'Een korte beschrijving.', tags: [] };
    const result = await importPilots(testApp.context, [
      { ...base, title: 'Pilot van Rotterdam met Utrecht', initiator: 'GM0599', municipalities: ['GM0344'], theme: 'mobility', phase: 'idea' },
      { ...base, title: 'Pilot van Utrecht alleen', initiator: 'GM0344', municipalities: [], theme: ['mobility', 'safety'], phase: 'scaling' },
      { ...base, title: 'Pilot van een stichting met Zwolle', initiator: 'Stichting Open Wijk', municipalities: ['Zwolle'], theme: 'democracy', phase: 'idea' },
    ]);
    assert.equal(result.imported, 3);
  });
  after(async () => testApp.close());

  describe('GET /api/v1/organisations', () => {
    it('finds organisations by the start of a word in their name', async () => {
      const page = expectJson(await testApp.app.inject({ url: '/api/v1/organisations?q=rotter' }), 200, organisationPageSchema);
      const rotterdam = page.items.find((item) => item.cbsCode === 'GM0599');
      assert.ok(rotterdam);
      assert.equal(rotterdam.name, 'Rotterdam');
      assert.equal(rotterdam.type, 'municipality');
      assert.equal(rotterdam.province?.code, 'PV28');
    });

    it('filters by type and province, paged', async () => {
      const page = expectJson(await testApp.app.inject({ url: '/api/v1/organisations?type=municipality&province=pv28&pageSize=5' }), 200, organisationPageSchema);
      assert.ok(page.total > 40, `${page.total} municipalities in South Holland`);
      assert.equal(page.items.length, 5);
      assert.ok(page.items.every((item) => item.type === 'municipality' && item.province?.code === 'PV28'));
      assert.ok(page._links.next?.href.endsWith('page=2&pageSize=5'));
      const foundations = expectJson(await testApp.app.inject({ url: '/api/v1/organisations?type=foundation' }), 200, organisationPageSchema);
      assert.deepEqual(foundations.items.map((item) => item.name), ['Stichting Open Wijk']);
    });

    it('refuses an unknown type', async () => {
      const problem = expectProblem(await testApp.app.inject({ url: '/api/v1/organisations?type=club' }), 400, 'invalid_parameters');
      assert.equal(problem.invalidParams?.[0]?.name, 'type');
    });
  });

  describe('GET /api/v1/stats', () => {
    it('gives the national figures of listed pilots', async () => {
      const stats = expectJson(await testApp.app.inject({ url: '/api/v1/stats' }), 200, statsSchema);
      assert.equal(stats.pilotsListed, 3);
      assert.equal(stats.municipalitiesTakingPart, 3);
      assert.deepEqual(stats.byPhase, { idea: 2, development: 0, implementation: 0, scaling: 1 });
      assert.equal(stats.byTheme.mobility, 2);
      assert.equal(stats.byTheme.safety, 1);
      assert.equal(stats.adoptions, 0);
    });
  });

  describe('GET /api/v1/openapi.json', () => {
    it('is a valid OpenAPI 3.1 document', async () => {
      const response = await testApp.app.inject({ url: '/api/v1/openapi.json' });
      assert.equal(response.statusCode, 200);
      const document = response.json() as { openapi: string; components: { schemas: Record<string, unknown> }; paths: Record<string, unknown> };
      const validator = new Validator();
      const result = await validator.validate(document);
      assert.equal(result.valid, true, JSON.stringify(result.errors, null, 2));
      assert.equal(validator.version, '3.1');
      assert.equal(document.openapi, '3.1.0');
    });

    it('documents every operation the API serves, with the schemas the tests parse responses with', async () => {
      const document = (await testApp.app.inject({ url: '/api/v1/openapi.json' })).json() as {
        components: { schemas: Record<string, unknown> };
        paths: Record<string, Record<string, unknown>>;
      };
      const operations = Object.entries(document.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`));
      assert.deepEqual(operations.sort(), [
        'GET /lessons', 'GET /openapi.json', 'GET /organisations', 'GET /pilots', 'GET /pilots/{id}', 'GET /pilots/{id}/similar', 'GET /stats',
        'PATCH /pilots/{id}', 'POST /pilots',
      ]);
      for (const [id] of apiRegistry._idmap) assert.ok(document.components.schemas[id], `component ${id}`);
      for (const path of ['/lessons', '/openapi.json', '/organisations', '/pilots', '/stats']) {
        assert.equal((await testApp.app.inject({ url: `/api/v1${path}` })).statusCode, 200, path);
      }
    });
  });
});
