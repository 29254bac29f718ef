// Reading what the extension did in a Firefox page (puppeteer): the page-side functions are the
// Chromium suite's (../page-side.ts); this file only polls them the Firefox way. Puppeteer's
// waitForFunction compiles its predicate with Function(), which extension pages' CSP blocks in
// Firefox 140, so every wait here is a loop of plain evaluate calls.
import type { Frame, Page } from 'puppeteer-core';
import {
  type HighlightText,
  highlightPoint,
  highlightTexts,
  selectQuote,
  shadowGone,
  shadowText,
} from '../page-side.ts';

type Target = Page | Frame;
const TERMS = 'ptr-';
const TOOLTIP = { host: 'policy-terms-tooltip', selector: '[role=tooltip]' };

/** Calls `check` every 100 ms until it returns a truthy value (returned) or `timeout` passes. */
export async function poll<T>(
  check: () => Promise<T | null | undefined | false>,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every range the extension registered (terms and saved passages), as name and text. */
export const readMarks = (target: Target): Promise<HighlightText[]> =>
  target.evaluate(highlightTexts, TERMS);

/** The texts of the saved passages marked on the page. */
export const excerptTexts = async (page: Page): Promise<string[]> =>
  (await page.evaluate(highlightTexts, 'ptr-excerpt')).map((m) => m.text);

/** Polls until the texts of the registered marks satisfy `ok`; returns them. */
export async function waitForMarkTexts(
  target: Target,
  ok: (texts: string[]) => boolean,
  timeout = 15_000,
): Promise<string[]> {
  let last: string[] = [];
  return poll(
    async () => {
      last = (await readMarks(target)).map((m) => m.text);
      return ok(last) && last;
    },
    'the marks',
    timeout,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; last marks: ${last.join(' ')}`);
  });
}

/** Waits for at least `min` marks and returns their texts. */
export const waitForMarks = (target: Target, min = 1) =>
  waitForMarkTexts(target, (t) => t.length >= min);

/** Moves the pointer onto the `nth` mark whose text is `text` (a real, trusted mouse move). */
export async function hoverMark(page: Page, text: string, nth = 0): Promise<void> {
  const point = await page.evaluate(highlightPoint, { prefix: TERMS, text, nth });
  if (!point) throw new Error(`no mark with text ${text}`);
  // Approach from above-left, inside the viewport (WebDriver refuses moves outside it).
  await page.mouse.move(Math.max(0, point.x - 40), Math.max(0, point.y - 40));
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

/** The tooltip's text, read from its shadow root once it is shown. */
export const tooltipText = (page: Page, timeout = 5_000): Promise<string> =>
  poll(() => page.evaluate(shadowText, TOOLTIP), 'the tooltip', timeout);

/** Waits until no tooltip is shown. */
export const tooltipClosed = (page: Page): Promise<boolean> =>
  poll(() => page.evaluate(shadowGone, TOOLTIP), 'the tooltip to close', 5_000);

/** Selects the first occurrence of `quote` in the page's text. */
export async function selectText(page: Page, quote: string): Promise<void> {
  if (!(await page.evaluate(selectQuote, quote))) throw new Error(`no text ${quote}`);
}
