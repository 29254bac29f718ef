// One entry point for every way in: a file (by its signature first, then its name), pasted
// text, or a page's article. Each returns a ParsedDocument or throws a DocumentError; nothing
// here stores anything.
import { bodyOfParagraphs, bodyOfText, type DocumentBody } from './body.ts';
import { DocumentError, MAX_FILE_BYTES, MAX_TEXT_CHARS } from './errors.ts';
import { detectMetadata } from './metadata.ts';
import { decodeText, markdownToText } from './text.ts';
import type { DocumentFormat, ParsedDocument } from './types.ts';

export interface FileLike {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The parsers that need a browser (pdf.js, DOMParser), passed in so this file tests in Node. */
export interface Parsers {
  pdf(data: ArrayBuffer): Promise<{ paragraphs: string[]; title: string }>;
  docx(data: ArrayBuffer): Promise<string[]>;
  html(text: string): { title: string; paragraphs: string[] };
}

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((b, i) => bytes[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK.. (.docx is a zip)
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // .doc, .xls, .ppt

/** What the file holds: its first bytes decide where they can, its name otherwise. */
export function formatOf(name: string, head: Uint8Array): DocumentFormat {
  const ext = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase() ?? '';
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, OLE)) throw new DocumentError('oldWord', name);
  if (ext === 'docx') {
    if (!startsWith(head, ZIP)) throw new DocumentError('docxDamaged', name);
    return 'docx';
  }
  if (ext === 'pdf') throw new DocumentError('pdfDamaged', name);
  if (ext === 'doc' || ext === 'wps') throw new DocumentError('oldWord', name);
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  throw new DocumentError('unsupported', name);
}

function finish(
  format: DocumentFormat,
  origin: string,
  body: DocumentBody,
  hints: { title?: string; source?: string },
): ParsedDocument {
  if (!/\S/u.test(body.text)) throw new DocumentError('empty', origin);
  if (body.text.length > MAX_TEXT_CHARS) throw new DocumentError('tooLarge', origin);
  const lines = body.blocks.map((b) => body.text.slice(b.start, b.end));
  const meta = detectMetadata(lines, hints);
  return { format, origin, meta, ...body };
}

export async function readDocumentFile(file: FileLike, parsers: Parsers): Promise<ParsedDocument> {
  // By size first: a 200 MB file is refused before a byte of it is read.
  if (file.size > MAX_FILE_BYTES) throw new DocumentError('tooLarge', file.name);
  if (file.size === 0) throw new DocumentError('empty', file.name);
  const data = await file.arrayBuffer();
  const format = formatOf(file.name, new Uint8Array(data, 0, Math.min(8, data.byteLength)));
  const hints = { source: file.name };
  switch (format) {
    case 'pdf': {
      const pdf = await parsers.pdf(data);
      return finish(format, file.name, bodyOfParagraphs(pdf.paragraphs), {
        ...hints,
        title: pdf.title,
      });
    }
    case 'docx':
      return finish(format, file.name, bodyOfParagraphs(await parsers.docx(data)), hints);
    case 'html': {
      const article = parsers.html(decodeText(data));
      return finish(format, file.name, bodyOfParagraphs(article.paragraphs), {
        ...hints,
        title: article.title,
      });
    }
    case 'md':
      return finish(format, file.name, bodyOfText(markdownToText(decodeText(data))), hints);
    default:
      return finish(format, file.name, bodyOfText(decodeText(data)), hints);
  }
}

export function readPastedText(text: string): ParsedDocument {
  if (text.length > MAX_TEXT_CHARS) throw new DocumentError('tooLarge');
  return finish('paste', '', bodyOfText(text), {});
}

/** A page's article, read in the page by Readability (lib/documents/html.ts). */
export function readPageArticle(page: {
  url: string;
  title: string;
  paragraphs: string[];
}): ParsedDocument {
  const body = bodyOfParagraphs(page.paragraphs);
  if (!/\S/u.test(body.text)) throw new DocumentError('empty', page.url);
  const parsed = finish('page', page.url, body, { title: page.title, source: page.url });
  // A page's own title beats the first short line of its article.
  return { ...parsed, meta: { ...parsed.meta, title: page.title || parsed.meta.title } };
}
