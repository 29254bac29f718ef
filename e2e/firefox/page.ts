// Reading what the extension did in a Firefox page (puppeteer): the registered highlights and the
// tooltip's shadow root. The functions passed to evaluate run in the page and close over nothing.
import type { Frame, Page } from 'puppeteer-core';

type Target = Page | Frame;

export interface MarkInfo {
  name: string;
  text: string;
}

/** Every range the extension registered, as [highlight name, text]. */
export function readMarks(target: Target): Promise<MarkInfo[]> {
  return target.evaluate(() => {
    const out: { name: string; text: string }[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('ptr-')) continue;
      for (const r of highlight as Highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push({ name, text: range.toString() });
      }
    }
    return out;
  });
}

/** How many ranges the extension has registered. */
export function markCount(target: Target): Promise<number> {
  return target.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('ptr-')) n += (h as Highlight).size;
    return n;
  });
}

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
  const point = await page.evaluate(
    (wanted, index) => {
      let seen = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ptr-')) continue;
        for (const r of highlight as Highlight) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString() !== wanted || seen++ < index) continue;
          (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0] as DOMRect;
          return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    text,
    nth,
  );
  if (!point) throw new Error(`no mark with text ${text}`);
  // Approach from above-left, inside the viewport (WebDriver refuses moves outside it).
  await page.mouse.move(Math.max(0, point.x - 40), Math.max(0, point.y - 40));
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

/** The tooltip's text, read from its shadow root once it is shown. */
export function tooltipText(page: Page, timeout = 5_000): Promise<string> {
  // Polled, not page.waitForFunction: that compiles its predicate with Function(), which an
  // extension page's CSP blocks in Firefox 140.
  return poll(
    () =>
      page.evaluate(
        () =>
          document
            .querySelector('policy-terms-tooltip')
            ?.shadowRoot?.querySelector('[role=tooltip]')?.textContent ?? null,
      ),
    'the tooltip',
    timeout,
  );
}

/** Waits until no tooltip is shown. */
export function tooltipClosed(page: Page): Promise<boolean> {
  return poll(
    () =>
      page.evaluate(
        () =>
          !document
            .querySelector('policy-terms-tooltip')
            ?.shadowRoot?.querySelector('[role=tooltip]'),
      ),
    'the tooltip to close',
    5_000,
  );
}

/** Selects the first occurrence of `quote` in the page's text with a DOM Range. */
export async function selectText(page: Page, quote: string): Promise<void> {
  const ok = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const at = nodes
      .map((n) => n.data)
      .join('')
      .indexOf(wanted);
    if (at < 0) return false;
    const range = document.createRange();
    let offset = 0;
    for (const node of nodes) {
      const end = offset + node.data.length;
      if (at >= offset && at < end) range.setStart(node, at - offset);
      if (at + wanted.length > offset && at + wanted.length <= end) {
        range.setEnd(node, at + wanted.length - offset);
      }
      offset = end;
    }
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return true;
  }, quote);
  if (!ok) throw new Error(`no text ${quote}`);
}

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
