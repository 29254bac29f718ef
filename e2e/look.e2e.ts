// How the screens read, in real Chromium: running text at least 14 px on every extension screen
// (Chrome's own stylesheet for extension pages once made it 10.5 px), the popup's visible title,
// at most four term chips per notebook excerpt and then "+N more", and the tooltip giving way to
// the page's save confirmation after "Save sentence".
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clearNotebook,
  extensionPage,
  glossaryPage,
  type Harness,
  hoverMark,
  htmlPage,
  savePassage,
  startHarness,
  tooltipHidden,
  tooltipText,
  waitForHighlight,
  waitForMarks,
} from './harness.ts';
import { observerOf, until } from './observer.ts';
import { textSizes } from './page-side.ts';

/** Running text: paragraphs, list items, quotations, labels, definitions, table cells, captions,
 * and the English and pinyin lines of result lists. */
const RUNNING_TEXT = 'p, li, dd, dt, blockquote, label, td, summary, figcaption, .en, .py';
const MIN_PX = 14;

// One passage with nine glossary terms: more than the notebook's four chips.
const MANY_TERMS =
  '坚持立德树人，落实“双减”，增强“四个意识”、坚定“四个自信”、做到“两个维护”，推动高质量发展，扎实推进共同富裕，加快建设教育强国。';
const ARTICLE = '/look/article.html';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
  h.site.page(ARTICLE, htmlPage('政策学习', `<h1>政策学习</h1><p>${MANY_TERMS}</p>`));
});
afterAll(async () => {
  await h?.close();
});

/** Saves `quote` of the page at ARTICLE, as the context menu and the shortcut do. */
async function saveFromArticle(quote: string): Promise<void> {
  const page = await h.newPage(ARTICLE);
  await waitForMarks(page, 5);
  await savePassage(h, page, quote);
  await page.close();
}

/** Fails with the offending elements when running text under `root` is set below 14 px. */
async function expectReadableText(page: Page, root: string, screen: string): Promise<void> {
  const sizes = await page.evaluate(textSizes, { root, selector: RUNNING_TEXT, min: MIN_PX });
  // A check of nothing would pass: each screen must have running text to measure.
  expect(sizes.checked, `${screen}: running text found`).toBeGreaterThan(2);
  expect(sizes.small, `${screen}: text under ${MIN_PX} px`).toEqual([]);
}

describe('type size of running text, at least 14 px', () => {
  it('popup, with results, "on this page" and the footer', async () => {
    const popup = await h.popup();
    await popup.fill('#q', 'jiaoyu');
    await popup.waitForSelector('.results [role=option]');
    await expectReadableText(popup, '.popup', 'popup');
    // Search results are spans in an option: their English line is the popup's running text.
    const english = await popup.$eval('.results [role=option] .en', (e) =>
      parseFloat(getComputedStyle(e).fontSize),
    );
    expect(english).toBeGreaterThanOrEqual(MIN_PX);
    await popup.close();
  });

  it('glossary term page with its timeline', async () => {
    const page = await glossaryPage(h, '#/term/gong-tong-fu-yu');
    await page.waitForSelector('svg.chart');
    await expectReadableText(page, 'main', 'term page');
    await page.close();
  });

  it('glossary document reader', async () => {
    const page = await glossaryPage(h, '#/doc/moe-2024-national-education-work-conference/100');
    await page.waitForSelector('.doc-text[data-marks]');
    await expectReadableText(page, 'main', 'reader');
    await page.close();
  });

  it('notebook with an excerpt', async () => {
    await clearNotebook(h);
    await saveFromArticle(MANY_TERMS);
    const page = await extensionPage(h, 'notebook.html');
    await page.waitForSelector('.excerpt blockquote');
    await expectReadableText(page, 'body', 'notebook');
    await page.close();
  });

  it('options, with the category and topic explanations open', async () => {
    const page = await extensionPage(h, 'options.html');
    await page.waitForSelector('details.about');
    for (const summary of await page.$$('details.about summary')) await summary.click();
    await expectReadableText(page, 'body', 'options');
    await page.close();
  });

  it('welcome page', async () => {
    const page = await extensionPage(h, 'welcome.html');
    await page.waitForSelector('.sample[data-marks]', { timeout: 20_000 });
    await expectReadableText(page, 'body', 'welcome');
    await page.close();
  });
});

describe('the popup', () => {
  it('has a visible title with the extension name', async () => {
    const popup = await h.popup();
    const title = popup.locator('h1');
    await title.waitFor();
    expect(await title.textContent()).toBe('Policy Terms Reader');
    // Visible, not a 1-px screen-reader-only box; compact: one line of body-size text.
    const box = await title.boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(box?.height).toBeGreaterThanOrEqual(MIN_PX);
    expect(box?.height).toBeLessThan(30);
    await popup.close();
  });
});

describe('the notebook', () => {
  it('shows four term chips of an excerpt, then "+N more", and all of them on request', async () => {
    await clearNotebook(h);
    await saveFromArticle(MANY_TERMS);
    const page = await extensionPage(h, 'notebook.html');
    await page.waitForSelector('.excerpt blockquote');
    const excerpt = page.locator('.excerpt').first();
    expect(await excerpt.locator('.chip.term').count()).toBe(4);
    const more = excerpt.locator('.chip.more');
    expect(await more.textContent()).toMatch(/^\+\d+ more$/);
    const hidden = Number((await more.textContent())?.match(/\d+/)?.[0]);
    await more.click();
    expect(await excerpt.locator('.chip.term').count()).toBe(4 + hidden);
    expect(hidden).toBeGreaterThanOrEqual(3);
    await page.close();
  });
});

describe('saving from the tooltip on a web page', () => {
  it('closes the tooltip and shows the page’s save confirmation', async () => {
    await clearNotebook(h);
    const page = await h.newPage(ARTICLE);
    await waitForMarks(page, 5);
    await hoverMark(page, '四个意识');
    await tooltipText(page);
    await page
      .locator('policy-terms-tooltip')
      .getByRole('button', { name: 'Save sentence' })
      .click();
    // The confirmation lives in a closed shadow root: read through the DevTools protocol.
    const observer = await observerOf(page);
    const confirmed = await until(() =>
      observer.shadowText('policy-terms-notebook', '.confirm.saved'),
    );
    expect(confirmed).toContain('四个意识');
    await tooltipHidden(page);
    await waitForHighlight(page, 'ptr-excerpt');
    await page.close();
  });
});
