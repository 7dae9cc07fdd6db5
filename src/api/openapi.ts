// SPDX-License-Identifier: EUPL-1.2
import { z } from 'zod';
import { lessonQueryFields } from '../lessons/lessons.schemas.js';
import { pilotQueryFields } from '../pilots/pilots-search.schemas.js';
import { pilotInputSchema } from '../pilots/pilots.schemas.js';
import { apiRegistry } from './api.schemas.js';
// Registers the lesson list's components (the pilot's learning blocks come in through api.schemas.ts).
import './lessons-api.schemas.js';
import { openApiPaths, problemResponses } from './openapi-paths.js';

export const apiVersion = '1.0.0';

type JsonSchema = Record<string, unknown>;

/**
 * Every schema is draft 2020-12, the dialect OpenAPI 3.1 uses; `$schema` is left out (the document sets the
 * dialect) and so is zod's `$id` (a component is named by its place in the document).
 */
function withoutDialect(schema: JsonSchema): JsonSchema {
  const { $schema: _dialect, $id: _id, ...rest } = schema;
  return rest;
}

const parameterDescriptions: Record<keyof typeof pilotQueryFields, string> = {
  q: 'Search words (Dutch text analysis: stems, compounds, synonyms).',
  theme: 'Theme key; repeat for several (any of them).',
  phase: 'Phase; repeat for several.',
  status: 'Status; repeat for several.',
  municipality: 'CBS code of a municipality that initiates or takes part (GM0599).',
  province: 'Province code (PV20 …) of an initiator or participant.',
  organisationType: 'Kind of initiating organisation.',
  organisation: 'Id of an organisation that initiates or takes part.',
  purpose: 'Kind of pilot.',
  externalId: 'The id the pilot has in another system (set by imports and API clients).',
  sort: 'Order; default relevance when q is given, else newest.',
  page: 'Page number, from 1.',
  pageSize: 'Items per page, at most 100 (default 20).',
};

const lessonParameterDescriptions: Record<keyof typeof lessonQueryFields, string> = {
  q: 'Search words in title and text (Dutch text analysis); every word must match.',
  cluster: 'Lesson cluster; repeat for several.',
  phase: 'Phase the lesson was learnt in; repeat for several.',
  outcome: 'Whether what the lesson describes worked.',
  theme: 'Theme of the lesson\'s pilot; repeat for several.',
  page: 'Page number, from 1.',
  pageSize: 'Items per page, at most 100 (default 20).',
};

/** A list's query parameters, from the same zod fields that validate them. */
function queryParameters<F extends Record<string, z.ZodType>>(fields: F, descriptions: Record<keyof F, string>): object[] {
  return Object.entries(fields).map(([name, field]) => {
    const schema = withoutDialect(z.toJSONSchema(field, { io: 'output', unrepresentable: 'any' }) as JsonSchema);
    const isList = schema.type === 'array';
    return {
      name,
      in: 'query',
      required: false,
      description: descriptions[name as keyof F],
      schema,
      ...(isList ? { style: 'form', explode: true } : {}),
    };
  });
}

/** POST body: the registration schema plus `publish`; PATCH body: every field optional, null removes optional ones. */
function pilotBodySchemas(): { PilotInput: JsonSchema; PilotPatch: JsonSchema } {
  const input = withoutDialect(z.toJSONSchema(pilotInputSchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
  const properties = { ...(input.properties as Record<string, JsonSchema>), publish: { type: 'boolean', description: 'Publish at once (default true).' } };
  // The API fills these from the token owner when they are left out (api-write.routes.ts).
  const defaulted = ['initiatorOrganisationId', 'contactName', 'contactEmail'];
  const inputRequired = (input.required as string[] | undefined) ?? [];
  const required = inputRequired.filter((name) => !defaulted.includes(name));
  const patchProperties = Object.fromEntries(
    Object.entries(properties).map(([name, schema]) => [name, inputRequired.includes(name) ? schema : { anyOf: [schema, { type: 'null' }] }]),
  );
  return {
    PilotInput: { ...input, properties, required, description: 'A pilot as registered. The initiator and contact default to the token owner.' },
    PilotPatch: { type: 'object', properties: patchProperties, description: 'Fields to change (JSON merge patch).' },
  };
}

/**
 * The OpenAPI 3.1 document of /api/v1. Component schemas are generated from the zod schemas in api.schemas.ts
 * (z.toJSONSchema, draft 2020-12), so the document and the responses cannot drift apart.
 */
export function buildOpenApiDocument(baseUrl: string): Record<string, unknown> {
  const generated = z.toJSONSchema(apiRegistry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}`, unrepresentable: 'any' });
  const schemas = Object.fromEntries(Object.entries(generated.schemas).map(([id, schema]) => [id, withoutDialect(schema as JsonSchema)]));
  return {
    openapi: '3.1.0',
    info: {
      title: 'Pilotstarter open data API',
      version: apiVersion,
      description:
        'Published pilots of Dutch municipalities with their gate decisions, learning goals, pilot-paradox means, lessons and ' +
        'adoptions; the lessons learnt across pilots, the organisations taking part, similar pilots and national figures. ' +
        'Reading is open to everyone; registering and changing pilots needs a personal API token (profile page). ' +
        'Errors are application/problem+json with a stable `code`.',
      contact: { name: 'Pilotstarter', url: baseUrl },
      license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
    },
    servers: [{ url: `${baseUrl}/api/v1` }],
    tags: [{ name: 'pilots' }, { name: 'lessons' }, { name: 'organisations' }, { name: 'stats' }, { name: 'meta' }],
    paths: openApiPaths({
      pilots: queryParameters(pilotQueryFields, parameterDescriptions),
      lessons: queryParameters(lessonQueryFields, lessonParameterDescriptions),
    }),
    components: {
      schemas: { ...schemas, ...pilotBodySchemas() },
      parameters: {
        page: { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 } },
        pageSize: { name: 'pageSize', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
      },
      headers: {
        'API-Version': { description: 'The full version of this API.', schema: { type: 'string', example: apiVersion } },
      },
      responses: problemResponses,
      securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: 'A personal API token (ps_…).' } },
    },
  };
}
