// Budget (b): the reader opens a 300k-character document and draws its first screen of marks
// within 1 s. Timed in the reader's tab from its navigation start (performance.now() = 0) by a
// watcher registered before the page's scripts, which looks at every frame: which of our
// highlight ranges (CSS.highlights, names ptr-*) lie inside the viewport. "First screen drawn" is
// the first frame showing as many marks in the viewport as there are once the page is done.
import type { BrowserContext } from 'playwright-core';
import { attribute, type CpuProfile, SAMPLING_US } from '../bench/cdp.ts';
import { defineNameHelper, glossaryUrl } from './extension-pages.ts';

/** Plain JavaScript (a string: nothing of the harness's compiler reaches the page). */
const FRAME_WATCH = `
window.__benchReader = { frames: [], article: NaN, scanned: NaN, stop: false };
const probe = document.createRange();
const benchReaderTick = (t) => {
  const s = window.__benchReader;
  let n = 0;
  for (const [name, h] of CSS.highlights) {
    if (!name.startsWith('ptr-')) continue;
    for (const r of h) {
      // The marks are StaticRanges, which have no geometry: a live Range over the same text.
      probe.setStart(r.startContainer, r.startOffset);
      probe.setEnd(r.endContainer, r.endOffset);
      const b = probe.getBoundingClientRect();
      if (b.width > 0 && b.bottom > 0 && b.top < innerHeight) n++;
    }
  }
  const last = s.frames[s.frames.length - 1];
  if (!last || last[1] !== n) s.frames.push([t, n]);
  const article = document.querySelector('article.doc-text');
  if (article && Number.isNaN(s.article)) s.article = t;
  if (article && article.hasAttribute('data-marks') && Number.isNaN(s.scanned)) s.scanned = t;
  if (!s.stop) requestAnimationFrame(benchReaderTick);
};
requestAnimationFrame(benchReaderTick);
`;

export interface ReaderRun {
  cold: boolean;
  /** ms from navigation start: the first frame with the article's text in the page. */
  textMs: number;
  /** The first frame with a mark in the viewport. */
  firstMarkMs: number;
  /** The first frame with every mark of the first screen (as many as at the end). */
  firstScreenMs: number;
  /** The frame after every block of the document was matched (article[data-marks]). */
  allMarksMs: number;
  marksOnScreen: number;
  marksTotal: number;
}

/** Opens the reader on document `id` in a new tab and times it. */
export async function measureReader(
  context: BrowserContext,
  extensionId: string,
  id: string,
  cold: boolean,
): Promise<ReaderRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(FRAME_WATCH);
    await page.goto(glossaryUrl(extensionId, `#/doc/${encodeURIComponent(id)}`));
    await defineNameHelper(page);
    await page.locator('article.doc-text[data-marks]').waitFor({ timeout: 60_000 });
    // Marks keep coming into the registry after the scan only if they were missing: wait a
    // little so "as many as at the end" is the settled count.
    await page.waitForTimeout(700);
    const s = (await page.evaluate(() => {
      const w = window as unknown as {
        __benchReader: { frames: [number, number][]; article: number; scanned: number };
      };
      (w.__benchReader as unknown as { stop: boolean }).stop = true;
      return w.__benchReader;
    })) as { frames: [number, number][]; article: number; scanned: number };
    const marksTotal = Number(await page.getAttribute('article.doc-text', 'data-marks'));
    const final = s.frames.at(-1)?.[1] ?? 0;
    if (final === 0) throw new Error('the reader drew no marks in its first screen');
    const first = s.frames.find(([, n]) => n > 0) as [number, number];
    const full = s.frames.find(([, n]) => n === final) as [number, number];
    return {
      cold,
      textMs: s.article,
      firstMarkMs: first[0],
      firstScreenMs: full[0],
      allMarksMs: s.scanned,
      marksOnScreen: final,
      marksTotal,
    };
  } finally {
    await page.close();
  }
}

export interface ReaderProfile {
  /** Going to the reader (hash change in an open glossary tab) → all marks made. */
  wallMs: number;
  /** Our JavaScript (frames of the extension's scripts and what they call). */
  scriptMs: number;
  gcMs: number;
  /** Native work outside any script: style, layout, paint of the article. */
  nativeMs: number;
  /** Largest self times in our scripts (minified names unless built with --readable). */
  hot: { name: string; selfMs: number }[];
}

/**
 * Where the time of a warm open goes: a CPU profile from the hash change that opens the reader
 * in an open glossary tab to the article's data-marks. Not a timing run (the profiler slows it).
 */
export async function profileReader(
  context: BrowserContext,
  extensionId: string,
  id: string,
): Promise<ReaderProfile> {
  const page = await context.newPage();
  try {
    await page.goto(glossaryUrl(extensionId, '#/'));
    await page.locator('main h1').first().waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    const t0 = Date.now();
    await page.evaluate(`location.hash = ${JSON.stringify(`#/doc/${encodeURIComponent(id)}`)}`);
    await page.locator('article.doc-text[data-marks]').waitFor({ timeout: 60_000 });
    const wallMs = Date.now() - t0;
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const ours = attribute(profile, `chrome-extension://${extensionId}/`);
    return {
      wallMs,
      scriptMs: ours.scriptMs,
      gcMs: ours.gcMs,
      nativeMs: selfOf(profile, '(program)'),
      hot: ours.hot.slice(0, 8),
    };
  } finally {
    await page.close();
  }
}

/** ms of samples whose own frame is `name` (V8's pseudo-frames: (program), (idle), …). */
function selfOf(profile: CpuProfile, name: string): number {
  const ids = new Set(
    profile.nodes.filter((n) => n.callFrame.functionName === name).map((n) => n.id),
  );
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (ids.has(id)) us += profile.timeDeltas[i + 1] ?? 0;
  });
  return us / 1000;
}
