// The library of the user's own documents in Chromium, with real files made here: a PDF printed
// by Chromium, a .docx; added, listed, read with marks and tooltips, an excerpt saved and
// opened again at its passage, edited, deleted with undo; and every bad input refused with its
// message and the library unchanged.
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../lib/testing/docx.ts';
import {
  extensionPage,
  glossaryPage,
  type Harness,
  hoverMark,
  readMarks,
  startHarness,
  tooltipText,
  waitForHighlight,
  waitForMarkTexts,
} from './harness.ts';
import {
  encryptedPdf,
  noticeHtml,
  printPdf,
  SCANNED_HTML,
  WRAPPED_PARAGRAPH,
} from './library-files.ts';

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'ptr-library-'));
});
afterAll(async () => {
  await h?.close();
});

const library = () => glossaryPage(h, '#/my');
const listedTitles = (page: Page) =>
  page.$$eval('.library-list li .title', (els) => els.map((e) => e.textContent ?? ''));

async function addFile(page: Page, name: string, data: Buffer | Uint8Array): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, data);
  await page.setInputFiles('.library-add input[type=file]', path);
}

/** Adds a file and waits for its outcome: the status line, or the alert of a refusal. */
async function outcome(page: Page): Promise<string> {
  const line = page.locator('.add-status:not(:empty)');
  await page.waitForFunction(
    () => {
      const text = document.querySelector('.add-status')?.textContent ?? '';
      return text && !/^Reading /u.test(text);
    },
    undefined,
    { timeout: 30_000 },
  );
  return (await line.textContent()) ?? '';
}

describe('a PDF printed by Chromium', () => {
  it('is added with its metadata, joined lines, and read with marks and tooltips', async () => {
    const pdf = await printPdf(h.browser.context, noticeHtml());
    const page = await library();
    await addFile(page, 'notice.pdf', pdf);
    expect(await outcome(page)).toContain('Added: 教育部关于做好作业管理工作的通知');
    expect(await listedTitles(page)).toEqual(['教育部关于做好作业管理工作的通知']);
    const row = page.locator('.library-list li').first();
    const details = (await row.textContent()) ?? '';
    expect(details).toContain('2024-03-05');
    expect(details).toContain('教基〔2024〕3号');
    expect(details).toContain('PDF');

    await row.locator('a').first().click();
    await page.waitForURL(/#\/doc\/my-[0-9a-f]+$/u);
    await page.waitForSelector('.doc-text[data-marks]');
    // 立德 / 树人 were printed on two lines; the reader has them as one word, marked.
    expect(await page.locator('.doc-text p').allTextContents()).toContain(WRAPPED_PARAGRAPH);
    const texts = await waitForMarkTexts(
      page,
      (t) => t.includes('立德树人根本任务') && t.includes('双减'),
    );
    expect(texts).toContain('立德树人根本任务');
    expect(await page.textContent('.doc-meta')).toContain('教基〔2024〕3号');
    expect(await page.textContent('.doc-terms')).toContain('立德树人');
    await hoverMark(page, '立德树人根本任务');
    expect(await tooltipText(page)).toContain('立德树人');
    await page.close();
  });
});
