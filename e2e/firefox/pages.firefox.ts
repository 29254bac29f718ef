// Extension pages in Firefox: the popup's search, the glossary page and its document reader,
// saving an excerpt through the message the shortcut and menu send, finding it again after a
// reload, the notebook's export, and IndexedDB surviving a reload of the add-on.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExtensionApi, type FirefoxHarness, startFirefox } from './harness.ts';
import {
  excerptTexts,
  hoverMark,
  poll,
  readMarks,
  selectText,
  tooltipText,
  waitForMarks,
} from './page.ts';
import { ROOT } from '../harness.ts';

const ARTICLE = '/news/2022/1031/notice.html';
const QUOTE = '学习宣传贯彻党的二十大精神是当前和今后一个时期教育系统的首要政治任务';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefox();
  h.site.page(ARTICLE, readFileSync(join(ROOT, 'e2e/fixtures/notebook-article.html'), 'utf8'));
});
afterAll(async () => {
  await h?.close();
});

/** Types `query` into a fresh popup and returns the headwords of its results. */
async function popupSearch(query: string): Promise<string[]> {
  const popup = await h.extensionPage('popup.html', '#q');
  await popup.type('#q', query);
  await poll(() => popup.$('.results [role=option], .empty'), `results for ${query}`);
  const hits = await popup.$$eval('.results [role=option] .hw', (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  await popup.close();
  return hits;
}

/** The excerpts the notebook page lists (their quoted text). */
async function notebookQuotes(): Promise<string[]> {
  const page = await h.extensionPage('notebook.html', '.page-group .excerpt, .empty');
  const quotes = await page.$$eval('.excerpt blockquote', (els) => els.map((e) => e.textContent));
  await page.close();
  return quotes.map((q) => q ?? '');
}

/** Saves `quote` on `page` the way the keyboard shortcut and the context menu do. */
async function saveSelection(page: Page, quote: string): Promise<void> {
  await selectText(page, quote);
  const tab = await h.tabIdOf(page);
  const reply = await h.inExtension(
    ({ tab }) =>
      (globalThis as unknown as { browser: ExtensionApi }).browser.tabs.sendMessage(tab, {
        type: 'page/saveSelection',
      }),
    { tab },
  );
  expect(reply).toMatchObject({ saved: true });
}

describe('the popup in Firefox', () => {
  it('finds terms by characters in either script, pinyin and English', async () => {
    expect((await popupSearch('立德树人'))[0]).toBe('立德树人');
    expect((await popupSearch('兩個確立'))[0]).toBe('两个确立');
    expect((await popupSearch('lideshuren'))[0]).toBe('立德树人');
    expect(await popupSearch('Two Establishes')).toContain('两个确立');
  });
});

describe('the glossary page in Firefox', () => {
  it('opens an entry from its address', async () => {
    const page = await h.extensionPage('glossary.html#/term/shuang-jian', 'main h1');
    expect(await page.$eval('main h1', (e) => e.textContent)).toContain('双减');
    await page.close();
  });

  it('reads a seed document with its terms marked, and explains one on hover', async () => {
    const page = await h.extensionPage(
      'glossary.html#/doc/moe-2022-20th-congress-notice',
      '.doc-text[data-marks]',
    );
    const count = Number(await page.$eval('.doc-text', (e) => e.getAttribute('data-marks')));
    expect(count).toBeGreaterThan(20);
    const marks = await waitForMarks(page, 10);
    expect(marks).toContain('双减');
    await hoverMark(page, '双减');
    expect(await tooltipText(page)).toContain('shuāng jiǎn');
    // Term marks in the reader's style, not the notebook's passage marks.
    expect((await readMarks(page)).every((m) => m.name.startsWith('ptr-underline-'))).toBe(true);
    await page.close();
  });
});

describe('the notebook in Firefox', () => {
  // Each test below reads the excerpt this saves (and can run alone with -t).
  beforeAll(async () => {
    const page = await h.newPage(ARTICLE);
    await waitForMarks(page, 1);
    await saveSelection(page, QUOTE);
    await page.close();
  });

  it('marks a saved excerpt when the page is visited again, and lists it', async () => {
    const page = await h.newPage(ARTICLE);
    await page.reload();
    const excerptText = await poll(async () => {
      const texts = await excerptTexts(page);
      return texts.length > 0 && texts;
    }, 'the saved excerpt to be marked after the reload');
    expect(excerptText).toEqual([QUOTE]);
    await page.close();
    expect(await notebookQuotes()).toContain(QUOTE);
  });

  it('exports the notebook as JSON into the downloads folder', async () => {
    const page = await h.extensionPage('notebook.html', '.page-group .excerpt');
    await page.click('button[data-export=json]');
    const file = await poll(async () => {
      const done = readdirSync(h.downloads).find((f) => f.endsWith('.json'));
      return done && join(h.downloads, done);
    }, 'the JSON export to be saved');
    const data = JSON.parse(
      await poll(async () => readFileSync(file, 'utf8').trim() || null, 'the file to be written'),
    );
    expect(data).toMatchObject({ format: 'policy-terms-notebook', schemaVersion: 1 });
    expect(data.excerpts.map((e: { exact: string }) => e.exact)).toContain(QUOTE);
    await page.close();
  });

  it("keeps the notebook and the glossary in the add-on's IndexedDB across a reload of the add-on", async () => {
    await h.reloadAddon();
    expect(await notebookQuotes()).toContain(QUOTE);
    expect((await popupSearch('双减'))[0]).toBe('双减');
  });

  it('opens no welcome page again after that reload: only a first install does', async () => {
    // The reload above waited for the new background page; give its onInstalled time to act.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    // Each page's own address: over BiDi, tabs showing extension pages report about:blank.
    const urls = await Promise.all(
      (await h.browser.pages()).map((p) => p.evaluate(() => location.href).catch(() => '')),
    );
    expect(urls.filter((url) => url.endsWith('/welcome.html'))).toEqual([]);
  });
});
