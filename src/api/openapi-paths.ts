// SPDX-License-Identifier: EUPL-1.2

/**
 * The operations of /api/v1 for the OpenAPI document. Schemas are referenced from components, which
 * openapi.ts generates from the zod schemas the responses are checked against.
 */
const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: object) => ({ 'application/json': { schema } });
const headers = { 'API-Version': { $ref: '#/components/headers/API-Version' } };
const ok = (description: string, schema: object) => ({ description, headers, content: json(schema) });
const problem = (name: string) => ({ $ref: `#/components/responses/${name}` });
const idParameter = { name: 'id', in: 'path', required: true, description: 'The pilot id.', schema: { type: 'integer', minimum: 1 } };
const pageParameters = [{ $ref: '#/components/parameters/page' }, { $ref: '#/components/parameters/pageSize' }];

/** The paths; the lists' query parameters are generated from their zod fields by openapi.ts. */
export function openApiPaths(queryParameters: { pilots: object[]; lessons: object[] }) {
  return {
    '/pilots': {
      get: {
        operationId: 'listPilots',
        summary: 'List and search published pilots',
        description: 'The same search and filters as the pilot list on the site. Repeat a parameter for several values (theme=mobility&theme=safety).',
        tags: ['pilots'],
        parameters: queryParameters.pilots,
        responses: { '200': ok('One page of pilots.', ref('PilotPage')), '400': problem('InvalidParameters') },
      },
      post: {
        operationId: 'createPilot',
        summary: 'Register a pilot',
        description: 'Registers a pilot for the token owner\'s organisation and publishes it unless `publish` is false.',
        tags: ['pilots'],
        security: [{ bearerToken: [] }],
        requestBody: { required: true, content: json({ $ref: '#/components/schemas/PilotInput' }) },
        responses: {
          '201': {
            ...ok('The new pilot.', ref('Pilot')),
            headers: { ...headers, Location: { description: 'The new pilot in this API.', schema: { type: 'string', format: 'uri' } } },
          },
          '400': problem('InvalidBody'),
          '401': problem('Unauthenticated'),
          '403': problem('Forbidden'),
          '409': problem('Conflict'),
          '415': problem('UnsupportedMediaType'),
          '422': problem('Unprocessable'),
        },
      },
    },
    '/pilots/{id}': {
      get: {
        operationId: 'getPilot',
        summary: 'One published pilot',
        description: 'With its gate history, intake goals, the means of the latest pilot-paradox round, published lessons and adoptions.',
        tags: ['pilots'],
        parameters: [idParameter],
        responses: { '200': ok('The pilot.', ref('Pilot')), '404': problem('NotFound') },
      },
      patch: {
        operationId: 'updatePilot',
        summary: 'Change a pilot',
        description: 'JSON merge patch (RFC 7396): send only the fields to change; null removes an optional field. Set `publish: true` to publish a draft.',
        tags: ['pilots'],
        security: [{ bearerToken: [] }],
        parameters: [idParameter],
        requestBody: {
          required: true,
          content: { 'application/merge-patch+json': { schema: { $ref: '#/components/schemas/PilotPatch' } }, ...json({ $ref: '#/components/schemas/PilotPatch' }) },
        },
        responses: {
          '200': ok('The changed pilot.', ref('Pilot')),
          '400': problem('InvalidBody'),
          '401': problem('Unauthenticated'),
          '403': problem('Forbidden'),
          '404': problem('NotFound'),
          '409': problem('Conflict'),
          '415': problem('UnsupportedMediaType'),
          '422': problem('Unprocessable'),
        },
      },
    },
    '/pilots/{id}/similar': {
      get: {
        operationId: 'similarPilots',
        summary: 'Pilots similar to this one, with the reasons',
        tags: ['pilots'],
        parameters: [idParameter, { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 20, default: 5 } }],
        responses: { '200': ok('Similar pilots, most similar first.', ref('SimilarPilots')), '400': problem('InvalidParameters'), '404': problem('NotFound') },
      },
    },
    '/lessons': {
      get: {
        operationId: 'listLessons',
        summary: 'Search lessons learnt by pilots',
        description: 'Published lessons of listed pilots, newest first. Repeat a parameter for several values (cluster=process&cluster=collaboration).',
        tags: ['lessons'],
        parameters: queryParameters.lessons,
        responses: { '200': ok('One page of lessons.', ref('LessonPage')), '400': problem('InvalidParameters') },
      },
    },
    '/organisations': {
      get: {
        operationId: 'listOrganisations',
        summary: 'Municipalities and other organisations',
        tags: ['organisations'],
        parameters: [
          { name: 'q', in: 'query', required: false, description: 'Name, or the start of a word in it.', schema: { type: 'string', maxLength: 100 } },
          { name: 'type', in: 'query', required: false, schema: { type: 'string', enum: ['municipality', 'partnership', 'government', 'company', 'knowledge_institute', 'foundation'] } },
          { name: 'province', in: 'query', required: false, description: 'Province code (PV20 …).', schema: { type: 'string', pattern: '^PV\\d{2}$' } },
          ...pageParameters,
        ],
        responses: { '200': ok('One page of organisations.', ref('OrganisationPage')), '400': problem('InvalidParameters') },
      },
    },
    '/stats': {
      get: {
        operationId: 'nationalStats',
        summary: 'National figures: pilots listed, municipalities taking part, by phase and theme, adoptions',
        tags: ['stats'],
        responses: { '200': ok('The figures now.', ref('Stats')) },
      },
    },
    '/openapi.json': {
      get: {
        operationId: 'openApiDocument',
        summary: 'This document',
        tags: ['meta'],
        responses: { '200': { description: 'OpenAPI 3.1 document.', headers, content: json({ type: 'object' }) } },
      },
    },
  };
}

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } };
const problemResponse = (description: string) => ({ description, headers, content: problemContent });

/** Reusable problem responses (application/problem+json). */
export const problemResponses = {
  InvalidParameters: problemResponse('A query parameter is not valid; `invalidParams` names it.'),
  InvalidBody: problemResponse('The body is not valid JSON or a field is not valid; `invalidParams` names it.'),
  Unauthenticated: {
    ...problemResponse('No valid API token. Send Authorization: Bearer <token>.'),
    headers: { ...headers, 'WWW-Authenticate': { schema: { type: 'string' } } },
  },
  Forbidden: problemResponse('The token owner may not do this.'),
  NotFound: problemResponse('No such resource, or not public.'),
  Conflict: problemResponse('The externalId is used by another pilot.'),
  UnsupportedMediaType: problemResponse('The body is not JSON.'),
  Unprocessable: problemResponse('The publication conditions are not met (`failedConditions`) or an organisation does not exist.'),
};
