// SPDX-License-Identifier: EUPL-1.2
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import multipart, { type Multipart, type MultipartFile } from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../platform/errors.js';
import type { DocumentStorage } from './document-storage.js';
import type { StagedUpload } from './documents.service.js';
import { maxDocumentBytes } from './documents.schemas.js';

/** A multipart request after the fields before the file were read: the file part waits, unread. */
interface PendingUpload {
  fields: Record<string, string>;
  iterator: AsyncIterator<Multipart>;
  file: MultipartFile | undefined;
  consumed: boolean;
}

const pending = new WeakMap<FastifyRequest, PendingUpload>();

export type ReceivedUpload =
  | { fields: Record<string, string>; file: StagedUpload | undefined; tooLarge: false }
  | { fields: Record<string, string>; file: undefined; tooLarge: true };

/**
 * Multipart forms for this scope only (upload routes), up to 20 MB and one file.
 *
 * CSRF: the platform's check (src/platform/http.ts) runs before the handler and reads `_csrf` from the parsed
 * body. Upload forms put the token first, so a preValidation hook reads the text fields up to the file part
 * and hands them over as the body; the check stays exactly as strict as for other forms, and no byte of the
 * file is read (let alone written) before the token and then the handler's authorization have passed.
 */
export async function registerUploadParsing(scope: FastifyInstance): Promise<void> {
  await scope.register(multipart, {
    throwFileSizeLimit: false,
    limits: { fileSize: maxDocumentBytes, files: 1, fields: 20, fieldSize: 20_000, parts: 24 },
  });

  scope.addHook('preValidation', async (request) => {
    if (!request.isMultipart()) return;
    const iterator = request.parts()[Symbol.asyncIterator]();
    const upload: PendingUpload = { fields: {}, iterator, file: undefined, consumed: false };
    pending.set(request, upload);
    try {
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (next.value.type === 'file') {
          upload.file = next.value;
          break;
        }
        addField(upload.fields, next.value.fieldname, next.value.value);
      }
    } catch {
      throw badRequest();
    }
    request.body = { ...upload.fields };
  });

  // A request refused before its handler read the file (bad token, no rights): drain it so the parser ends.
  scope.addHook('onResponse', async (request) => {
    const upload = pending.get(request);
    if (upload && !upload.consumed) upload.file?.file.resume();
  });
}

function addField(fields: Record<string, string>, name: string, value: unknown): void {
  // One value per name is all these forms send; a repeated name keeps the first.
  if (typeof value === 'string' && !(name in fields)) fields[name] = value;
}

/**
 * Writes the waiting file part to a staging file of `storage`, measuring size and SHA-256 as it streams, then
 * reads any fields after it. Call only after authorization. A request without a chosen file gives `file:
 * undefined`; one over the limit gives `tooLarge` (its staging file already removed).
 */
export async function receiveUpload(request: FastifyRequest, storage: DocumentStorage): Promise<ReceivedUpload> {
  const upload = pending.get(request);
  if (!upload) return { fields: stringFields(request.body), file: undefined, tooLarge: false };
  upload.consumed = true;
  let staged: StagedUpload | undefined;
  let stagedFile: string | undefined;
  let tooLarge = false;
  try {
    const part = upload.file;
    if (part && part.filename) {
      stagedFile = await storage.stagingPath();
      const hash = crypto.createHash('sha256');
      let sizeBytes = 0;
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          hash.update(chunk);
          sizeBytes += chunk.length;
          callback(null, chunk);
        },
      });
      await pipeline(part.file, measure, fs.createWriteStream(stagedFile, { flags: 'wx' }));
      if (part.file.truncated) {
        tooLarge = true;
        await fs.promises.rm(stagedFile, { force: true });
      } else {
        staged = { stagedFile, originalName: part.filename, sizeBytes, sha256: hash.digest('hex') };
      }
    } else {
      // No file chosen: browsers still send an empty part.
      part?.file.resume();
    }
    for (let next = await upload.iterator.next(); !next.done; next = await upload.iterator.next()) {
      if (next.value.type === 'file') next.value.file.resume();
      else addField(upload.fields, next.value.fieldname, next.value.value);
    }
  } catch {
    // A broken or aborted request: the partly written staging file must not stay behind.
    if (stagedFile) await fs.promises.rm(stagedFile, { force: true });
    throw badRequest();
  }
  return tooLarge ? { fields: upload.fields, file: undefined, tooLarge: true } : { fields: upload.fields, file: staged, tooLarge: false };
}

function stringFields(body: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (body && typeof body === 'object') for (const [name, value] of Object.entries(body)) addField(fields, name, value);
  return fields;
}
