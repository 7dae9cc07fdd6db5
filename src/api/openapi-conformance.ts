// SPDX-License-Identifier: EUPL-1.2
import type { LightMyRequestResponse } from 'fastify';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { buildOpenApiDocument } from './openapi.js';

/**
 * For tests: checks a real response against the OpenAPI document, so "the document matches the responses"
 * is tested rather than assumed. Component schemas are compiled by Ajv (draft 2020-12, strict), which also
 * catches a schema the document validator lets through (a misspelt type, an unknown keyword).
 */
type Json = Record<string, unknown>;

const root = 'https://pilotstarter.test/openapi';
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/** Points component references at the compiled root ('#/components/schemas/X' → root#/$defs/X). */
function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        key === '$ref' && typeof inner === 'string' ? inner.replace('#/components/schemas/', `${root}#/$defs/`) : rewriteRefs(inner),
      ]),
    );
  }
  return value;
}

export function openApiConformance(baseUrl: string) {
  const document = buildOpenApiDocument(baseUrl) as { paths: Record<string, Record<string, Json>>; components: Json };
  const components = document.components as { schemas: Json; responses: Record<string, Json> };
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: root, $defs: rewriteRefs(components.schemas) as Json });
  const compiled = new Map<string, ValidateFunction>();

  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
  }));

  return {
    /** Throws with Ajv's errors when the response does not match what the document says for it. */
    check(response: LightMyRequestResponse): void {
      const method = (response.raw.req.method ?? 'GET').toLowerCase();
      const path = (response.raw.req.url ?? '').split('?')[0]!.replace(/^\/api\/v1/, '');
      const template = templates.find((candidate) => candidate.pattern.test(path))?.template;
      if (!template) return; // Unknown paths answer the generic 404 problem, checked by its zod schema.
      const operation = document.paths[template]![method] as { responses: Record<string, Json> } | undefined;
      if (!operation) throw new Error(`${method.toUpperCase()} ${template} is not in the OpenAPI document`);
      let described = operation.responses[String(response.statusCode)];
      if (!described) throw new Error(`${method.toUpperCase()} ${template} does not document status ${response.statusCode}`);
      if (typeof described.$ref === 'string') described = components.responses[described.$ref.split('/').pop()!]!;
      const mediaType = String(response.headers['content-type'] ?? '').split(';')[0]!;
      const content = (described.content as Record<string, { schema: Json }> | undefined)?.[mediaType];
      if (!content) throw new Error(`${method.toUpperCase()} ${template} ${response.statusCode} does not document ${mediaType}`);
      const key = `${method} ${template} ${response.statusCode} ${mediaType}`;
      let validate = compiled.get(key);
      if (!validate) {
        validate = ajv.compile(rewriteRefs(content.schema) as Json);
        compiled.set(key, validate);
      }
      if (!validate(response.json())) throw new Error(`${key}: ${ajv.errorsText(validate.errors)}`);
    },
  };
}
