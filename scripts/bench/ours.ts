// This extension on each bench page: timings from its own performance marks, main-thread time
// from a CPU profile, long tasks from the page's PerformanceObserver, heap after GC.
import type { BrowserContext, Page, Worker } from 'playwright-core';
import {
  attribute,
  type CpuProfile,
  heapUsed,
  SAMPLING_US,
  startTrace,
  stopTrace,
  summarizeTrace,
  type TraceSummary,
} from './cdp.ts';
import type { BenchPage } from './pages.ts';

/** Registered before any page script: every long task of the page, from its start. */
export const LONGTASK_OBSERVER = `
window.__benchLongTasks = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: true });
// When the first of our ranges reaches the highlight registry (checked once per frame).
window.__benchFirstDrawn = NaN;
const benchPoll = () => {
  for (const [name, h] of CSS.highlights)
    if (name.startsWith('ptr-') && h.size > 0) return (window.__benchFirstDrawn = performance.now());
  requestAnimationFrame(benchPoll);
};
requestAnimationFrame(benchPoll);
`;

export interface OursResult {
  page: string;
  /** ms from navigation start. */
  loadEventEnd: number;
  indexAt: number;
  firstHighlightAt: number;
  /** First frame in which a range of ours was in CSS.highlights. */
  firstDrawnAt: number;
  scannedAt: number;
  /**
   * The content script's own clock: index → scan start (matcher, UI hosts) plus the time
   * inside scan slices (performance.now around each). No profiler; the observer's callbacks,
   * code before the index arrives and rendering are outside it.
   */
  selfTimedMs: number;
  /** selfTimedMs of another load of the page with no profiler attached (run.ts fills it). */
  selfTimedNoProfilerMs?: number;
  /** Index → first mark in the load with no profiler (cold code runs slower under one). */
  firstMarkNoProfilerMs?: number;
  /** Content-script main-thread time (CPU profile), GC in its window included. */
  mainThreadMs: number;
  gcMs: number;
  longTasks: { start: number; duration: number }[];
  /** Longest long task that overlaps [index arrived, all highlights registered]. */
  longestTaskInScanMs: number;
  /** Marks the content script made (its 'page/terms' answer). */
  highlights: number;
  /** Ranges in CSS.highlights at the end: the marks near the viewport. */
  registered: number;
  heapBytes: number;
  hot: { name: string; selfMs: number }[];
  /** Infinite scroll only: ms from the last append until the highlight count settles. */
  settleAfterLastAppendMs?: number;
  /** Infinite scroll only: highlights when a fresh scan of the final page is made. */
  expectedHighlights?: number;
}

const countHighlights = (page: Page) =>
  page.evaluate(() => {
    let n = 0;
    for (const [name, h] of CSS.highlights) if (name.startsWith('ptr-')) n += (h as Highlight).size;
    return n;
  });

/** Waits for the content script's first scan to finish (its 'policy-terms:scanned' mark). */
const waitForScan = (page: Page) =>
  page.waitForFunction(
    () => performance.getEntriesByName('policy-terms:scanned').length > 0,
    null,
    { polling: 50, timeout: 120_000 },
  );

const markTime = (page: Page, name: string) =>
  page.evaluate((n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN, name);

/** Counts 'glossary/index' requests per sending page, from inside the service worker. */
export async function countIndexRequests(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as {
      __benchIndexRequests: Record<string, number>;
      __benchTabs: Record<string, number>;
      chrome: {
        runtime: {
          onMessage: {
            addListener(
              f: (m: unknown, s: { url?: string; tab?: { id?: number } }) => undefined,
            ): void;
          };
        };
      };
    };
    g.__benchIndexRequests = {};
    g.__benchTabs = {};
    g.chrome.runtime.onMessage.addListener((message, sender) => {
      if ((message as { type?: string } | null)?.type === 'glossary/index') {
        const key = sender.url ?? '?';
        g.__benchIndexRequests[key] = (g.__benchIndexRequests[key] ?? 0) + 1;
        if (sender.tab?.id !== undefined) g.__benchTabs[key] = sender.tab.id;
      }
      return undefined;
    });
  });
}

export function indexRequests(worker: Worker): Promise<Record<string, number>> {
  return worker.evaluate(
    () =>
      (globalThis as unknown as { __benchIndexRequests: Record<string, number> })
        .__benchIndexRequests,
  );
}

/** Asks the content script of the tab showing `url` how many marks it made, via the worker. */
export function marksMade(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (pageUrl) => {
    // Without the tabs permission the worker cannot see tab URLs: the index request named it.
    const g = globalThis as unknown as { chrome: ChromeTabs; __benchTabs: Record<string, number> };
    const id = g.__benchTabs[pageUrl];
    if (id === undefined) return -1;
    const answer = await g.chrome.tabs.sendMessage(id, { type: 'page/terms' }, { frameId: 0 });
    return answer.terms.reduce((n, t) => n + t.count, 0);
  }, url);
}

interface ChromeTabs {
  tabs: {
    sendMessage(
      id: number,
      m: unknown,
      o: { frameId: number },
    ): Promise<{ terms: { count: number }[] }>;
  };
}

export async function measureOurs(
  context: BrowserContext,
  origin: string,
  extensionId: string,
  worker: Worker,
  page: BenchPage,
  /** False: no CPU profiler (mainThreadMs and hot are then empty); for the self-timed figure. */
  profile = true,
): Promise<OursResult> {
  const tab = await context.newPage();
  try {
    await tab.addInitScript(LONGTASK_OBSERVER);
    // Same-site blank page first, so the profiler starts in the renderer that loads the page.
    await tab.goto(`${origin}/bench/blank.html`);
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Performance.enable');
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
      await cdp.send('Profiler.start');
    }
    await tab.goto(`${origin}${page.path}`, { waitUntil: 'load', timeout: 120_000 });
    await waitForScan(tab);
    let settleAfterLastAppendMs: number | undefined;
    if (page.appends) {
      await tab.waitForFunction(
        () => (window as unknown as { __appendsDone: boolean }).__appendsDone,
        null,
        {
          polling: 50,
          timeout: 60_000,
        },
      );
      settleAfterLastAppendMs = await settle(tab, () => marksMade(worker, `${origin}${page.path}`));
    } else await tab.waitForTimeout(300);
    const who = profile
      ? attribute(
          ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile,
          `chrome-extension://${extensionId}/`,
        )
      : { scriptMs: Number.NaN, gcMs: Number.NaN, hot: [] };
    const timing = await tab.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      return {
        loadEventEnd: nav.loadEventEnd,
        longTasks: (
          window as unknown as { __benchLongTasks: { start: number; duration: number }[] }
        ).__benchLongTasks,
      };
    });
    if (process.env.PTR_DEBUG_MARKS)
      console.log(
        JSON.stringify(
          await tab.evaluate(() =>
            performance
              .getEntriesByType('mark')
              .map((m) => [m.name, Math.round(m.startTime * 10) / 10]),
          ),
        ),
      );
    const indexAt = await markTime(tab, 'policy-terms:index');
    const scanStartAt = await markTime(tab, 'policy-terms:scan-start');
    const busyMs = (await tab.evaluate(
      () =>
        (performance.getEntriesByName('policy-terms:scanned')[0] as PerformanceMark | undefined)
          ?.detail?.busyMs ?? Number.NaN,
    )) as number;
    const scannedAt = await markTime(tab, 'policy-terms:scanned');
    const scanEnd = page.appends ? Number.POSITIVE_INFINITY : scannedAt;
    const longestTaskInScanMs = Math.max(
      0,
      ...timing.longTasks
        .filter((t) => t.start + t.duration >= indexAt && t.start <= scanEnd)
        .map((t) => t.duration),
    );
    const result: OursResult = {
      page: page.name,
      loadEventEnd: timing.loadEventEnd,
      indexAt,
      firstHighlightAt: await markTime(tab, 'policy-terms:first-highlight'),
      firstDrawnAt: (await tab.evaluate('window.__benchFirstDrawn')) as number,
      scannedAt,
      selfTimedMs: scanStartAt - indexAt + busyMs,
      mainThreadMs: who.scriptMs + who.gcMs,
      gcMs: who.gcMs,
      longTasks: timing.longTasks,
      longestTaskInScanMs,
      highlights: await marksMade(worker, `${origin}${page.path}`),
      registered: await countHighlights(tab),
      heapBytes: await heapUsed(cdp),
      hot: who.hot,
      settleAfterLastAppendMs,
    };
    if (page.appends) {
      // The same final content loaded at once must give the same count.
      const fresh = await context.newPage();
      await fresh.goto(`${origin}/bench/${page.name}-final.html`);
      await waitForScan(fresh);
      result.expectedHighlights = await marksMade(
        worker,
        `${origin}/bench/${page.name}-final.html`,
      );
      await fresh.close();
    }
    await cdp.detach();
    return result;
  } finally {
    await tab.close();
  }
}

/** Polls the mark count until it has not changed for 500 ms; returns the time it took. */
async function settle(tab: Page, count: () => Promise<number>): Promise<number> {
  const t0 = Date.now();
  let last = -1;
  let stableSince = Date.now();
  for (;;) {
    const n = await count();
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 500) return stableSince - t0;
    await tab.waitForTimeout(20);
  }
}

/** One traced load: task lengths and layouts between 'policy-terms:index' and ':scanned'. */
export async function traceOurs(
  context: BrowserContext,
  origin: string,
  extensionId: string,
  page: BenchPage,
): Promise<TraceSummary | null> {
  const tab = await context.newPage();
  try {
    await tab.goto(`${origin}/bench/blank.html`);
    const cdp = await context.newCDPSession(tab);
    await startTrace(cdp);
    await tab.goto(`${origin}${page.path}`, { waitUntil: 'load', timeout: 120_000 });
    await waitForScan(tab);
    await tab.waitForTimeout(200);
    const events = await stopTrace(cdp);
    await cdp.detach();
    return summarizeTrace(
      events,
      'policy-terms:index',
      'policy-terms:scanned',
      `chrome-extension://${extensionId}/`,
    );
  } finally {
    await tab.close();
  }
}
