// The glossary page and the document reader in Chromium: browsing, addresses, history, the
// statistics chart, highlights and tooltips in the reader, and excerpt links into it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMatcher } from '../lib/matcher/matcher.ts';
import type { GlossaryBundle } from '../lib/types.ts';
import {
  builtGlossary,
  extensionPage,
  glossaryPage,
  type Harness,
  hoverMark,
  readMarks,
  setSettings,
  startHarness,
  tooltipText,
  waitForHighlight,
  waitForMarks,
  waitForNoHighlight,
} from './harness.ts';
import { highlightRect } from './page-side.ts';

const bundle = builtGlossary();
const termById = (id: string) => {
  const term = bundle.terms.find((x) => x.id === id);
  if (!term) throw new Error(`no term ${id} in the bundle`);
  return term;
};
const distinctPlaces = (id: string, doc: string) =>
  new Set(
    termById(id)
      .occurrences.filter((o) => o.doc === doc)
      .map((o) => o.start),
  ).size;

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const heading = (page: Page) => page.textContent('main h1');
const listed = (page: Page) =>
  page.$$eval('.term-list a', (links) => links.map((a) => a.getAttribute('data-term') ?? ''));

describe('browsing', () => {
  it('lists every term on the home page, grouped A–Z', async () => {
    const page = await glossaryPage(h);
    expect(await listed(page)).toHaveLength(bundle.terms.length);
    const letters = await page.$$eval('.letter-group h2', (hs) => hs.map((x) => x.textContent));
    expect(letters).toEqual([...letters].sort());
    await page.close();
  });

  it('browses one category: only its terms, all of them', async () => {
    const page = await glossaryPage(h);
    await page.click('a[href="#/category/formula"]');
    await page.waitForURL(/#\/category\/formula$/);
    const ids = await listed(page);
    const expected = bundle.terms.filter((x) => x.category === 'formula').map((x) => x.id);
    expect(ids.sort()).toEqual(expected.sort());
    expect(await page.getAttribute('a[href="#/category/formula"]', 'aria-current')).toBe('page');
    await page.close();
  });

  it('browses A–Z by the first letter of the pinyin, in pinyin order', async () => {
    const page = await glossaryPage(h);
    await page.click('.letters a[href="#/letter/l"]');
    await page.waitForURL(/#\/letter\/l$/);
    const ids = await listed(page);
    const expected = bundle.terms
      .filter((x) => x.pinyinPlain.startsWith('l'))
      .sort((a, b) => a.pinyinPlain.localeCompare(b.pinyinPlain));
    expect(ids).toEqual(expected.map((x) => x.id));
    // A letter no term starts with is shown, but not as a link.
    const empty = 'abcdefghijklmnopqrstuvwxyz'
      .split('')
      .find((l) => !bundle.terms.some((x) => x.pinyinPlain.startsWith(l)));
    if (empty) expect(await page.$(`.letters a[href="#/letter/${empty}"]`)).toBeNull();
    await page.close();
  });

  it('searches with the shared search, and Enter opens the best hit', async () => {
    const page = await glossaryPage(h);
    await page.fill('#gq', 'ldsr');
    await page.waitForURL(/#\/search\/ldsr$/);
    expect(await listed(page)).toContain('li-de-shu-ren');
    await page.press('#gq', 'Enter');
    await page.waitForURL(/#\/term\/li-de-shu-ren$/);
    expect(await heading(page)).toContain('立德树人');
    await page.close();
  });
});

describe('term pages', () => {
  it('opens an entry from its own address', async () => {
    const page = await glossaryPage(h, '#/term/liang-ge-que-li');
    expect(await heading(page)).toContain('两个确立');
    expect(await page.title()).toContain('两个确立');
    // Formula members are listed.
    for (const member of termById('liang-ge-que-li').members) {
      expect(await page.textContent('article.term')).toContain(member);
    }
    // Its category badge leads to the category.
    await page.click('article.term .meta a.badge');
    await page.waitForURL(/#\/category\/formula$/);
    expect(await listed(page)).toContain('liang-ge-que-li');
    await page.close();
  });

  it('follows a related term as a link, and the back and forward buttons walk the history', async () => {
    const page = await glossaryPage(h, '#/term/si-ge-yi-shi');
    const related = termById(termById('si-ge-yi-shi').related[0] as string);
    await page.click(`article.term a.chip[href="#/term/${related.id}"]`);
    await page.waitForURL(new RegExp(`#/term/${related.id}$`));
    await page.waitForFunction(
      (term) => document.querySelector('main h1')?.textContent?.includes(term),
      related.term,
    );
    await page.goBack();
    await page.waitForURL(/#\/term\/si-ge-yi-shi$/);
    await page.waitForFunction(() =>
      document.querySelector('main h1')?.textContent?.includes('四个意识'),
    );
    await page.goForward();
    await page.waitForFunction(
      (term) => document.querySelector('main h1')?.textContent?.includes(term),
      related.term,
    );
    await page.close();
  });

  it('draws a bar for each document the term occurs in, with its count', async () => {
    const id = 'li-de-shu-ren';
    const page = await glossaryPage(h, `#/term/${id}`);
    const bars = await page.$$eval('.stats svg.chart g.slot', (slots) =>
      slots.map((g) => ({
        doc: g.getAttribute('data-doc'),
        count: Number(g.getAttribute('data-count')),
        bar: g.querySelector('rect.bar')?.getBoundingClientRect().height ?? 0,
      })),
    );
    const dated = [...bundle.documents].sort((a, b) => a.date.localeCompare(b.date));
    expect(bars.map((b) => b.doc)).toEqual(dated.map((d) => d.id));
    for (const bar of bars) {
      expect(bar.count).toBe(distinctPlaces(id, bar.doc as string));
      if (bar.count > 0) expect(bar.bar).toBeGreaterThan(0);
      else expect(bar.bar).toBe(0);
    }
    const withBars = await page.$$eval('.stats svg.chart rect.bar', (r) => r.length);
    expect(withBars).toBe(bars.filter((b) => b.count > 0).length);
    // The text alternative names every document and its count.
    const label = await page.evaluate(() => {
      const svg = document.querySelector('.stats svg.chart') as SVGElement;
      return (svg.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((x) => document.getElementById(x)?.textContent ?? '')
        .join(' ');
    });
    for (const doc of dated) expect(label).toContain(doc.date);
    expect(await page.getAttribute('.stats svg.chart', 'role')).toBe('img');
    await page.close();
  });

  it('draws no bar for a document without the term', async () => {
    const id = bundle.terms.find(
      (x) =>
        x.occurrences.length > 0 &&
        new Set(x.occurrences.map((o) => o.doc)).size < bundle.documents.length,
    )?.id as string;
    const page = await glossaryPage(h, `#/term/${id}`);
    const docs = new Set(termById(id).occurrences.map((o) => o.doc)).size;
    expect(await page.$$eval('.stats svg.chart rect.bar', (r) => r.length)).toBe(docs);
    await page.close();
  });
});

describe('document reader', () => {
  const docId = 'moe-2022-20th-congress-notice';
  const doc = bundle.documents.find((d) => d.id === docId) as GlossaryBundle['documents'][number];

  it('shows a cleaned document with its metadata and its terms highlighted', async () => {
    const page = await glossaryPage(h, `#/doc/${docId}`);
    expect(await heading(page)).toBe(doc.title);
    const meta = (await page.textContent('.doc-meta')) ?? '';
    expect(meta).toContain(doc.issuer);
    expect(meta).toContain(doc.date);
    const text = await page.$$eval('.doc-text [data-start]', (els) =>
      els.map((e) => e.textContent),
    );
    expect(text).toEqual(doc.blocks.map((b) => doc.text.slice(b.start, b.end)));
    // Exactly what the content script's matcher finds in each block, nothing more or less.
    const matcher = createMatcher(bundle.index);
    const expected = doc.blocks.flatMap((b) => {
      const block = doc.text.slice(b.start, b.end);
      return matcher.findTerms(block).map((m) => block.slice(m.start, m.end));
    });
    expect(expected.length).toBeGreaterThan(20);
    await page.waitForSelector('.doc-text[data-marks]');
    expect(Number(await page.getAttribute('.doc-text', 'data-marks'))).toBe(expected.length);
    // What is drawn (the registry may hold only the marks near the viewport) is among them.
    const marks = await readMarks(page);
    expect(marks.length).toBeGreaterThan(10);
    const left = [...expected];
    for (const m of marks) {
      const i = left.indexOf(m.text);
      expect(i, m.text).toBeGreaterThanOrEqual(0);
      left.splice(i, 1);
    }
    expect(marks.every((m) => m.name.startsWith('ptr-underline-'))).toBe(true);
    await page.close();
  });

  it('shows the tooltip when a term is hovered, and "open in glossary" stays on the page', async () => {
    const place = doc.text.indexOf('双减');
    const page = await glossaryPage(h, `#/doc/${docId}/${place}`);
    await waitForHighlight(page, 'ptr-flash');
    await hoverMark(page, '双减');
    const pagesBefore = h.browser.context.pages().length;
    expect(await tooltipText(page)).toContain(termById('shuang-jian').english);
    // A real click: the tooltip ignores synthetic (untrusted) events.
    await page.locator('policy-terms-tooltip footer button').first().click();
    await page.waitForURL(/#\/term\/shuang-jian$/);
    // A new tab would open after a round trip to the background: give it the chance to.
    await page.waitForTimeout(500);
    expect(h.browser.context.pages()).toHaveLength(pagesBefore);
    expect(await page.textContent('main h1')).toContain('双减');
    await page.close();
  });

  it('saves a sentence under the document, and the notebook opens the reader at it', async () => {
    const place = doc.text.indexOf('双减');
    const page = await glossaryPage(h, `#/doc/${docId}/${place}`);
    await waitForHighlight(page, 'ptr-flash');
    await hoverMark(page, '双减');
    await tooltipText(page);
    const tooltip = page.locator('policy-terms-tooltip');
    await tooltip.getByRole('button', { name: 'Save sentence' }).click();
    await tooltip.getByText('Saved to notebook').waitFor();
    await page.close();

    const notebook = await extensionPage(h, 'notebook.html');
    const card = notebook.locator('.excerpt', { hasText: '双减' }).first();
    await card.waitFor();
    expect(await notebook.textContent('.page-group h2')).toContain(doc.title);
    const href = (await card.locator('a.open').getAttribute('href')) as string;
    const [, start] = new RegExp(`/glossary\\.html#/doc/${docId}/(\\d+)$`).exec(href) ?? [];
    expect(start).toBeDefined();
    // The offset is the sentence's own place in the document's text.
    const sentence = (await card.locator('blockquote').textContent()) ?? '';
    expect(sentence).toContain('双减');
    // (Not "the document's text after the offset holds 双减": true of almost any offset.)
    expect(doc.text.startsWith(sentence, Number(start))).toBe(true);
    expect(Number(start)).toBeLessThanOrEqual(place);
    expect(place - Number(start)).toBeLessThan(200);

    const opened = h.browser.context.waitForEvent('page');
    await card.locator('a.open').click();
    const reader = await opened;
    await reader.waitForURL(new RegExp(`#/doc/${docId}/${start}$`));
    await waitForHighlight(reader, 'ptr-flash');
    expect(await reader.textContent('.at-target')).toContain('双减');
    await reader.close();
    await notebook.close();
  });

  it('turns the marks off and on with the toggle', async () => {
    const page = await glossaryPage(h, `#/doc/${docId}`);
    await waitForMarks(page, 20);
    await page.uncheck('.doc-meta input[type=checkbox]');
    await waitForNoHighlight(page, 'ptr-underline');
    await page.check('.doc-meta input[type=checkbox]');
    await waitForMarks(page, 20);
    await page.close();
  });

  it('follows the options: mark style and hidden categories', async () => {
    await setSettings(h, {
      enabled: true,
      disabledSites: [],
      hiddenCategories: ['organization'],
      style: 'background',
      tooltipScript: 'page',
    });
    try {
      const page = await glossaryPage(h, `#/doc/${docId}`);
      await page.waitForSelector('.doc-text[data-marks]');
      await waitForHighlight(page, 'ptr-background-concept');
      const marks = await readMarks(page);
      expect(marks.length).toBeGreaterThan(10);
      expect(marks.every((m) => m.name.startsWith('ptr-background-'))).toBe(true);
      expect(marks.some((m) => m.name.endsWith('-organization'))).toBe(false);
      await page.close();
    } finally {
      await setSettings(h, null);
    }
  });

  it('opens the reader at the place an excerpt link points to, and flashes it', async () => {
    const id = 'li-de-shu-ren';
    const page = await glossaryPage(h, `#/term/${id}`);
    const link = page.locator('article.term .excerpt a').nth(2);
    const href = (await link.getAttribute('href')) as string;
    const [, target, offset] = /#\/doc\/([^/]+)\/(\d+)$/.exec(href) ?? [];
    const occurrence = termById(id).occurrences.find(
      (o) => o.doc === target && o.start === Number(offset),
    );
    expect(occurrence).toBeDefined();
    await link.click();
    await page.waitForURL(/#\/doc\//);
    const flash = await page.waitForFunction(
      highlightRect,
      { prefix: 'ptr-flash' },
      { timeout: 15_000 },
    );
    const { text, top, bottom, viewportHeight } = (await flash.jsonValue()) as NonNullable<
      ReturnType<typeof highlightRect>
    >;
    expect(text).toContain(occurrence?.text);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(bottom).toBeLessThanOrEqual(viewportHeight);
    // The block with the place is marked and focused, so Tab continues from there.
    const targetStart = await page.evaluate(() =>
      document.activeElement?.getAttribute('data-start'),
    );
    const block =
      doc &&
      bundle.documents
        .find((d) => d.id === target)
        ?.blocks.find((b) => b.start <= Number(offset) && Number(offset) < b.end);
    expect(Number(targetStart)).toBe(block?.start);
    await page.close();
  });

  it("opens at the place the popup's excerpt links point to", async () => {
    const popup = await h.popup();
    await popup.fill('#q', 'lideshuren');
    await popup.waitForSelector('.results [role=option]');
    await popup.press('#q', 'Enter');
    const href = (await popup.getAttribute('article.term .excerpt a', 'href')) as string;
    expect(href).toMatch(/\/glossary\.html#\/doc\/[^/]+\/\d+$/);
    await popup.close();
    const page = await h.browser.context.newPage();
    await page.goto(href);
    await waitForHighlight(page, 'ptr-flash');
    const [flashed] = await readMarks(page, 'ptr-flash');
    expect(flashed?.text).toContain('立德树人');
    await page.close();
  });
});

describe('keyboard', () => {
  const focused = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return { tag: el?.tagName ?? '', id: el?.id ?? '', text: el?.textContent ?? '' };
    });

  it('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await glossaryPage(h);
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe(await page.textContent('.skip-link'));
    await page.keyboard.press('Enter');
    expect((await focused(page)).tag).toBe('H1');
    // Enter on the skip link does not replace the route.
    expect(new URL(page.url()).hash).toBe('#/');
    await page.close();
  });

  it('/ focuses the search, arrow down enters the results, Enter opens one', async () => {
    const page = await glossaryPage(h);
    await page.keyboard.press('/');
    expect((await focused(page)).id).toBe('gq');
    await page.keyboard.type('sige');
    await page.waitForURL(/#\/search\/sige$/);
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).tag).toBe('A');
    const first = (await focused(page)).text;
    await page.keyboard.press('ArrowDown');
    expect((await focused(page)).text).not.toBe(first);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).text).toBe(first);
    await page.keyboard.press('ArrowUp');
    expect((await focused(page)).id).toBe('gq');
    await page.keyboard.press('ArrowDown');
    const id = (await page.evaluate(() =>
      document.activeElement?.getAttribute('data-term'),
    )) as string;
    expect(termById(id).pinyinPlain.startsWith('sige')).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/term/${id}$`));
    // After a navigation focus lands on the new page's heading.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect((await focused(page)).text).toContain(termById(id).term);
    await page.close();
  });

  it('Space toggles the reader marks like a click', async () => {
    const page = await glossaryPage(h, '#/doc/moe-2024-midyear-progress-meeting');
    await page.waitForSelector('.doc-text[data-marks]');
    await page.focus('.doc-meta input[type=checkbox]');
    await page.keyboard.press('Space');
    await waitForNoHighlight(page, 'ptr-underline');
    await page.close();
  });
});
