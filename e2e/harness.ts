// Shared e2e setup: a local server for fixtures, Chromium with the built extension, and page
// helpers that read what the extension did (registered highlights, the tooltip's shadow root).

import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { readBuiltGlossary } from '../lib/glossary-build/built.ts';
import { BENCH_EXTENSION_DIR } from '../scripts/bench/setup.ts';
import { type ExtensionBrowser, launchWithExtension } from '../scripts/site/browser.ts';
import { type SiteServer, startSite } from '../scripts/site/server.ts';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');

/** The glossary the build packaged (what the extension under test knows). */
export const builtGlossary = readBuiltGlossary;

export interface Harness {
  site: SiteServer;
  browser: ExtensionBrowser;
  newPage(path: string): Promise<Page>;
  popup(query?: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(
  options: {
    colorScheme?: 'light' | 'dark';
    locale?: string;
    extraArgs?: string[];
    profileDir?: string;
    /** The bench build (npm run build:bench), for specs that read the scan's performance marks. */
    bench?: boolean;
    /** Leave the welcome tab of the first install open (see launchWithExtension). */
    keepWelcome?: boolean;
  } = {},
): Promise<Harness> {
  const { bench, ...launch } = options;
  const site = await startSite({ root: ROOT });
  const browser = await launchWithExtension({
    extensionDir: bench ? BENCH_EXTENSION_DIR : EXTENSION_DIR,
    headless: true,
    ...launch,
  });
  return {
    site,
    browser,
    async newPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`${site.origin}${path}`);
      return page;
    },
    async popup(query = '') {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/popup.html${query}`);
      return page;
    },
    async close() {
      await browser.close();
      await site.close();
    },
  };
}

export interface MarkInfo {
  name: string;
  text: string;
}

/** Every range the extension registered, as [highlight name, text]. */
export function readMarks(target: Page | Frame): Promise<MarkInfo[]> {
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

/** Waits until the extension has registered at least `min` marks. */
export async function waitForMarks(target: Page | Frame, min = 1): Promise<MarkInfo[]> {
  await target.waitForFunction(
    (n) => {
      let count = 0;
      for (const [name, h] of CSS.highlights)
        if (name.startsWith('ptr-')) count += (h as Highlight).size;
      return count >= n;
    },
    min,
    { timeout: 15_000 },
  );
  return readMarks(target);
}

/** Waits until the texts of the registered marks satisfy `ok` (polled from here). */
export async function waitForMarkTexts(
  target: Page | Frame,
  ok: (texts: string[]) => boolean,
  timeout = 15_000,
): Promise<string[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const texts = (await readMarks(target)).map((m) => m.text);
    if (ok(texts)) return texts;
    if (Date.now() > until) throw new Error(`marks never matched; last: ${texts.join(' ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Moves the pointer onto the first mark whose text equals `text`; returns its centre. */
export async function hoverMark(
  page: Page,
  text: string,
  nth = 0,
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([wanted, index]) => {
      let seen = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('ptr-')) continue;
        for (const r of highlight as Highlight) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (range.toString() !== wanted) continue;
          if (seen++ < (index as number)) continue;
          (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0] as DOMRect;
          return { x: rect.left + Math.min(rect.width / 2, 8), y: rect.top + rect.height / 2 };
        }
      }
      return null;
    },
    [text, nth] as const,
  );
  if (!point) throw new Error(`no mark with text ${text}`);
  await page.mouse.move(point.x - 40, point.y - 40);
  await page.mouse.move(point.x, point.y, { steps: 3 });
  return point;
}

/** The tooltip's text content, read from its shadow root, once it is shown. */
export async function tooltipText(page: Page, timeout = 5_000): Promise<string> {
  const handle = await page.waitForFunction(
    () =>
      document.querySelector('policy-terms-tooltip')?.shadowRoot?.querySelector('[role=tooltip]')
        ?.textContent ?? null,
    null,
    { timeout },
  );
  return (await handle.jsonValue()) as string;
}

export function tooltipShown(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      !!document.querySelector('policy-terms-tooltip')?.shadowRoot?.querySelector('[role=tooltip]'),
  );
}

/** Types `query` into a fresh popup's search and returns the headwords of the results. */
export async function popupResults(h: Harness, query: string): Promise<string[]> {
  const popup = await h.popup();
  await popup.waitForSelector('#q');
  await popup.fill('#q', query);
  await popup.waitForSelector('.results [role=option], .empty');
  const hits = await popup.$$eval('.results [role=option] .hw', (els) =>
    els.map((e) => e.textContent ?? ''),
  );
  await popup.close();
  return hits;
}

/** Opens an extension page of the built extension, e.g. `glossary.html#/term/ID`. */
export async function extensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(`chrome-extension://${h.browser.extensionId}/${path}`);
  return page;
}

/** Opens the glossary page at `hash` and waits until the glossary has been read from IndexedDB. */
export async function glossaryPage(h: Harness, hash = '#/'): Promise<Page> {
  const page = await extensionPage(h, `glossary.html${hash}`);
  await page.waitForSelector('main h1', { timeout: 15_000 });
  return page;
}
