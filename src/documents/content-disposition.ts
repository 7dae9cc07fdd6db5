// SPDX-License-Identifier: EUPL-1.2
import path from 'node:path';
import type { DocumentKind } from './documents.tables.js';

/**
 * A Content-Disposition header that makes the browser save the file (never show it inline), with a plain
 * ASCII fallback name and the real name in RFC 5987 form. The extension always matches the checked kind, so
 * a name chosen by the uploader cannot make the file open as something else.
 */
export function attachmentDisposition(originalName: string, kind: DocumentKind): string {
  const base = path.basename(originalName.replace(/\\/g, '/')).replace(/\.[^.]*$/, '').normalize('NFC');
  // Control characters, quotes and path separators never reach the header.
  const cleaned = base.replace(/[\u0000-\u001f\u007f"\\/:*?<>|;]+/g, ' ').trim().slice(0, 150) || 'document';
  const fileName = `${cleaned}.${kind}`;
  const ascii = fileName.normalize('NFKD').replace(/[^\x20-\x7e]/g, '').replace(/[%]/g, '_').trim() || `document.${kind}`;
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
