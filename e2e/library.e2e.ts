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
  activeTabId,
  extensionPage,
  glossaryPage,
  type Harness,
  hoverMark,
  startHarness,
  tooltipText,
  waitForHighlight,
  waitForMarkTexts,
} from './harness.ts';
import {
  encryptedPdf,
  noticeHtml,
  predefinedCMapPdf,
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

describe('a PDF without an embedded Chinese font', () => {
  it('reads through the CMaps the extension ships', async () => {
    const page = await library();
    await addFile(page, 'cmap.pdf', predefinedCMapPdf('坚持立德树人根本任务'));
    expect(await outcome(page)).toContain('Added: 坚持立德树人根本任务');
    const row = page.locator('.library-list li', { hasText: '坚持立德树人根本任务' });
    await row.locator('button.delete').click();
    await row.waitFor({ state: 'detached' });
    await page.close();
  });
});

describe('reading and the notebook', () => {
  it('saves a sentence of a user document, and the notebook opens the reader at it', async () => {
    const page = await library();
    await page.locator('.library-list li a').first().click();
    await page.waitForSelector('.doc-text[data-marks]');
    const docUrl = page.url();
    await waitForMarkTexts(page, (t) => t.includes('双减'));
    await hoverMark(page, '双减');
    await tooltipText(page);
    const tooltip = page.locator('policy-terms-tooltip');
    await tooltip.getByRole('button', { name: 'Save sentence' }).click();
    await tooltip.getByText('Saved to notebook').waitFor();
    await page.close();

    const notebook = await extensionPage(h, 'notebook.html');
    const card = notebook.locator('.excerpt', { hasText: '双减' }).first();
    await card.waitFor();
    // Filed under the document's title and its reader address, not the extension page's.
    expect(await notebook.textContent('.page-group h2')).toContain(
      '教育部关于做好作业管理工作的通知',
    );
    const href = (await card.locator('a.open').getAttribute('href')) ?? '';
    expect(href.startsWith(`${docUrl}/`)).toBe(true);
    const opened = h.browser.context.waitForEvent('page');
    await card.locator('a.open').click();
    const reader = await opened;
    await reader.waitForURL(/#\/doc\/my-[0-9a-f]+\/\d+$/u);
    await waitForHighlight(reader, 'ptr-flash');
    expect(await reader.textContent('.at-target')).toContain('双减');
    await reader.close();
    await notebook.close();
  });
});

describe('a .docx built in the test', () => {
  it('is added with its heading and a term split across Word runs marked as one', async () => {
    const docx = await makeDocx([
      { text: '关于深化教育改革的意见', heading: true },
      { text: '坚持立德树人，全面加强“两个确立”的学习。', runsAt: [4, 12] },
      { text: '国务院办公厅' },
      { text: '2023年6月1日' },
    ]);
    const page = await library();
    await addFile(page, '意见.docx', docx);
    expect(await outcome(page)).toContain('Added: 关于深化教育改革的意见');
    const row = page.locator('.library-list li', { hasText: '关于深化教育改革的意见' });
    expect(await row.textContent()).toContain('国务院办公厅');
    expect(await row.textContent()).toContain('Word');
    await row.locator('a').first().click();
    await page.waitForSelector('.doc-text[data-marks]');
    expect(await page.textContent('.doc-text h2')).toBe('关于深化教育改革的意见');
    await waitForMarkTexts(page, (t) => t.includes('立德树人') && t.includes('两个确立'));
    await page.close();
  });
});

describe('the list', () => {
  it('searches, sorts by date, shows the size, edits details, deletes with undo', async () => {
    const page = await library();
    await page.waitForSelector('.library-list li');
    expect(await listedTitles(page)).toEqual([
      '教育部关于做好作业管理工作的通知',
      '关于深化教育改革的意见',
    ]);
    await page.selectOption('.library-sort', 'date-asc');
    expect((await listedTitles(page))[0]).toBe('关于深化教育改革的意见');
    expect(await page.textContent('.library-size')).toMatch(/^2 documents · \d+(\.\d)? (KB|B)$/u);

    await page.fill('.library-search', '满意');
    expect(await listedTitles(page)).toEqual(['教育部关于做好作业管理工作的通知']);
    expect(await page.textContent('.library-list .snippet')).toContain('办好人民满意的教育');
    await page.fill('.library-search', '');

    const row = page.locator('.library-list li', { hasText: '关于深化教育改革的意见' });
    await row.locator('button.edit').click();
    await row.locator('input[name=date]').fill('2023年6月');
    await row.getByRole('button', { name: 'Save' }).click();
    expect(await row.locator('[role=alert]').textContent()).toContain('YYYY-MM-DD');
    await row.locator('input[name=date]').fill('2021-01-02');
    await row.locator('input[name=docNumber]').fill('国办发〔2021〕9号');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.locator('.meta-form').waitFor({ state: 'detached' });
    expect(await row.textContent()).toContain('国办发〔2021〕9号');
    expect((await listedTitles(page))[0]).toBe('关于深化教育改革的意见');

    await row.locator('button.delete').click();
    await page.getByText('Deleted: 关于深化教育改革的意见').waitFor();
    expect(await listedTitles(page)).toEqual(['教育部关于做好作业管理工作的通知']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await row.waitFor();
    expect(await row.textContent()).toContain('国办发〔2021〕9号');
    expect(await listedTitles(page)).toHaveLength(2);
    await page.close();
  });

  it('adds pasted text', async () => {
    const page = await library();
    await page.fill('#library-paste', '乡村振兴工作要点\n\n全面推进乡村振兴，\n加快建设农业强国。');
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    expect(await outcome(page)).toContain('Added: 乡村振兴工作要点');
    expect(await page.inputValue('#library-paste')).toBe('');
    expect(await listedTitles(page)).toContain('乡村振兴工作要点');
    await page.close();
  });
});

describe('the reader reads its one document', () => {
  it('opens from the list, goes back to it, and says so when the document was deleted', async () => {
    const page = await library();
    await page.fill('#library-paste', '城市更新行动方案\n\n实施城市更新行动，推进新型城镇化。');
    await page.getByRole('button', { name: 'Add pasted text' }).click();
    expect(await outcome(page)).toContain('Added: 城市更新行动方案');
    const row = page.locator('.library-list li', { hasText: '城市更新行动方案' });
    await row.locator('a').first().click();
    await page.locator('article.doc-text[data-marks]').waitFor();
    expect(await page.textContent('.reader h1')).toBe('城市更新行动方案');
    const address = page.url();
    // Back in the list (its documents read again), and the document deleted from there.
    await page.goBack();
    await row.locator('button.delete').click();
    await page.getByText('Deleted: 城市更新行动方案').waitFor();
    await page.goto(address);
    await page.getByText(/No source document has the id/u).waitFor();
    expect(await page.locator('article.doc-text').count()).toBe(0);
    await page.close();
  });
});

describe('the current tab', () => {
  it("adds the page's main text from the popup, without its navigation", async () => {
    const article = await h.newPage('/fixtures/notebook-article.html');
    await waitForMarkTexts(article, (t) => t.includes('立德树人根本任务'));
    const popup = await h.popup(`?tab=${await activeTabId(h)}`);
    await popup.getByRole('button', { name: 'Add this page to my documents' }).click();
    const status = popup.locator('.add-page-status[role=status]');
    await status.getByText(/^Added to my documents: /u).waitFor();
    const title = ((await status.textContent()) ?? '').replace(/^Added to my documents: /u, '');
    expect(title).toContain('教育部党组印发通知');
    const href = (await status.locator('a').getAttribute('href')) ?? '';
    expect(href).toMatch(/glossary\.html#\/doc\/my-[0-9a-f]+$/u);
    await popup.close();
    await article.close();

    const reader = await glossaryPage(h, href.slice(href.indexOf('#')));
    await reader.waitForSelector('.doc-text[data-marks]');
    const text = (await reader.textContent('.doc-text')) ?? '';
    expect(text).toContain('落实立德树人根本任务，奋力建设高质量教育体系');
    expect(text).not.toContain('无障碍');
    expect(await reader.textContent('.doc-meta')).toContain('notebook-article.html');
    await reader.close();
  });

  it('says so when the tab is a page the extension cannot read, and adds nothing', async () => {
    const list = await library();
    await list.waitForSelector('.library-list li');
    const before = await listedTitles(list);
    const blank = await h.browser.context.newPage();
    await blank.goto('about:blank');
    const popup = await h.popup(`?tab=${await activeTabId(h)}`);
    await popup.getByRole('button', { name: 'Add this page to my documents' }).click();
    const alert = popup.locator('.add-page-status[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The extension cannot read this page');
    await popup.close();
    await blank.close();
    expect(await listedTitles(list)).toEqual(before);
    await list.close();
  });
});

describe('bad input: a clear message and the library unchanged', () => {
  const cases: [string, string, () => Promise<Buffer | Uint8Array>][] = [
    [
      'scan.pdf',
      'No text in this PDF; it may be a scanned image.',
      () => printPdf(h.browser.context, SCANNED_HTML),
    ],
    [
      'locked.pdf',
      'This PDF is protected by a password and cannot be read.',
      async () => encryptedPdf(),
    ],
    [
      'broken.pdf',
      'This PDF is damaged, or is not a PDF.',
      async () => Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog broken'),
    ],
    [
      'old.doc',
      'This is an old Word file (.doc).',
      async () => Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    ],
    [
      'table.xlsx',
      'This type of file cannot be read.',
      async () => Buffer.from('PK\u0003\u0004 a spreadsheet'),
    ],
    ['empty.txt', 'There is no text to add.', async () => Buffer.from(' \n\u3000\n')],
  ];

  it.each(cases)('%s: "%s"', async (name, message, make) => {
    const page = await library();
    await page.waitForSelector('.library-list li');
    const before = await listedTitles(page);
    await addFile(page, name, await make());
    const alert = page.locator('.add-status[role=alert]');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.textContent()).toContain(`${name} was not added. ${message}`);
    expect(await listedTitles(page)).toEqual(before);
    await page.close();
  });

  it('refuses a 200 MB file by its size', async () => {
    const page = await library();
    await page.waitForSelector('.library-list li');
    const before = await listedTitles(page);
    const path = join(dir, 'huge.pdf');
    writeFileSync(path, '%PDF-1.7\n');
    truncateSync(path, 200 * 1024 * 1024); // sparse: no 200 MB written to disk
    await page.setInputFiles('.library-add input[type=file]', path);
    const alert = page.locator('.add-status[role=alert]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('The file is too large: the limit is 50 MB.');
    expect(await listedTitles(page)).toEqual(before);
    await page.close();
  });
});
