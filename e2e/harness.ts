// Shared e2e setup: a local server for fixtures, Chromium with the built extension, and page
// helpers that read what the extension did (registered highlights, the tooltip's shadow root).

import { join, resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { EXCERPT_HIGHLIGHT } from '../lib/dom/excerpt-marks.ts';
import { readBuiltGlossary } from '../lib/glossary-build/built.ts';
import { BENCH_EXTENSION_DIR } from '../scripts/bench/setup.ts';
import { type ExtensionBrowser, launchWithExtension } from '../scripts/site/browser.ts';
import { type SiteServer, startSite } from '../scripts/site/server.ts';
import {
  type HighlightText,
  hasHighlights,
  hasNoHighlights,
  highlightPoint,
  highlightTexts,
  selectQuote as selectQuote_,
  shadowBox,
  shadowGone,
  shadowText,
  visibleHighlightPoint,
} from './page-side.ts';

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

export type MarkInfo = HighlightText;

/** Every range the extension registered (or those under `prefix`), as highlight name and text. */
export function readMarks(target: Page | Frame, prefix = 'ptr-'): Promise<MarkInfo[]> {
  return target.evaluate(highlightTexts, prefix);
}

/** Waits until the extension has registered at least `min` marks (under `prefix`). */
export async function waitForMarks(
  target: Page | Frame,
  min = 1,
  prefix = 'ptr-',
): Promise<MarkInfo[]> {
  await target.waitForFunction(hasHighlights, { prefix, min }, { timeout: 15_000 });
  return readMarks(target, prefix);
}

/** Waits until something is registered under a highlight named `prefix…` ('ptr-flash': the
 * place a link pointed to). */
export async function waitForHighlight(
  target: Page | Frame,
  prefix: string,
  timeout = 15_000,
): Promise<void> {
  await target.waitForFunction(hasHighlights, { prefix, min: 1 }, { timeout });
}

/** Waits until nothing is registered under a highlight named `prefix…`. */
export async function waitForNoHighlight(target: Page | Frame, prefix: string): Promise<void> {
  await target.waitForFunction(hasNoHighlights, prefix);
}

/** The texts of the passages marked as saved excerpts. */
export async function excerptMarks(page: Page): Promise<string[]> {
  return (await readMarks(page, EXCERPT_HIGHLIGHT)).map((m) => m.text);
}

/** Waits until the texts of the registered marks satisfy `ok` (polled from here). */
export async function waitForMarkTexts(
  target: Page | Frame,
  ok: (texts: string[]) => boolean,
  timeout = 15_000,
  prefix = 'ptr-',
): Promise<string[]> {
  const until = Date.now() + timeout;
  for (;;) {
    const texts = (await readMarks(target, prefix)).map((m) => m.text);
    if (ok(texts)) return texts;
    if (Date.now() > until) throw new Error(`marks never matched; last: ${texts.join(' ')}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Moves the pointer as a reader would: from beside the point onto it, in a few steps. */
export async function pointAt(page: Page, point: { x: number; y: number }): Promise<void> {
  await page.mouse.move(Math.max(0, point.x - 40), Math.max(0, point.y - 40));
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

/** Moves the pointer onto the `nth` mark (under `prefix`) whose text equals `text`. */
export async function hoverMark(
  page: Page,
  text: string,
  nth = 0,
  prefix = 'ptr-',
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(highlightPoint, { prefix, text, nth });
  if (!point) throw new Error(`no mark with text ${text}`);
  await pointAt(page, point);
  return point;
}

/** Moves the pointer onto the saved excerpt's mark with this text. */
export const hoverExcerpt = (page: Page, text: string) =>
  hoverMark(page, text, 0, EXCERPT_HIGHLIGHT);

/**
 * Moves the pointer onto the mark nearest the middle of the viewport (with this text, if given),
 * scrolling to one first if none is on screen; for pages too big to scroll a node into view.
 */
export async function hoverVisibleMark(
  page: Page,
  wanted: { prefix: string; text?: string },
): Promise<void> {
  let point = await page.evaluate(visibleHighlightPoint, wanted);
  for (let i = 0; i < 20 && !point; i++) {
    await page.waitForTimeout(200);
    point = await page.evaluate(visibleHighlightPoint, wanted);
  }
  if (!point) throw new Error(`no visible mark ${wanted.text ?? wanted.prefix}`);
  await pointAt(page, point);
}

// The tooltip's host element (HOST_TAG in components/tooltip-host.tsx, which e2e does not load).
const TOOLTIP = { host: 'policy-terms-tooltip', selector: '[role=tooltip]' };

/** The tooltip's text content, read from its shadow root, once it is shown. */
export async function tooltipText(page: Page, timeout = 5_000): Promise<string> {
  const handle = await page.waitForFunction(shadowText, TOOLTIP, { timeout });
  return (await handle.jsonValue()) as string;
}

export async function tooltipShown(page: Page): Promise<boolean> {
  return (await page.evaluate(shadowText, TOOLTIP)) !== null;
}

/** The shown tooltip's size, display and background, as the page's CSS leaves them. */
export async function tooltipBox(page: Page) {
  const box = await page.evaluate(shadowBox, TOOLTIP);
  if (!box) throw new Error('no tooltip shown');
  return box;
}

/** Waits until the tooltip is gone. */
export async function tooltipHidden(page: Page): Promise<void> {
  await page.waitForFunction(shadowGone, TOOLTIP);
}

/** Selects the first occurrence of `quote` in the page's text, across elements. */
export async function selectQuote(page: Page, quote: string): Promise<void> {
  if (!(await page.evaluate(selectQuote_, quote))) throw new Error(`no text ${quote}`);
}

/**
 * Saves the first occurrence of `quote` on `page` to the notebook, as the context menu and the
 * shortcut do (the message the background sends to the tab); returns the new excerpt's id.
 */
export async function savePassage(h: Harness, page: Page, quote: string): Promise<number> {
  await selectQuote(page, quote);
  const reply = (await sendToTab(h, { type: 'page/saveSelection' })) as { id?: number };
  if (reply.id === undefined) throw new Error(`could not save ${quote}`);
  return reply.id;
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

/** The slice of the chrome API the helpers below call in the service worker or an extension page. */
interface Chrome {
  tabs: {
    query(query: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: object): Promise<unknown>;
  };
  runtime: { sendMessage(message: object): Promise<unknown> };
  storage: { local: { set(x: object): Promise<void>; remove(key: string): Promise<void> } };
}

/** The active tab's id: the page opened last (the extension has no "tabs" permission). */
export function activeTabId(h: Harness): Promise<number> {
  return h.browser.worker.evaluate(async () => {
    const { tabs } = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/**
 * Sends `message` from the background to the content script of tab `tabId` (the active tab by
 * default), as the background's menus and keyboard commands do; headless Chromium delivers
 * neither a context-menu click nor an extension shortcut.
 */
export async function sendToTab(h: Harness, message: object, tabId?: number): Promise<unknown> {
  const id = tabId ?? (await activeTabId(h));
  return h.browser.worker.evaluate(
    ({ id, message }) =>
      (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, message),
    { id, message },
  );
}

/** Sends a request to the background from an extension page, as the notebook page does. */
export async function sendFromExtensionPage<T>(h: Harness, message: object): Promise<T> {
  const page = await extensionPage(h, 'popup.html');
  try {
    return (await page.evaluate(
      (m) => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.sendMessage(m),
      message,
    )) as T;
  } finally {
    await page.close();
  }
}

/** Writes the stored settings (null: back to the defaults); open pages follow them live. */
export function setSettings(h: Harness, value: object | null): Promise<void> {
  return h.browser.worker.evaluate(async (v) => {
    const { storage } = (globalThis as unknown as { chrome: Chrome }).chrome;
    if (v) await storage.local.set({ settings: v });
    else await storage.local.remove('settings');
  }, value);
}

/**
 * Empties the notebook: every excerpt deleted straight from the extension's IndexedDB, in the
 * service worker, so a test starts from no saved passages whatever ran before it. Extension pages
 * opened earlier do not see the change (liveQuery hears only Dexie's own writes): open them after.
 */
export function clearNotebook(h: Harness): Promise<void> {
  return h.browser.worker.evaluate(async () => {
    // Opening a database that is not there yet would create an empty one under the background.
    if (!(await indexedDB.databases()).some((d) => d.name === 'policy-terms')) return;
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('policy-terms');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('excerpts')) {
          db.close();
          resolve();
          return;
        }
        const tx = db.transaction('excerpts', 'readwrite');
        tx.objectStore('excerpts').clear();
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  });
}

/** A page of Chinese text for the local site (`h.site.page(path, htmlPage(...))`). */
export function htmlPage(title: string, body: string, script = ''): string {
  return (
    `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>${title}</title></head>` +
    `<body>${body}${script ? `<script>${script}</script>` : ''}</body></html>`
  );
}
