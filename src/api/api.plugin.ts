// SPDX-License-Identifier: EUPL-1.2
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/module.js';
import { ApiProblem, registerApiErrorHandling } from './api-errors.js';
import { registerApiReadRoutes } from './api-read.routes.js';
import { registerApiWriteRoutes } from './api-write.routes.js';
import { apiVersion } from './openapi.js';

const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * /api/v1 as one encapsulated Fastify plugin, following the NL API design rules: the major version in the
 * path and the full version in an API-Version header, no trailing slashes (404, not a redirect), CORS open for
 * reading (open data), and problem+json errors from its own handlers.
 */
export async function registerApi(app: FastifyInstance, context: AppContext): Promise<void> {
  await app.register(
    async (api) => {
      registerApiErrorHandling(api);
      api.addContentTypeParser('application/merge-patch+json', { parseAs: 'string' }, api.getDefaultJsonParser('error', 'error'));

      api.addHook('onRequest', async (request, reply) => {
        reply.header('API-Version', apiVersion);
        if (readMethods.has(request.method)) {
          reply.header('Access-Control-Allow-Origin', '*');
          reply.header('Access-Control-Expose-Headers', 'API-Version');
          // Other sites' scripts may read the open data (helmet sets same-site for pages).
          reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
        }
        const path = request.url.split('?')[0] ?? '';
        if (path.length > 1 && path.endsWith('/')) throw new ApiProblem(404, 'not_found');
      });

      // Open data read without a token is the same for everyone, so a shared cache (nginx, a CDN) may keep it for a
      // minute; anything read with a token may hold more (the contact address) and stays private.
      api.addHook('onSend', async (request, reply, payload) => {
        if (!readMethods.has(request.method) || request.method === 'OPTIONS' || reply.getHeader('cache-control')) return payload;
        if (request.headers.authorization) reply.header('cache-control', 'private, no-store');
        else if (reply.statusCode === 200) reply.header('cache-control', 'public, max-age=60').header('vary', 'Authorization, Accept-Language');
        else reply.header('cache-control', 'no-cache');
        return payload;
      });

      // CORS preflight, for browsers that send a non-simple header (such as Accept-Language) with a GET.
      api.options('/*', async (_request, reply) =>
        reply
          .header('Access-Control-Allow-Methods', 'GET, HEAD, OPTIONS')
          .header('Access-Control-Allow-Headers', 'Accept, Accept-Language, Content-Type')
          .header('Access-Control-Max-Age', '86400')
          .status(204)
          .send(),
      );

      registerApiReadRoutes(api, context);
      registerApiWriteRoutes(api, context);
    },
    { prefix: '/api/v1' },
  );
}
