// The library of the user's documents in Firefox (MV2, moz-extension://), with real files made
// here: UTF-8 and GB18030 text, a .docx, a PDF printed by this Firefox (WebDriver BiDi
// browsingContext.print) and one that needs the CMaps the extension ships; each listed, read with
// marks and a tooltip. Also what pdf.js runs on in this page (its worker, the CMaps' fetch), and
// refusals that leave the library as it was.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../lib/testing/docx.ts';
import { noticeHtml, predefinedCMapPdf, WRAPPED_PARAGRAPH } from '../library-files.ts';
import { EXTENSION_ORIGIN, type FirefoxHarness, startFirefox } from './harness.ts';
import { hoverMark, poll, tooltipText, waitForMarkTexts } from './page.ts';

let h: FirefoxHarness;
let dir: string;
beforeAll(async () => {
  h = await startFirefox();
  dir = mkdtempSync(join(tmpdir(), 'ptr-ff-library-'));
});
afterAll(async () => {
  await h?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const FILE_INPUT = '.library-add input[type=file]';
const library = () => h.extensionPage('glossary.html#/my', FILE_INPUT);
const listedTitles = (page: Page) =>
  page.$$eval('.library-list li .title', (els) => els.map((e) => e.textContent ?? ''));

/** A file's bytes, or a sparse file of that size (a PDF header, then zeros). */
type FileData = Buffer | Uint8Array | { sparseBytes: number };

const statusText = (page: Page) =>
  page.$eval('.add-status', (e) => `${e.getAttribute('role')}: ${e.textContent ?? ''}`);

/**
 * Writes `data` as `name`, hands it to the library's file input as a picked file, and returns
 * the status line once it has been read: "status: Added: …", or "alert: NAME was not added. …".
 */
async function addFile(page: Page, name: string, data: FileData): Promise<string> {
  const path = join(dir, name);
  if ('sparseBytes' in data) {
    writeFileSync(path, '%PDF-1.7\n');
    truncateSync(path, data.sparseBytes); // no 200 MB written to disk
  } else writeFileSync(path, data);
  const before = await statusText(page);
  const input = (await page.$(FILE_INPUT)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
  return poll(
    async () => {
      const text = await statusText(page);
      return text !== before && !text.startsWith('status: Reading ') && text;
    },
    `the outcome of ${name}`,
    30_000,
  );
}

/** Opens the listed document titled `title` in the reader; waits until its marks are counted. */
async function openInReader(page: Page, title: string): Promise<void> {
  const listed = await page.$$eval(
    '.library-list li',
    (rows, title) => {
      const row = rows.find((r) => r.querySelector('.title')?.textContent === title);
      row?.querySelector('a')?.click();
      return row !== undefined;
    },
    title,
  );
  if (!listed) throw new Error(`${title} is not listed: ${(await listedTitles(page)).join(', ')}`);
  await poll(
    () => page.$('.doc-text[data-marks]').catch(() => null),
    `the reader showing ${title}`,
  );
}

interface PdfJsSeen {
  /** Addresses of the workers the page created. */
  workers: string[];
  /** Whether a worker sent the page a message (pdf.js's "ready" comes first). */
  workerAnswered: boolean;
  /** pdf.js's main-thread fallback ran the worker module in the page: it sets this global. */
  fakeWorker: boolean;
  /** "status url" of each XMLHttpRequest the page completed. */
  loaded: string[];
}

const WORKER_URL = new RegExp(`^${EXTENSION_ORIGIN}/assets/pdf\\.worker[^/]*\\.mjs$`, 'u');

/**
 * Records, in the library page, what pdf.js runs on: the workers it creates and the files it
 * requests. Resource Timing is no help: Firefox lists no moz-extension:// loads there.
 */
async function watchPdfJs(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen = { workers: [] as string[], workerAnswered: false, loaded: [] as string[] };
    (window as unknown as { ptrPdfJs: typeof seen }).ptrPdfJs = seen;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        seen.workers.push(String(url));
        this.addEventListener('message', () => (seen.workerAnswered = true), { once: true });
      }
    };
    const open = XMLHttpRequest.prototype.open;
    XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
      const url = String(args[1]);
      this.addEventListener('loadend', () => seen.loaded.push(`${this.status} ${url}`));
      return (open as (...a: unknown[]) => void).apply(this, args);
    } as typeof open;
  });
}

const pdfJsSeen = (page: Page): Promise<PdfJsSeen> =>
  page.evaluate(() => ({
    ...(window as unknown as { ptrPdfJs: Omit<PdfJsSeen, 'fakeWorker'> }).ptrPdfJs,
    fakeWorker: 'pdfjsWorker' in globalThis,
  }));

/** GB18030 bytes of `text`, found by decoding every two-byte code (Node decodes it only). */
function gb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (!codes.has(ch)) codes.set(ch, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = codes.get(ch);
      if (!code) throw new Error(`no two-byte GB18030 code for ${ch}`);
      bytes.push(...code);
    }
  }
  return Buffer.from(bytes);
}

describe('the library in Firefox', () => {
  it('adds a UTF-8 .txt and a GB18030 .txt, lists both and reads them with marks', async () => {
    const page = await library();
    expect(
      await addFile(
        page,
        'utf8.txt',
        Buffer.from('深化教育改革的工作要点\n\n坚持教育优先发展，落实立德树人根本任务。'),
      ),
    ).toContain('status: Added: 深化教育改革的工作要点');

    const gbText = '关于减轻学生作业负担的通知\n\n各地要全面落实“双减”，办好人民满意的教育。';
    const gb = gb18030(gbText);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gb)).toThrow();
    expect(await addFile(page, 'gbk.txt', gb)).toContain(
      'status: Added: 关于减轻学生作业负担的通知',
    );
    expect((await listedTitles(page)).sort()).toEqual(
      ['关于减轻学生作业负担的通知', '深化教育改革的工作要点'].sort(),
    );

    await openInReader(page, '关于减轻学生作业负担的通知');
    expect(await page.$eval('.doc-text', (e) => e.textContent)).toContain(
      '各地要全面落实“双减”，办好人民满意的教育。',
    );
    expect(await waitForMarkTexts(page, (t) => t.includes('双减'))).toContain('双减');
    await hoverMark(page, '双减');
    expect(await tooltipText(page)).toContain('shuāng jiǎn');
    await page.close();
  });

  it('adds a PDF printed by Firefox, joins its wrapped lines, and reads it in a real pdf.js worker', async () => {
    const site = '/library/notice.html';
    h.site.page(site, noticeHtml());
    const printer = await h.newPage(site);
    const pdf = await printer.pdf({ format: 'A4', printBackground: true });
    await printer.close();

    const page = await library();
    await watchPdfJs(page);
    expect(await addFile(page, 'notice.pdf', pdf)).toContain(
      'status: Added: 教育部关于做好作业管理工作的通知',
    );
    const seen = await pdfJsSeen(page);
    // Not the main-thread fallback: a worker from the extension's own file, which answered.
    expect(seen.fakeWorker).toBe(false);
    expect(seen.workers).toEqual([expect.stringMatching(WORKER_URL)]);
    expect(seen.workerAnswered).toBe(true);

    await openInReader(page, '教育部关于做好作业管理工作的通知');
    const paragraphs = await page.$$eval('.doc-text p', (els) => els.map((e) => e.textContent));
    expect(paragraphs).toContain(WRAPPED_PARAGRAPH);
    const marks = await waitForMarkTexts(
      page,
      (t) => t.includes('立德树人根本任务') && t.includes('双减'),
    );
    expect(marks).toContain('立德树人根本任务');
    await hoverMark(page, '立德树人根本任务');
    expect(await tooltipText(page)).toContain('立德树人');
    await page.close();
  });

  it('reads a PDF without an embedded font through the CMaps fetched from the extension', async () => {
    const page = await library();
    await watchPdfJs(page);
    expect(await addFile(page, 'cmap.pdf', predefinedCMapPdf('坚持立德树人根本任务'))).toContain(
      'status: Added: 坚持立德树人根本任务',
    );
    expect(await listedTitles(page)).toContain('坚持立德树人根本任务');
    // pdf.js fetches the CMaps on the page's thread (not http(s): XMLHttpRequest, not fetch).
    expect((await pdfJsSeen(page)).loaded).toContain(
      `200 ${EXTENSION_ORIGIN}/cmaps/UniGB-UCS2-H.bcmap`,
    );
    await page.close();
  });

  it('adds a .docx with a term split across Word runs, marked as one', async () => {
    const docx = await makeDocx([
      { text: '关于深化教育改革的意见', heading: true },
      { text: '坚持立德树人，全面加强“两个确立”的学习。', runsAt: [4, 12] },
      { text: '国务院办公厅' },
    ]);
    const page = await library();
    expect(await addFile(page, '意见.docx', docx)).toContain(
      'status: Added: 关于深化教育改革的意见',
    );
    await openInReader(page, '关于深化教育改革的意见');
    expect(await page.$eval('.doc-text h2', (e) => e.textContent)).toBe('关于深化教育改革的意见');
    await waitForMarkTexts(page, (t) => t.includes('立德树人') && t.includes('两个确立'));
    await hoverMark(page, '两个确立');
    expect(await tooltipText(page)).toContain('liǎng gè què lì');
    await page.close();
  });

  it('refuses an empty file, a .doc and a 200 MB file with their messages; the list is unchanged', async () => {
    const page = await library();
    await poll(() => page.$('.library-list li'), 'the list');
    const before = await listedTitles(page);
    const cases: [string, string, FileData][] = [
      ['empty.txt', 'There is no text to add.', Buffer.from(' \n\u3000\n')],
      [
        'old.doc',
        'This is an old Word file (.doc).',
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
      ],
      [
        'huge.pdf',
        'The file is too large: the limit is 50 MB.',
        { sparseBytes: 200 * 1024 * 1024 },
      ],
    ];
    for (const [name, message, data] of cases) {
      expect(await addFile(page, name, data)).toContain(`alert: ${name} was not added. ${message}`);
      expect(await listedTitles(page)).toEqual(before);
    }
    await page.close();
  });
});
