// PDF files through pdfjs-dist, in an extension page. Its worker is bundled (Vite emits the
// file the URL names); its CMaps ship in the extension (cmaps/, copied by wxt.config.ts) so
// PDFs that use a predefined CJK encoding without an embedded font still give their text.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { DocumentError } from './errors.ts';
import { pageParagraphs, type PositionedText, toLines } from './join-lines.ts';

export interface PdfText {
  paragraphs: string[];
  /** The title in the PDF's own metadata, often a file name; a hint only. */
  title: string;
  pages: number;
}

export interface PdfOptions {
  /** Where the CMaps are, with a trailing slash. */
  cMapUrl: string;
  onPage?(page: number, pages: number): void;
}

// Fewer printable characters than this per page on average: the pages are images.
const MIN_CHARS_PER_PAGE = 3;

let workerSet = false;

function positioned(item: TextItem): PositionedText {
  const [, , c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
  return {
    str: item.str,
    x: e,
    y: f,
    width: item.width,
    size: Math.hypot(c, d),
    hasEOL: item.hasEOL,
  };
}

export async function readPdf(data: ArrayBuffer, options: PdfOptions): Promise<PdfText> {
  if (!workerSet) {
    GlobalWorkerOptions.workerSrc = new URL(
      'pdfjs-dist/build/pdf.worker.min.mjs',
      import.meta.url,
    ).href;
    workerSet = true;
  }
  const task = getDocument({
    data: new Uint8Array(data),
    cMapUrl: options.cMapUrl,
    cMapPacked: true,
    // Text only: nothing is drawn, so no system fonts are looked up.
    useSystemFonts: false,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    const name = (error as Error)?.name;
    if (name === 'PasswordException') throw new DocumentError('pdfEncrypted');
    throw new DocumentError('pdfDamaged', (error as Error)?.message ?? String(error));
  }
  try {
    const paragraphs: string[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is TextItem => 'str' in i).map(positioned);
      const pageText = pageParagraphs(toLines(items));
      for (const p of pageText) chars += p.replace(/\s/gu, '').length;
      paragraphs.push(...pageText);
      page.cleanup();
      options.onPage?.(n, pdf.numPages);
    }
    if (chars < MIN_CHARS_PER_PAGE * pdf.numPages) throw new DocumentError('pdfNoText');
    const info = (await pdf.getMetadata().catch(() => null))?.info as
      { Title?: unknown } | undefined;
    return {
      paragraphs,
      title: typeof info?.Title === 'string' ? info.Title.trim() : '',
      pages: pdf.numPages,
    };
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError('pdfDamaged', (error as Error)?.message ?? String(error));
  } finally {
    await task.destroy();
  }
}
