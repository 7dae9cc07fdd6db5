// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pilotsService } from '../pilots/pilots.service.js';
import { forbidden, notFound, unauthenticated } from '../platform/errors.js';
import { idParam } from '../platform/ids.js';
import { formValues, parseForm } from '../platform/forms.js';
import { pageContext, safeReturnPath, sendPage } from '../platform/http.js';
import type { AppContext } from '../platform/module.js';
import { emptyForm, type FormState } from '../platform/views/form-components.js';
import { attachmentDisposition } from './content-disposition.js';
import { directoryStorage } from './document-storage.js';
import { documentsPolicy } from './documents.policy.js';
import { documentInputSchema, documentQuerySchema, type DocumentInput } from './documents.schemas.js';
import { documentsService, type StagedUpload } from './documents.service.js';
import { receiveUpload, registerUploadParsing } from './documents-upload.js';
import { LibraryPage } from './views/library-page.js';
import { PilotDocumentsPage } from './views/pilot-documents-page.js';

const pilotPageLimit = 100;

type CheckedUpload = { ok: true; upload: StagedUpload; input: DocumentInput } | { ok: false; form: FormState; status: 413 | 422 };

/** Routes: the library (/knowledge/documents), a pilot's documents, uploads, download and removal. */
export async function registerDocumentRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const storage = directoryStorage(context.config.documentsDir);
  const documents = documentsService(context, storage);
  const pilots = pilotsService(context);

  /** Reads the upload (after authorization) and checks the fields; a refused form keeps what was typed. */
  async function checkedUpload(request: FastifyRequest): Promise<CheckedUpload> {
    const received = await receiveUpload(request, storage);
    const parsed = parseForm(documentInputSchema, received.fields, request.t, (field) => request.t(`documents.fields.${field}`));
    const errors: Record<string, string> = parsed.ok ? {} : { ...parsed.form.errors };
    if (received.tooLarge) errors.file = request.t('documents.errors.tooLarge');
    else if (!received.file) errors.file = request.t('documents.errors.fileRequired');
    if (parsed.ok && received.file) return { ok: true, upload: received.file, input: parsed.data };
    // The fields were refused: the checked file is not wanted any more.
    if (received.file) await fs.promises.rm(received.file.stagedFile, { force: true });
    return { ok: false, form: { values: formValues(received.fields), errors }, status: received.tooLarge ? 413 : 422 };
  }

  async function storeOrRefuse(request: FastifyRequest, upload: StagedUpload, input: DocumentInput, pilotId: number | null): Promise<{ ok: true } | { ok: false; form: FormState }> {
    const result = await documents.store(upload, input, pilotId, request.currentUser!);
    if (result.ok) return { ok: true };
    if (result.reason === 'not_found') throw notFound();
    if (result.reason === 'forbidden') throw forbidden();
    const key = result.reason === 'empty' ? 'documents.errors.empty' : result.reason === 'damaged' ? 'documents.errors.damaged' : 'documents.errors.unsupportedType';
    return { ok: false, form: { values: { title: input.title, description: input.description, theme: input.theme ?? '' }, errors: { file: request.t(key) } } };
  }

  async function renderLibrary(request: FastifyRequest, reply: FastifyReply, uploadForm: FormState = emptyForm, status = 200) {
    const parsed = documentQuerySchema.safeParse(request.query ?? {});
    const query = parsed.success ? parsed.data : {};
    const result = await documents.library(query);
    const pilotIds = [...new Set(result.items.flatMap((item) => (item.pilotId !== null ? [item.pilotId] : [])))];
    const pilotTitles = new Map((await pilots.summaries(pilotIds)).map((pilot) => [pilot.id, pilot.title]));
    const user = request.currentUser;
    // In the library only uploaders and moderators get a remove button; a pilot's team removes from the pilot page.
    const removable = new Set(result.items.filter((item) => documentsPolicy.remove(user, item, false)).map((item) => item.id));
    const upload = !user ? 'sign_in' : !documentsPolicy.uploadToLibrary(user) ? 'verify_email' : { form: uploadForm };
    const filters = { values: formValues(request.query), errors: {} };
    const pilotFilter = query.pilot !== undefined ? { id: query.pilot } : undefined;
    return sendPage(reply, <LibraryPage ctx={pageContext(request, reply)} filters={filters} pilotFilter={pilotFilter} result={result} pilotTitles={pilotTitles} removable={removable} upload={upload} />, status);
  }

  async function renderPilotDocuments(request: FastifyRequest, reply: FastifyReply, pilotId: number, uploadForm: FormState = emptyForm, status = 200) {
    const access = await documents.pilotAccess(pilotId, request.currentUser);
    if (!access || !access.canView) throw notFound();
    const { items } = await documents.forPilot(pilotId, pilotPageLimit);
    const removable = new Set(items.filter((item) => documentsPolicy.remove(request.currentUser, item, access.canUpload)).map((item) => item.id));
    const upload = access.canUpload ? { form: uploadForm } : null;
    return sendPage(reply, <PilotDocumentsPage ctx={pageContext(request, reply)} pilot={access.pilot} items={items} removable={removable} upload={upload} />, status);
  }

  app.get('/knowledge/documents', async (request, reply) => renderLibrary(request, reply));

  app.get('/pilots/:id/documents', async (request, reply) => renderPilotDocuments(request, reply, idParam(request.params, 'id')));

  app.get('/documents/:id/download', async (request, reply) => {
    const result = await documents.download(idParam(request.params, 'id'), request.currentUser);
    if (!result.ok) throw notFound();
    const { document, stream } = result;
    return reply
      .header('content-type', document.mediaType)
      .header('content-length', String(document.sizeBytes))
      .header('content-disposition', attachmentDisposition(document.originalName, document.kind))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .send(stream);
  });

  app.post('/documents/:id/delete', async (request, reply) => {
    if (!request.currentUser) throw unauthenticated();
    const result = await documents.remove(idParam(request.params, 'id'), request.currentUser);
    if (!result.ok) throw result.reason === 'forbidden' ? forbidden() : notFound();
    reply.setFlash({ kind: 'ok', key: 'documents.flash.removed' });
    const fallback = result.pilotId !== null ? `/pilots/${result.pilotId}` : '/knowledge/documents';
    return reply.redirect(safeReturnPath((request.body as Record<string, unknown> | undefined)?.return, fallback), 303);
  });

  // Uploads: multipart parsing only inside this scope, so no other route accepts multipart bodies.
  await app.register(async (scope) => {
    await registerUploadParsing(scope);

    scope.post('/pilots/:id/documents', async (request, reply) => {
      if (!request.currentUser) throw unauthenticated();
      const pilotId = idParam(request.params, 'id');
      const access = await documents.pilotAccess(pilotId, request.currentUser);
      if (!access || !access.canView) throw notFound();
      if (!access.canUpload) throw forbidden();
      const checked = await checkedUpload(request);
      if (!checked.ok) return renderPilotDocuments(request, reply, pilotId, checked.form, checked.status);
      const stored = await storeOrRefuse(request, checked.upload, checked.input, pilotId);
      if (!stored.ok) return renderPilotDocuments(request, reply, pilotId, stored.form, 422);
      reply.setFlash({ kind: 'ok', key: 'documents.flash.uploaded' });
      return reply.redirect(`/pilots/${pilotId}#documents-heading`, 303);
    });

    scope.post('/knowledge/documents', async (request, reply) => {
      if (!request.currentUser) throw unauthenticated();
      if (!documentsPolicy.uploadToLibrary(request.currentUser)) throw forbidden();
      const checked = await checkedUpload(request);
      if (!checked.ok) return renderLibrary(request, reply, checked.form, checked.status);
      const stored = await storeOrRefuse(request, checked.upload, checked.input, null);
      if (!stored.ok) return renderLibrary(request, reply, stored.form, 422);
      reply.setFlash({ kind: 'ok', key: 'documents.flash.uploaded' });
      return reply.redirect('/knowledge/documents', 303);
    });
  });
}
