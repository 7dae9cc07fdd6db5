// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { accountsService } from '../accounts/accounts.service.js';
import { nowIso } from '../db/columns.js';
import { auditService } from '../moderation/audit.service.js';
import { pilotsService } from '../pilots/pilots.service.js';
import type { CurrentUser } from '../platform/current-user.js';
import type { AppContext } from '../platform/module.js';
import { detectDocumentKind, mediaTypes } from './document-types.js';
import { directoryStorage, type DocumentStorage } from './document-storage.js';
import { hasDocumentStructure } from './document-structure.js';
import { documentsPolicy } from './documents.policy.js';
import { documentsRepository, type DocumentRow } from './documents.repository.js';
import type { DocumentInput, DocumentQuery } from './documents.schemas.js';
import type { DocumentKind } from './documents.tables.js';

/** A document as pages show it. */
export interface DocumentItem {
  id: number;
  pilotId: number | null;
  title: string;
  description: string;
  theme: string | null;
  kind: DocumentKind;
  originalName: string;
  sizeBytes: number;
  uploadedByUserId: string | null;
  uploaderName: string | null;
  createdAt: string;
}

/** An upload the HTTP layer wrote to a staging file, with what it measured while writing. */
export interface StagedUpload {
  stagedFile: string;
  originalName: string;
  sizeBytes: number;
  sha256: string;
}

/** What a viewer may do with a pilot's documents. */
export interface PilotDocumentsAccess {
  pilot: { id: number; title: string };
  canView: boolean;
  canUpload: boolean;
}

export type StoreResult = { ok: true; id: number } | { ok: false; reason: 'unsupported_type' | 'damaged' | 'empty' | 'forbidden' | 'not_found' };

export const libraryPageSize = 20;

/** Documents: upload (checked by content), listing, download and removal. */
export function documentsService(context: AppContext, storage: DocumentStorage = directoryStorage(context.config.documentsDir)) {
  const repository = documentsRepository(context.db);
  const pilots = pilotsService(context);
  const audit = auditService(context);

  async function withUploaders(rows: readonly DocumentRow[]): Promise<DocumentItem[]> {
    const ids = rows.flatMap((row) => (row.uploadedByUserId ? [row.uploadedByUserId] : []));
    const users = ids.length ? await accountsService(context).usersByIds(ids) : [];
    const names = new Map(users.map((user) => [user.id, user.name]));
    return rows.map((row) => ({
      id: row.id,
      pilotId: row.pilotId,
      title: row.title,
      description: row.description,
      theme: row.theme,
      kind: row.kind,
      originalName: row.originalName,
      sizeBytes: row.sizeBytes,
      uploadedByUserId: row.uploadedByUserId,
      uploaderName: row.uploadedByUserId ? (names.get(row.uploadedByUserId) ?? null) : null,
      createdAt: row.createdAt,
    }));
  }

  async function pilotAccess(pilotId: number, user: CurrentUser | null): Promise<PilotDocumentsAccess | undefined> {
    const pilot = await pilots.findById(pilotId);
    if (!pilot) return undefined;
    const canEdit = await pilots.canEdit(pilotId, user);
    return {
      pilot: { id: pilot.id, title: pilot.title },
      canView: documentsPolicy.viewPilotDocuments(pilot, canEdit),
      canUpload: documentsPolicy.uploadToPilot(user, canEdit),
    };
  }

  /** True when the viewer may see this document: library documents are public, a pilot's follow the pilot. */
  async function canView(row: DocumentRow, user: CurrentUser | null): Promise<boolean> {
    if (row.pilotId === null) return true;
    return (await pilotAccess(row.pilotId, user))?.canView ?? false;
  }

  const discard = (file: string) => fs.promises.rm(file, { force: true });

  return {
    pilotAccess,

    /**
     * Checks a staged upload by its content and stores it with its metadata, for a pilot (`pilotId`) or the
     * library (null). The row and the file are saved together: when either fails, neither remains.
     * The staging file is always gone afterwards.
     */
    async store(upload: StagedUpload, input: DocumentInput, pilotId: number | null, actor: CurrentUser): Promise<StoreResult> {
      try {
        if (pilotId !== null) {
          const access = await pilotAccess(pilotId, actor);
          if (!access) return { ok: false, reason: 'not_found' };
          if (!access.canUpload) return { ok: false, reason: 'forbidden' };
        } else if (!documentsPolicy.uploadToLibrary(actor)) {
          return { ok: false, reason: 'forbidden' };
        }
        if (upload.sizeBytes === 0) return { ok: false, reason: 'empty' };
        const kind = await detectDocumentKind(upload.stagedFile);
        if (!kind) return { ok: false, reason: 'unsupported_type' };
        if (!(await hasDocumentStructure(upload.stagedFile, kind))) return { ok: false, reason: 'damaged' };
        const key = storage.newKey();
        try {
          const id = await context.db.transaction().execute(async (trx) => {
            const documentId = await repository.insert(
              {
                storageKey: key,
                pilotId,
                title: input.title,
                description: input.description,
                theme: input.theme ?? null,
                kind,
                mediaType: mediaTypes[kind],
                originalName: upload.originalName.slice(0, 255),
                sizeBytes: upload.sizeBytes,
                sha256: upload.sha256,
                uploadedByUserId: actor.id,
                createdAt: nowIso(),
              },
              trx,
            );
            await audit.record({ actorUserId: actor.id, action: 'document.upload', subjectType: 'document', subjectId: documentId, details: { pilotId, kind, sizeBytes: upload.sizeBytes } }, trx);
            // The file goes in last, inside the transaction: if it fails the row is rolled back.
            await storage.put(key, upload.stagedFile);
            return documentId;
          });
          return { ok: true, id };
        } catch (error) {
          // The commit may fail after the file was stored: take it away again so nothing half-written remains.
          await storage.remove(key).catch(() => undefined);
          throw error;
        }
      } finally {
        await discard(upload.stagedFile);
      }
    },

    /** Removes the row (with an audit entry) and then the file. */
    async remove(documentId: number, actor: CurrentUser | null): Promise<{ ok: true; pilotId: number | null } | { ok: false; reason: 'not_found' | 'forbidden' }> {
      const row = await repository.find(documentId);
      if (!row || !(await canView(row, actor))) return { ok: false, reason: 'not_found' };
      const canEditPilot = row.pilotId !== null && (await pilots.canEdit(row.pilotId, actor));
      if (!actor || !documentsPolicy.remove(actor, row, canEditPilot)) return { ok: false, reason: 'forbidden' };
      await context.db.transaction().execute(async (trx) => {
        await repository.delete(documentId, trx);
        await audit.record({ actorUserId: actor.id, action: 'document.remove', subjectType: 'document', subjectId: documentId, details: { pilotId: row.pilotId, title: row.title, sha256: row.sha256 } }, trx);
      });
      // After the commit: a file left behind by a crash here is never served (no row points to it).
      await storage.remove(row.storageKey);
      return { ok: true, pilotId: row.pilotId };
    },

    /** The stored file and how to serve it, when the viewer may see it. */
    async download(documentId: number, user: CurrentUser | null): Promise<{ ok: true; document: DocumentRow; stream: Readable } | { ok: false; reason: 'not_found' }> {
      const row = await repository.find(documentId);
      if (!row || !(await canView(row, user))) return { ok: false, reason: 'not_found' };
      const stream = await storage.open(row.storageKey);
      if (!stream) return { ok: false, reason: 'not_found' };
      return { ok: true, document: row, stream };
    },

    /** May this viewer remove this document? For showing the remove button. */
    canRemove(item: Pick<DocumentItem, 'uploadedByUserId' | 'pilotId'>, user: CurrentUser | null, canEditPilot: boolean): boolean {
      return documentsPolicy.remove(user, item, canEditPilot);
    },

    /** A pilot's newest documents and how many it has (the caller checked the viewer may see the pilot). */
    async forPilot(pilotId: number, limit = 50): Promise<{ items: DocumentItem[]; total: number }> {
      const [rows, total] = await Promise.all([repository.ofPilot(pilotId, limit), repository.countOfPilot(pilotId)]);
      return { items: await withUploaders(rows), total };
    },

    /** One page of the library (library documents and those of listed pilots). */
    async library(query: DocumentQuery): Promise<{ items: DocumentItem[]; total: number; page: number; pageSize: number }> {
      const page = query.page ?? 1;
      const { rows, total } = await repository.searchVisible(
        { theme: query.theme, kind: query.kind, pilotId: query.pilot },
        nowIso(),
        { limit: libraryPageSize, offset: (page - 1) * libraryPageSize },
      );
      return { items: await withUploaders(rows), total, page, pageSize: libraryPageSize };
    },
  };
}

export type DocumentsService = ReturnType<typeof documentsService>;
