// SPDX-License-Identifier: EUPL-1.2
// Multipart form posts for tests, as a browser sends them: the CSRF token first, the file last.
import crypto from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { TestSession } from '../test-support/accounts.js';

export interface FilePart {
  name: string;
  content: Buffer;
  type?: string;
}

/** Builds a multipart/form-data body; fields in the given order, then the file (if any) under `file`. */
export function multipartBody(fields: Record<string, string>, file?: FilePart): { body: Buffer; contentType: string } {
  const boundary = `----pilotstarter${crypto.randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`));
    chunks.push(file.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A CSRF token for this session, read from a page that renders a form (the sign-in page for visitors). */
export async function csrfTokenOf(session: TestSession): Promise<string> {
  for (const page of ['/knowledge/documents', '/sign-in']) {
    const match = /name="_csrf"\s+value="([^"]+)"/.exec((await session.get(page)).body);
    if (match) return match[1]!;
  }
  throw new Error('no page with a CSRF token');
}

/** Posts an upload form as the session's browser would; `token: null` leaves the CSRF token out. */
export async function postUpload(
  app: FastifyInstance,
  session: TestSession,
  url: string,
  fields: Record<string, string>,
  file?: FilePart,
  options: { token?: string | null } = {},
): Promise<LightMyRequestResponse> {
  const token = options.token === undefined ? await csrfTokenOf(session) : options.token;
  const { body, contentType } = multipartBody(token === null ? fields : { _csrf: token, ...fields }, file);
  const cookie = [...session.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return app.inject({ method: 'POST', url, headers: { 'content-type': contentType, ...(cookie ? { cookie } : {}) }, payload: body });
}
