// The parsers of an extension page: pdf.js with the CMaps the extension ships, mammoth's
// browser build, and DOMParser with Readability. Pages import this module lazily (about 700 KB
// with pdf.js and mammoth), so the glossary opens without waiting for them.
import { browser } from 'wxt/browser';
import { readDocx } from './docx.ts';
import { articleOfHtml } from './html.ts';
import { readPdf } from './pdf.ts';
import { type FileLike, type Parsers, readDocumentFile } from './read-file.ts';

export { readPastedText } from './read-file.ts';

export const browserParsers: Parsers = {
  pdf: (data) => readPdf(data, { cMapUrl: browser.runtime.getURL('/cmaps/' as '/') }),
  docx: readDocx,
  html: articleOfHtml,
};

export const readFile = (file: FileLike) => readDocumentFile(file, browserParsers);
