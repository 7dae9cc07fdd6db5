// SPDX-License-Identifier: EUPL-1.2
// Small but real office documents for the demo, built in code like the documents module's test fixtures
// (whose builders hold one line or one number; the demo needs a page of text and a table of rows).
import { zipArchive } from '../../documents/documents.fixtures.js';

const xmlHeader = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** PDF string literals escape backslashes and parentheses. */
const escapePdf = (text: string) => text.replace(/[\\()]/g, (char) => `\\${char}`);

/**
 * A one-page A4 PDF: a title in bold and the lines below it. Text is Latin-1 with the WinAnsi encoding, so
 * Dutch accents (é, ë, ï) show; lines are not wrapped, so keep them under ~90 characters.
 */
export function demoPdf(title: string, lines: readonly string[]): Buffer {
  const text = [`BT /F2 16 Tf 56 780 Td (${escapePdf(title)}) Tj ET`, 'BT /F1 11 Tf 56 750 Td 15 TL', ...lines.map((line) => `(${escapePdf(line)}) Tj T*`), 'ET'].join('\n');
  const font = (name: string) => `<< /Type /Font /Subtype /Type1 /BaseFont /${name} /Encoding /WinAnsiEncoding >>`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    font('Helvetica'),
    font('Helvetica-Bold'),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

const packageRels = (target: string) =>
  `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${target}"/></Relationships>`;

/** A Word document: the title as a bold first paragraph, then one paragraph per entry. */
export function demoDocx(title: string, paragraphs: readonly string[]): Buffer {
  const paragraph = (text: string, bold = false) => `<w:p><w:r>${bold ? '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  return zipArchive([
    {
      name: '[Content_Types].xml',
      content: `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    },
    { name: '_rels/.rels', content: packageRels('word/document.xml') },
    {
      name: 'word/document.xml',
      content: `${xmlHeader}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph(title, true)}${paragraphs.map((text) => paragraph(text)).join('')}</w:body></w:document>`,
    },
  ]);
}

/** A spreadsheet cell: text or a number. */
export type Cell = string | number;

const columnName = (index: number) => String.fromCharCode(65 + index);

/** An Excel workbook with one named sheet; the first row is the header. Text cells are inline strings. */
export function demoXlsx(sheetName: string, rows: readonly (readonly Cell[])[]): Buffer {
  const cell = (value: Cell, column: number, row: number) => {
    const ref = `${columnName(column)}${row}`;
    return typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
  };
  const sheetData = rows.map((values, index) => `<row r="${index + 1}">${values.map((value, column) => cell(value, column, index + 1)).join('')}</row>`).join('');
  return zipArchive([
    {
      name: '[Content_Types].xml',
      content: `${xmlHeader}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    },
    { name: '_rels/.rels', content: packageRels('xl/workbook.xml') },
    {
      name: 'xl/workbook.xml',
      content: `${xmlHeader}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `${xmlHeader}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', content: `${xmlHeader}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>` },
  ]);
}

/** An OpenDocument text: the title as a heading, then one paragraph per entry (`mimetype` first, as ODF requires). */
export function demoOdt(title: string, paragraphs: readonly string[]): Buffer {
  return zipArchive([
    { name: 'mimetype', content: 'application/vnd.oasis.opendocument.text' },
    {
      name: 'META-INF/manifest.xml',
      content: `${xmlHeader}<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    },
    {
      name: 'content.xml',
      content: `${xmlHeader}<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:text><text:h text:outline-level="1">${escapeXml(title)}</text:h>${paragraphs.map((text) => `<text:p>${escapeXml(text)}</text:p>`).join('')}</office:text></office:body></office:document-content>`,
    },
  ]);
}
