// What a user would otherwise run, in a Chromium without the extension, each on a fresh load of
// the same page: mark.js, advanced-mark.js (combinePatterns), and the floor, a bare TreeWalker
// that reads every text node. All three are synchronous, so their wall time in the page is
// their main-thread time; DOM mutation costs paid later (style, layout of the <mark>s) are not
// counted, which favours the peers.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { attribute, type CpuProfile, heapUsed, SAMPLING_US } from './cdp.ts';
import type { BenchPage } from './pages.ts';

const require = createRequire(import.meta.url);
export const MARK_JS = require.resolve('mark.js/dist/mark.min.js');
export const ADVANCED_MARK_JS = require.resolve('advanced-mark.js/dist/mark.min.js');

export interface FloorResult {
  /** Wall time of one cold walk, no profiler attached. */
  wallMs: number;
  /** The same walk on another fresh load, measured like ours: CPU-profile samples. */
  profiledMs: number;
  textNodes: number;
  textChars: number;
  /** Heap after GC on the loaded page, before anything runs: the baseline for ours. */
  heapBytes: number;
}

export interface PeerResult {
  /** Wall time, ms; null when the cap was hit. */
  ms: number | null;
  marks: number;
  matches: number;
  /** mark.js only: forms done before the cap (all of them when ms is not null). */
  formsDone: number;
  formsTotal: number;
  capped: boolean;
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
  // Let the page finish its first layout and paint before timing anything.
  await tab.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  return tab;
}

// In-page code as plain script text: functions handed to page.evaluate would be rewritten by
// the TypeScript loader (it adds helpers the page does not have), and a sourceURL lets the CPU
// profile attribute samples to the floor walk.
const PAGE_SCRIPT = `
window.__benchFloor = function benchFloorWalk(root) {
  const t0 = performance.now();
  const walker = document.createTreeWalker(root || document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes++;
    chars += n.data.length;
  }
  return { ms: performance.now() - t0, nodes, chars };
};
const OPTIONS = { separateWordSearch: false, acrossElements: false, diacritics: false };
// combinePatterns: true makes one regular expression per 10 forms and walks the DOM once per
// regular expression; the harness hands it those 10 forms at a time (the same work) so it can
// stop at the cap.
window.__benchAdvanced = function (terms, cap, root) {
  let marks = 0;
  let matches = 0;
  let done = 0;
  const t0 = performance.now();
  const instance = new Mark(root || document.body);
  for (let i = 0; i < terms.length; i += 10) {
    const chunk = terms.slice(i, i + 10);
    instance.mark(chunk, Object.assign({}, OPTIONS, {
      combinePatterns: true,
      done: (m, n) => { marks += m; matches += n; },
    }));
    done += chunk.length;
    if (performance.now() - t0 > cap) break;
  }
  const ms = performance.now() - t0;
  const capped = done < terms.length;
  return { ms: capped ? null : ms, marks, matches, formsDone: done, formsTotal: terms.length, capped };
};
// mark.js walks the whole DOM once per form; called one form at a time (what it does with an
// array anyway) so the harness can stop at the cap.
window.__benchMarkJs = function (terms, cap, root) {
  const instance = new Mark(root || document.body);
  let marks = 0;
  let matches = 0;
  let done = 0;
  const t0 = performance.now();
  for (const term of terms) {
    instance.mark(term, Object.assign({}, OPTIONS, { done: (m) => { marks += m; } }));
    done++;
    if (performance.now() - t0 > cap) break;
  }
  const ms = performance.now() - t0;
  const capped = done < terms.length;
  return { ms: capped ? null : ms, marks, matches, formsDone: done, formsTotal: terms.length, capped };
};
//# sourceURL=bench-floor.js`;

export async function measureFloor(
  context: BrowserContext,
  origin: string,
  page: BenchPage,
): Promise<FloorResult> {
  const tab = await open(context, `${origin}${page.path}`);
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable');
  const heapBytes = await heapUsed(cdp);
  await tab.addScriptTag({ content: PAGE_SCRIPT });
  const cold = (await tab.evaluate('window.__benchFloor()')) as {
    ms: number;
    nodes: number;
    chars: number;
  };
  await tab.close();

  const again = await open(context, `${origin}${page.path}`);
  const cdp2 = await context.newCDPSession(again);
  await again.addScriptTag({ content: PAGE_SCRIPT });
  await cdp2.send('Profiler.enable');
  await cdp2.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp2.send('Profiler.start');
  await again.evaluate('window.__benchFloor()');
  const { profile } = (await cdp2.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  await again.close();
  return {
    wallMs: cold.ms,
    profiledMs: attribute(profile, 'bench-floor.js').scriptMs,
    textNodes: cold.nodes,
    textChars: cold.chars,
    heapBytes,
  };
}

/** advanced-mark.js, all forms in one call with combinePatterns, across inline elements. */
export function measureAdvancedMark(
  context: BrowserContext,
  origin: string,
  page: BenchPage,
  forms: string[],
  capMs: number,
): Promise<PeerResult> {
  return measurePeer(context, origin, page, ADVANCED_MARK_JS, '__benchAdvanced', forms, capMs);
}

/**
 * mark.js with every form. mark.js walks the whole DOM once per form; the harness calls it one
 * form at a time (which is what mark.js does with an array) so it can stop at the cap.
 */
export function measureMarkJs(
  context: BrowserContext,
  origin: string,
  page: BenchPage,
  forms: string[],
  capMs: number,
): Promise<PeerResult> {
  return measurePeer(context, origin, page, MARK_JS, '__benchMarkJs', forms, capMs);
}

/** Loads the page fresh, injects the library and the page script, runs one peer to the cap. */
async function measurePeer(
  context: BrowserContext,
  origin: string,
  page: BenchPage,
  library: string,
  run: keyof PageApi,
  forms: string[],
  capMs: number,
): Promise<PeerResult> {
  const tab = await open(context, `${origin}${page.path}`);
  try {
    await tab.addScriptTag({ path: library });
    await tab.addScriptTag({ content: PAGE_SCRIPT });
    return (await tab.evaluate(
      ([which, terms, cap]) => (window as unknown as PageApi)[which](terms, cap),
      [run, forms, capMs] as const,
    )) as PeerResult;
  } finally {
    await tab.close();
  }
}

interface PageApi {
  __benchAdvanced(terms: string[], cap: number, root?: Element): PeerResult;
  __benchMarkJs(terms: string[], cap: number, root?: Element): PeerResult;
}

/** Peers on the infinite-scroll page: each runs once at load, then on every appended article. */
export async function measurePeerInfinite(
  context: BrowserContext,
  origin: string,
  page: BenchPage,
  forms: string[],
  which: 'floor' | 'advanced-mark.js' | 'mark.js',
  capMs: number,
): Promise<{ ms: number; marks: number; capped: boolean }> {
  const tab = await context.newPage();
  try {
    if (which !== 'floor') {
      await tab.addInitScript({
        content: readFileSync(which === 'mark.js' ? MARK_JS : ADVANCED_MARK_JS, 'utf8'),
      });
    }
    const call =
      which === 'floor'
        ? 'window.__benchFloor(root)'
        : which === 'mark.js'
          ? `window.__benchMarkJs(${JSON.stringify(forms)}, ${capMs}, root)`
          : `window.__benchAdvanced(${JSON.stringify(forms)}, ${capMs}, root)`;
    await tab.addInitScript({
      content: `${PAGE_SCRIPT}
window.__benchPeer = { ms: 0, marks: 0, capped: false };
const benchRun = (root) => {
  if (window.__benchPeer.capped) return;
  const t0 = performance.now();
  const r = ${call};
  window.__benchPeer.ms += performance.now() - t0;
  window.__benchPeer.marks += r.marks || 0;
  if (r.capped || window.__benchPeer.ms > ${capMs}) window.__benchPeer.capped = true;
};
addEventListener('DOMContentLoaded', () => {
  benchRun(document.body);
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) if (n.localName === 'article') benchRun(n);
  }).observe(document.body, { childList: true, subtree: true });
});`,
    });
    await tab.goto(`${origin}${page.path}`, { waitUntil: 'load', timeout: 120_000 });
    await tab.waitForFunction('window.__appendsDone === true', null, {
      polling: 100,
      timeout: 600_000,
    });
    return (await tab.evaluate('window.__benchPeer')) as {
      ms: number;
      marks: number;
      capped: boolean;
    };
  } finally {
    await tab.close();
  }
}
