// The extension reloaded under open pages (an update, or a reload or disable in
// chrome://extensions): Chrome does not inject the new content script into them, and the old one
// can no longer reach the extension, so its marks and tooltip would be dead. It must drop them
// when a reader comes back to the page or points at it; no timer runs in the page for this.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Harness,
  hoverMark,
  readMarks,
  startHarness,
  tooltipText,
  waitForMarks,
  waitForMarkTexts,
} from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h.close();
});

const tooltipPresent = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelector('policy-terms-tooltip') !== null);

describe('a page whose extension was reloaded', () => {
  it('drops its marks and tooltip when the reader comes back to it or points at it', async () => {
    const pointed = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(pointed, 5);
    await hoverMark(pointed, '四个意识');
    await tooltipText(pointed);
    const returned = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(returned, 5);

    await h.browser.worker
      .evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { reload(): void } } }
        ).chrome.runtime.reload(),
      )
      .catch(() => undefined); // the worker dies while answering
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await readMarks(pointed)).length).toBeGreaterThan(0);
    expect((await readMarks(returned)).length).toBeGreaterThan(0);

    // Coming back to the tab (what switching back from chrome://extensions fires).
    await returned.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await waitForMarkTexts(returned, (texts) => texts.length === 0, 5000);
    expect((await readMarks(pointed)).length).toBeGreaterThan(0);

    // Pointing at the page.
    await pointed.mouse.move(5, 5);
    await pointed.mouse.move(200, 150);
    await waitForMarkTexts(pointed, (texts) => texts.length === 0, 5000);
    expect(await tooltipPresent(pointed)).toBe(false);
  });
});
