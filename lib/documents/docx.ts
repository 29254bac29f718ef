// Word files (.docx) through mammoth: paragraphs, headings and lists as HTML, then the same
// paragraph reading as an HTML file. Old Word (.doc) is a different format mammoth cannot read;
// read-file.ts refuses it by its signature before this runs.
import mammoth from 'mammoth';
import { DocumentError } from './errors.ts';
import { inertDocument } from './html.ts';
import { paragraphsOfHtml } from './html-paragraphs.ts';

export async function readDocx(data: ArrayBuffer): Promise<string[]> {
  let html: string;
  try {
    // The browser build reads `arrayBuffer`; the Node build (unit tests) reads `buffer`, and
    // its zip reader takes an ArrayBuffer as well as a Buffer.
    const input = { arrayBuffer: data, buffer: data } as unknown as { arrayBuffer: ArrayBuffer };
    ({ value: html } = await mammoth.convertToHtml(input));
  } catch (error) {
    throw new DocumentError('docxDamaged', (error as Error)?.message ?? String(error));
  }
  return paragraphsOfHtml(inertDocument(html).body);
}
