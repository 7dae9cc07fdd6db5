// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));

/** NL Design System stylesheets, served from their npm packages so upgrades need no copy step. */
const vendorFiles: Record<string, string> = {
  'design-tokens.css': '@utrecht/design-tokens/dist/index.css',
  'components.css': '@utrecht/component-library-css/dist/index.css',
};

export async function registerAssets(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: path.join(here, 'assets'),
    prefix: '/assets/',
    maxAge: '1d',
    index: false,
  });
  const vendor = new Map<string, Buffer>();
  for (const [name, specifier] of Object.entries(vendorFiles)) {
    vendor.set(name, fs.readFileSync(require.resolve(specifier)));
  }
  app.get('/assets/vendor/:file', async (request, reply) => {
    const { file } = request.params as { file: string };
    const body = vendor.get(file);
    if (!body) return reply.callNotFound();
    return reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=86400').send(body);
  });
}
