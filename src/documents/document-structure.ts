// SPDX-License-Identifier: EUPL-1.2
import fs from 'node:fs';
import type { DocumentKind } from './documents.tables.js';

/**
 * A second look after the signature check (document-types.ts), because a signature only reads the first bytes:
 * a truncated upload, or a ZIP that is also a Java or Android program (a JAR/APK with a Word part added), still
 * starts like a document. We read only the end of the file and the ZIP's central directory, never the whole file.
 */

/** Entries that make a ZIP an executable package (JAR, APK) rather than an office document. */
const programEntry = /(^|\/)(META-INF\/MANIFEST\.MF|AndroidManifest\.xml|classes\d*\.dex)$|\.(class|dex|jar|apk|exe|dll|so|sh|bat|cmd|js|vbs|jse|wsf|ps1|hta)$/i;
/** The part each office kind cannot do without. */
const requiredEntry: Record<Exclude<DocumentKind, 'pdf'>, string> = { docx: 'word/document.xml', xlsx: 'xl/workbook.xml', odt: 'content.xml' };

const endOfDirectory = 0x06054b50;
const directoryHeader = 0x02014b50;
const maxComment = 0xffff;
/** An office document of 20 MB lists a few thousand parts; a larger directory is not one of ours. */
const maxDirectoryBytes = 4 * 1024 * 1024;

async function readAt(handle: fs.promises.FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

/** The names in a ZIP's central directory, or undefined when the archive is cut off, damaged or ZIP64. */
async function zipEntryNames(handle: fs.promises.FileHandle, size: number): Promise<string[] | undefined> {
  const tailLength = Math.min(size, 22 + maxComment);
  const tail = await readAt(handle, size - tailLength, tailLength);
  let end = -1;
  for (let index = tail.length - 22; index >= 0; index -= 1) {
    if (tail.readUInt32LE(index) === endOfDirectory) {
      end = index;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = tail.readUInt16LE(end + 10);
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directorySize > maxDirectoryBytes || directoryOffset + directorySize > size - tailLength + end) return undefined;
  const directory = await readAt(handle, directoryOffset, directorySize);
  const names: string[] = [];
  let position = 0;
  for (let entry = 0; entry < count; entry += 1) {
    if (position + 46 > directory.length || directory.readUInt32LE(position) !== directoryHeader) return undefined;
    const nameLength = directory.readUInt16LE(position + 28);
    const extraLength = directory.readUInt16LE(position + 30);
    const commentLength = directory.readUInt16LE(position + 32);
    if (position + 46 + nameLength > directory.length) return undefined;
    names.push(directory.subarray(position + 46, position + 46 + nameLength).toString('utf8'));
    position += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/**
 * True when a file whose signature says `kind` is also complete and nothing else: a PDF ends with its
 * end-of-file marker; a DOCX, XLSX or ODT has an intact central directory with its main part and no program
 * entries (a JAR/APK polyglot is refused).
 */
export async function hasDocumentStructure(file: string, kind: DocumentKind): Promise<boolean> {
  const handle = await fs.promises.open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (kind === 'pdf') {
      // PDF readers look for %%EOF in the last 1024 bytes; a cut-off upload lacks it.
      const tailLength = Math.min(size, 1024);
      return (await readAt(handle, size - tailLength, tailLength)).includes('%%EOF', 0, 'latin1');
    }
    const names = await zipEntryNames(handle, size);
    if (!names) return false;
    return names.includes(requiredEntry[kind]) && !names.some((name) => programEntry.test(name));
  } finally {
    await handle.close();
  }
}
