// The tooltip as a reader meets it, in real Chromium at the window sizes people use: it never
// covers the hovered term, its actions are always in view, it stays small for any entry, and its
// keys work. (Content and script are checked in reading.e2e.ts; the placement rule is unit-tested
// in lib/dom/placement.test.ts.)
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPage } from '../scripts/site/demo-page.ts';
import {
  builtGlossary,
  clearNotebook,
  type Harness,
  hoverMark,
  htmlPage,
  pointAt,
  startHarness,
  tooltipHidden,
  tooltipText,
  waitForMarks,
} from './harness.ts';
import { observerOf, until } from './observer.ts';

let h: Harness;
const bundle = builtGlossary();

beforeAll(async () => {
  h = await startHarness();
  h.site.page('/demo.html', demoPage(bundle));
  // A traditional page: the demo's traditional-script articles, on their own.
  const traditional = bundle.documents.filter((d) => d.script === 'traditional');
  h.site.page(
    '/traditional-long.html',
    htmlPage(
      '繁體新聞',
      traditional
        .flatMap((d) => d.blocks.map((b) => `<p>${d.text.slice(b.start, b.end)}</p>`))
        .join('\n'),
    ).replace('lang="zh-Hans"', 'lang="zh-Hant-TW"'),
  );
});
afterAll(async () => {
  await h?.close();
});

type Rect = { top: number; left: number; bottom: number; right: number };

/**
 * Scrolls the `index`-th mark (in document order) to the top, middle or bottom of the viewport
 * and returns a point on it and all its line boxes; null when there are fewer marks.
 */
function markAt(wanted: { index: number; align: ScrollLogicalPosition }): {
  point: { x: number; y: number };
  rects: Rect[];
  text: string;
} | null {
  const ranges: Range[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('ptr-')) continue;
    for (const r of highlight as Highlight) {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      ranges.push(range);
    }
  }
  ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
  const range = ranges[wanted.index];
  if (!range) return null;
  // Kept for hoveredRects(): the marks may be renumbered while the test looks at the tooltip.
  (window as unknown as { hovered: Range }).hovered = range;
  (range.startContainer.parentElement as Element).scrollIntoView({ block: wanted.align });
  // Keep clear of the viewport's very edge, where a point may fall outside the last line.
  const rects = [...range.getClientRects()].map((r) => ({
    top: r.top,
    left: r.left,
    bottom: r.bottom,
    right: r.right,
  }));
  const first = rects[0];
  if (!first || first.bottom > innerHeight - 2 || first.top < 2) return null;
  return {
    point: {
      x: first.left + Math.min((first.right - first.left) / 2, 8),
      y: (first.top + first.bottom) / 2,
    },
    rects,
    text: range.toString(),
  };
}

/** The line boxes of the mark markAt() chose last, where they are now. */
function hoveredRects(): Rect[] {
  const range = (window as unknown as { hovered?: Range }).hovered;
  return [...(range?.getClientRects() ?? [])].map((r) => ({
    top: r.top,
    left: r.left,
    bottom: r.bottom,
    right: r.right,
  }));
}

function countMarks(): number {
  let n = 0;
  for (const [name, highlight] of CSS.highlights) if (name.startsWith('ptr-')) n += highlight.size;
  return n;
}

/** The open tooltip's box, its body's overflow, its buttons' boxes, and the viewport. */
function tooltipGeometry() {
  const tip = document
    .querySelector('policy-terms-tooltip')
    ?.shadowRoot?.querySelector<HTMLElement>('[role=tooltip]');
  if (!tip) return null;
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
  };
  const body = tip.querySelector('.body') as HTMLElement;
  return {
    tip: box(tip),
    buttons: [...tip.querySelectorAll('footer button')].map(box),
    bodyOverflow: body.scrollHeight - body.clientHeight,
    view: { width: document.documentElement.clientWidth, height: innerHeight },
  };
}

const overlaps = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const inside = (inner: Rect, outer: Rect) =>
  inner.top >= outer.top - 0.5 &&
  inner.bottom <= outer.bottom + 0.5 &&
  inner.left >= outer.left - 0.5 &&
  inner.right <= outer.right + 0.5;

/** Closes any tooltip, hovers the mark at `index` placed at `align`; its rects, or null. */
async function hoverAt(page: Page, index: number, align: ScrollLogicalPosition) {
  await page.keyboard.press('Escape');
  await tooltipHidden(page);
  const mark = await page.evaluate(markAt, { index, align });
  if (!mark) return null;
  await pointAt(page, mark.point);
  await tooltipText(page);
  return mark;
}

const SIZES = [
  { width: 1280, height: 900 },
  { width: 1366, height: 768 },
];
const ALIGNS: ScrollLogicalPosition[] = ['start', 'center', 'end'];

describe('tooltip placement', () => {
  for (const size of SIZES) {
    it(`never covers the hovered term and keeps its actions in view at ${size.width}×${size.height}`, async () => {
      const failures: string[] = [];
      let hovers = 0;
      for (const [path, count] of [
        ['/demo.html', 35],
        ['/traditional-long.html', 15],
      ] as const) {
        const page = await h.browser.context.newPage();
        await page.setViewportSize(size);
        await page.goto(`${h.site.origin}${path}`);
        await waitForMarks(page, 20);
        const total = await page.evaluate(countMarks);
        for (let i = 0; i < count; i++) {
          // Spread over the page, at the top, middle and bottom of the window in turn.
          const index = Math.floor(((i + 0.5) * total) / count);
          const mark = await hoverAt(page, index, ALIGNS[i % 3] as ScrollLogicalPosition);
          if (!mark) continue;
          hovers++;
          const g = await page.evaluate(tooltipGeometry);
          if (!g) {
            failures.push(`${mark.text}: no tooltip`);
            continue;
          }
          // Rects read again now the tooltip is shown (nothing may have moved the text).
          const now = await page.evaluate(hoveredRects);
          if (now.some((r) => overlaps(r, g.tip)))
            failures.push(
              `${mark.text}: covered ${JSON.stringify({ tip: g.tip, now, then: mark.rects })}`,
            );
          if (!g.buttons.every((b) => inside(b, g.tip))) failures.push(`${mark.text}: buttons cut`);
          if (!inside(g.tip, { top: 0, left: 0, bottom: g.view.height, right: g.view.width }))
            failures.push(`${mark.text}: outside the window`);
        }
        await page.close();
      }
      expect(failures).toEqual([]);
      expect(hovers).toBeGreaterThanOrEqual(45);
    });
  }
});

/** `n` entries drawn with a fixed seed, so a failure names the same entries on every run. */
function sample<T>(items: T[], n: number, seed: number): T[] {
  const pool = [...items];
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j] as T, pool[i] as T];
  }
  return pool.slice(0, n);
}

describe('tooltip size', () => {
  it('stays under 360 px and needs no scrolling for 100 random entries, with default settings', async () => {
    const entries = sample(bundle.terms, 100, 20261205);
    // Each term alone in a sentence, so the one mark in each paragraph is the entry itself.
    const body = entries.map((e) => `<p>今天我们讨论“${e.term}”这个说法。</p>`).join('\n');
    h.site.page('/sample.html', htmlPage('抽样', body));
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${h.site.origin}/sample.html`);
    await waitForMarks(page, 90);
    const tooBig: string[] = [];
    let measured = 0;
    const total = await page.evaluate(countMarks);
    for (let i = 0; i < total; i++) {
      const mark = await hoverAt(page, i, 'center');
      if (!mark) continue;
      const g = await page.evaluate(tooltipGeometry);
      if (!g) continue;
      measured++;
      const height = g.tip.bottom - g.tip.top;
      if (height >= 360 || g.bodyOverflow > 1) tooBig.push(`${mark.text} ${Math.round(height)}px`);
    }
    await page.close();
    expect(tooBig).toEqual([]);
    expect(measured).toBeGreaterThanOrEqual(100);
  });
});

describe('tooltip keys', () => {
  it('M expands and collapses, N shows the next quotation, S saves and gives way', async () => {
    await clearNotebook(h);
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${h.site.origin}/demo.html`);
    await waitForMarks(page, 20);
    await hoverMark(page, '党的二十大精神');
    const collapsed = await tooltipText(page);
    const quotes = () =>
      page.evaluate(() =>
        [
          ...(document
            .querySelector('policy-terms-tooltip')
            ?.shadowRoot?.querySelectorAll('blockquote') ?? []),
        ].map((q) => q.textContent),
      );
    expect(await quotes()).toHaveLength(1);
    const first = (await quotes())[0];
    await page.keyboard.press('n');
    await page.waitForFunction(
      (before) =>
        document.querySelector('policy-terms-tooltip')?.shadowRoot?.querySelector('blockquote')
          ?.textContent !== before,
      first,
    );
    await page.keyboard.press('m');
    await page.waitForFunction(
      () =>
        (document.querySelector('policy-terms-tooltip')?.shadowRoot?.querySelectorAll('blockquote')
          .length ?? 0) > 1,
    );
    expect((await tooltipText(page)).length).toBeGreaterThan(collapsed.length);
    await page.keyboard.press('m');
    await page.waitForFunction(
      () =>
        document.querySelector('policy-terms-tooltip')?.shadowRoot?.querySelectorAll('blockquote')
          .length === 1,
    );
    // S saves the sentence: the tooltip closes and the page's save confirmation appears.
    await page.keyboard.press('s');
    await tooltipHidden(page);
    // The confirmation lives in a closed shadow root: read through the DevTools protocol.
    const o = await observerOf(page);
    expect(await until(() => o.shadowText('policy-terms-notebook', '.confirm.saved'))).toContain(
      '党的二十大精神',
    );
    await page.close();
  });

  it('O opens the entry in the glossary', async () => {
    const page = await h.newPage('/demo.html');
    await waitForMarks(page, 20);
    const mark = await hoverAt(page, 0, 'center');
    expect(mark).not.toBeNull();
    const opened = h.browser.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/glossary.html'),
    });
    await page.keyboard.press('o');
    const glossary = await opened;
    expect(glossary.url()).toMatch(/glossary\.html#\/term\//);
    await glossary.close();
    await page.close();
  });

  it('leaves the keys to a text field being typed in', async () => {
    h.site.page(
      '/field.html',
      htmlPage('输入', '<p>要坚持立德树人。</p><input id="box" aria-label="box">'),
    );
    const page = await h.newPage('/field.html');
    await waitForMarks(page, 1);
    await page.focus('#box');
    const point = await page.evaluate(markAt, { index: 0, align: 'center' as const });
    await pointAt(page, (point as { point: { x: number; y: number } }).point);
    await tooltipText(page);
    await page.keyboard.type('nms');
    expect(await page.inputValue('#box')).toBe('nms');
    await page.close();
  });
});
