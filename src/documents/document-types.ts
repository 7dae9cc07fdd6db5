// SPDX-License-Identifier: EUPL-1.2
import { fileTypeFromFile } from 'file-type';
import type { DocumentKind } from './documents.tables.js';

/** The media type stored and served for each accepted kind. */
export const mediaTypes: Readonly<Record<DocumentKind, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
};

const kindByMediaType = new Map<string, DocumentKind>(Object.entries(mediaTypes).map(([kind, mediaType]) => [mediaType, kind as DocumentKind]));

/**
 * The document kind found in the file's bytes (its signature, and for DOCX/XLSX/ODT the entries inside the ZIP
 * container), or undefined when it is none of the accepted kinds. The name and the browser's stated type are
 * ignored: both are chosen by the uploader.
 */
export async function detectDocumentKind(file: string): Promise<DocumentKind | undefined> {
  const detected = await fileTypeFromFile(file);
  return detected ? kindByMediaType.get(detected.mime) : undefined;
}
