// Budget (c): 2,000 of the user's own terms leave the content script's start-up and the 540k page
// scan within 10% of their figures without them. One browser per run; in it the two states (no
// terms, 2,000 terms) alternate, their order swapped every run, so the machine's load falls on
// both alike. The pages and the timing are `npm run bench`'s own (scripts/bench/ours.ts).
import type { BrowserContext, Page } from 'playwright-core';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { countIndexRequests, measureOurs } from '../bench/ours.ts';
import type { BenchPage } from '../bench/pages.ts';
import type { ExtensionBrowser } from '../site/browser.ts';
import { openLibrary, setMyTerms } from './extension-pages.ts';

export type TermsState = 'none' | 'mine';

export interface TermsRun {
  state: TermsState;
  /** The first small-page load after the terms changed: navigation → index arrived. */
  firstAfterChangeIndexMs: number;
  /** Small page, no profiler (this and the next three: the median of the run's small loads): navigation → index arrived (the background's answer). */
  smallIndexMs: number;
  /** Small page, no profiler: index → first mark (the matcher built, first block matched). */
  smallFirstMarkMs: number;
  /** Small page, no profiler: the content script's own clock (index → scan start + scan). */
  smallSelfMs: number;
  /** Small page, no profiler: navigation → first frame with a mark drawn. */
  smallFirstDrawnMs: number;
  /** 540k page, no profiler: the content script's own clock. */
  scanSelfMs: number;
  /** 540k page, profiled: main-thread time of the content script (CPU profile). */
  scanMainThreadMs: number;
  /** 540k page, no profiler: index arrived → every mark made. */
  scanIndexToAllMs: number;
  marks540k: number;
  marksSmall: number;
  /** Service worker stopped before the load: navigation → first mark drawn on the small page. */
  coldWorkerFirstDrawnMs: number[];
}

/** 540k loads per state and run, with the profiler and without (each figure: their median). */
const SCAN_LOADS = 3;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** The combined index the background serves, as an extension page gets it: its entry count. */
export const servedEntries = (page: Page) =>
  page.evaluate(async () => {
    const chrome = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ids: string[] }> } };
      }
    ).chrome;
    return (await chrome.runtime.sendMessage({ type: 'glossary/index' })).ids.length;
  });

/** Navigation → first frame with one of our marks, with the service worker stopped first. */
async function coldWorkerLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await new Promise((r) => setTimeout(r, 500));
    await page.goto(url);
    const shown = await page.waitForFunction(
      `(() => { for (const [name, h] of CSS.highlights) if (name.startsWith('ptr-') && h.size > 0) return performance.now(); return 0; })()`,
      null,
      { timeout: 30_000, polling: 'raf' },
    );
    return (await shown.jsonValue()) as number;
  } finally {
    await page.close();
  }
}

interface Pages {
  small: BenchPage;
  page540k: BenchPage;
}

/**
 * One run: both states in `order`, warm (the service worker up, the index served from memory),
 * then both again with the worker stopped before each load. The worker's handle is stale after
 * that, so the cold loads come last and the caller closes the browser.
 */
export async function measureTermsRun(
  ext: ExtensionBrowser,
  origin: string,
  pages: Pages,
  terms: MyTerm[],
  order: TermsState[],
  coldLoads: number,
  log: (...args: unknown[]) => void,
  smallLoads = 5,
): Promise<TermsRun[]> {
  const control = await openLibrary(ext.context, ext.extensionId);
  await countIndexRequests(ext.worker);
  const results = new Map<TermsState, TermsRun>();
  const load = (page: BenchPage, tag: string, profile: boolean) =>
    measureOurs(
      ext.context,
      origin,
      ext.extensionId,
      ext.worker,
      { ...page, path: `${page.path}?${tag}` },
      profile,
    );
  for (const state of order) {
    const stored = await setMyTerms(control, state === 'mine' ? terms : []);
    const entries = await servedEntries(control);
    // Query strings keep each load's index request and mark count apart in the worker's tally.
    const tag = `${state}-${Math.random().toString(36).slice(2, 8)}`;
    const first = await load(pages.small, `${tag}-first`, false);
    // The small page's figures are ~170 ms with ±20 ms of jitter from the browser's and the
    // worker's scheduling: several loads, their median, so one slow load does not decide a run.
    const smalls = [];
    for (let i = 0; i < smallLoads; i++)
      smalls.push(await load(pages.small, `${tag}-small${i}`, false));
    const small = {
      indexAt: median(smalls.map((x) => x.indexAt)),
      firstMarkMs: median(smalls.map((x) => x.firstHighlightAt - x.indexAt)),
      selfTimedMs: median(smalls.map((x) => x.selfTimedMs)),
      firstDrawnAt: median(smalls.map((x) => x.firstDrawnAt)),
      highlights: (smalls[0] as (typeof smalls)[0]).highlights,
    };
    // The 540k page too: three loads under the profiler and three without, their medians.
    const profiled = [];
    const plain = [];
    for (let i = 0; i < SCAN_LOADS; i++) {
      profiled.push(await load(pages.page540k, `${tag}-prof${i}`, true));
      plain.push(await load(pages.page540k, `${tag}-plain${i}`, false));
    }
    const scanMainThreadMs = median(profiled.map((x) => x.mainThreadMs));
    const scan = {
      selfTimedMs: median(plain.map((x) => x.selfTimedMs)),
      indexToAllMs: median(plain.map((x) => x.scannedAt - x.indexAt)),
      highlights: (plain[0] as (typeof plain)[0]).highlights,
    };
    const run: TermsRun = {
      state,
      firstAfterChangeIndexMs: first.indexAt,
      smallIndexMs: small.indexAt,
      smallFirstMarkMs: small.firstMarkMs,
      smallSelfMs: small.selfTimedMs,
      smallFirstDrawnMs: small.firstDrawnAt,
      scanSelfMs: scan.selfTimedMs,
      scanMainThreadMs,
      scanIndexToAllMs: scan.indexToAllMs,
      marks540k: scan.highlights,
      marksSmall: small.highlights,
      coldWorkerFirstDrawnMs: [],
    };
    results.set(state, run);
    log(
      `  ${state}: ${stored} terms stored, ${entries} entries served; small ${run.smallSelfMs.toFixed(1)} ms self-timed, index at ${run.smallIndexMs.toFixed(0)} ms; 540k ${run.scanSelfMs.toFixed(0)} ms self-timed, ${run.scanMainThreadMs.toFixed(0)} ms main thread, ${run.marks540k} marks`,
    );
  }
  for (const state of order) {
    await setMyTerms(control, state === 'mine' ? terms : []);
    // The background rebuilds its index on the change (and keeps it in storage.session); wait
    // for it, as a worker goes idle only ~30 s after the change: the stopped worker then starts
    // the way it does in a reading session, not in the middle of that build.
    await servedEntries(control);
    const run = results.get(state) as TermsRun;
    for (let i = 0; i < coldLoads; i++)
      run.coldWorkerFirstDrawnMs.push(
        await coldWorkerLoad(ext.context, `${origin}${pages.small.path}?cold-${state}-${i}`),
      );
    log(
      `  ${state}, worker stopped: first mark drawn at ${run.coldWorkerFirstDrawnMs.map((x) => x.toFixed(0)).join(', ')} ms`,
    );
  }
  return order.map((s) => results.get(s) as TermsRun);
}
