// SPDX-License-Identifier: EUPL-1.2
import type { Generated } from 'kysely';

/** The document kinds the platform accepts; each is checked by the file's content, not its name. */
export const documentKinds = ['pdf', 'docx', 'xlsx', 'odt'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/**
 * An uploaded document: attached to a pilot (pilot_id) or to the library (pilot_id null). The file itself lives
 * in the document storage under `storage_key`, a random id; the user's file name is kept only as metadata.
 */
export interface DocumentsTable {
  id: Generated<number>;
  storageKey: string;
  pilotId: number | null;
  title: string;
  description: string;
  theme: string | null;
  kind: DocumentKind;
  mediaType: string;
  originalName: string;
  sizeBytes: number;
  sha256: string;
  uploadedByUserId: string | null;
  createdAt: string;
}

/** A type alias (not an interface) so Kysely's `withTables` accepts it. */
export type DocumentTables = {
  documents: DocumentsTable;
};
