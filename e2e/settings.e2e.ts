// Settings apply live in open tabs: per-site off (popup and tooltip), global off, highlight
// style, hidden categories, the page toggle behind the keyboard shortcut; dark mode.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  activeTabId,
  extensionPage,
  type Harness,
  hoverMark,
  readMarks,
  sendToTab,
  setSettings,
  startHarness,
  tooltipBox,
  tooltipText,
  waitForMarks,
  waitForNoHighlight,
} from './harness.ts';
import { until } from './observer.ts';
import { hasHighlights, shadowText } from './page-side.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

async function markCount(page: Page): Promise<number> {
  return (await readMarks(page)).length;
}

async function waitForCount(page: Page, predicate: (n: number) => boolean): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const n = await markCount(page);
    if (predicate(n)) return n;
    await page.waitForTimeout(100);
  }
  throw new Error(`mark count never matched; last ${await markCount(page)}`);
}

async function options(): Promise<Page> {
  const page = await extensionPage(h, 'options.html');
  await page.waitForSelector('form.settings');
  return page;
}

describe('settings apply live', () => {
  // Each test starts from the default settings, whatever the one before it left switched off.
  beforeEach(() => setSettings(h, null));

  it('turns highlighting off and on for one site from the popup', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    const before = (await waitForMarks(page, 5)).length;
    const tabId = await activeTabId(h);
    const popup = await h.popup(`?tab=${tabId}`);
    const siteToggle = popup.locator('footer label').first().locator('input');
    await popup.waitForSelector('.page-terms li');
    expect(await siteToggle.isChecked()).toBe(true);
    await siteToggle.click();
    await waitForCount(page, (n) => n === 0);
    await siteToggle.click();
    expect(await waitForCount(page, (n) => n === before)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('switches highlight style and hides a category from the options page', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    const opts = await options();
    await opts.check('input[name=style][value=background]');
    await page.waitForFunction(hasHighlights, { prefix: 'ptr-background-', min: 1 });
    expect((await readMarks(page)).every((m) => m.name.startsWith('ptr-background-'))).toBe(true);

    await opts.uncheck('input[name=category-formula]');
    await waitForNoHighlight(page, 'ptr-background-formula');
    const names = (await readMarks(page)).map((m) => m.name);
    expect(names).not.toContain('ptr-background-formula');
    expect(names.length).toBeGreaterThan(0);

    await opts.check('input[name=category-formula]');
    await opts.check('input[name=style][value=underline]');
    await page.waitForFunction(hasHighlights, { prefix: 'ptr-underline-formula', min: 1 });
    await opts.close();
    await page.close();
  });

  it('turns highlighting off everywhere from the options page', async () => {
    const page = await h.newPage('/fixtures/traditional.html');
    await waitForMarks(page, 3);
    const opts = await options();
    await opts.uncheck('input[name=enabled]');
    await waitForCount(page, (n) => n === 0);
    await opts.check('input[name=enabled]');
    await waitForCount(page, (n) => n >= 3);
    await opts.close();
    await page.close();
  });

  it('turns a site off by its address typed into the options page, and back on', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    const before = (await waitForMarks(page, 5)).length;
    const opts = await options();
    await opts.fill('#add-site', `${h.site.origin}/any/page.html`);
    await opts.press('#add-site', 'Enter');
    await waitForCount(page, (n) => n === 0);
    expect(await opts.textContent('.sites')).toContain('127.0.0.1');
    await opts.fill('#add-site', 'no site here');
    await opts.click('.add-site button');
    expect(await opts.textContent('[role=alert]')).toContain('no site here');
    await opts.click('.sites button');
    expect(await waitForCount(page, (n) => n === before)).toBe(before);
    await opts.close();
    await page.close();
  });

  it('toggles the page with the keyboard-shortcut command path', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    const tabId = await activeTabId(h);
    // Headless Chromium does not deliver extension keyboard shortcuts, so this sends what the
    // background's commands.onCommand handler sends for 'toggle-highlights'.
    const toggle = () => sendToTab(h, { type: 'page/toggle' }, tabId);
    expect(await toggle()).toEqual({ active: false });
    await waitForCount(page, (n) => n === 0);
    expect(await toggle()).toEqual({ active: true });
    await waitForCount(page, (n) => n >= 5);
    await page.close();
  });

  it("turns the site off from the tooltip's button", async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    await hoverMark(page, '四个意识');
    await tooltipText(page);
    // A real click: the tooltip ignores synthetic (untrusted) events a page could send. The
    // switch is behind "More", out of the way of everyday reading.
    await page.locator('policy-terms-tooltip footer button[aria-expanded]').click();
    await page
      .locator('policy-terms-tooltip footer button', { hasText: 'Off on this site' })
      .click();
    await waitForCount(page, (n) => n === 0);
    // And back on from the options page's list of sites.
    const opts = await options();
    await opts.click('.sites button');
    await waitForCount(page, (n) => n >= 5);
    await opts.close();
    await page.close();
  });

  it('swaps the tooltip to a related term when one is clicked', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    await hoverMark(page, '四个意识');
    const first = await tooltipText(page);
    // Related terms are listed once the tooltip is expanded ("More").
    await page.locator('policy-terms-tooltip footer button[aria-expanded]').click();
    const chip = page.locator('policy-terms-tooltip .links .chip').first();
    const related = (await chip.textContent()) ?? '';
    await chip.click();
    expect(related.length).toBeGreaterThan(1);
    const headword = { host: 'policy-terms-tooltip', selector: '.headword' };
    await until(async () => (await page.evaluate(shadowText, headword)) === related || null);
    expect(first).not.toEqual(await tooltipText(page));
    await page.close();
  });
});

describe('dark mode', () => {
  it('renders the tooltip with the dark palette when the system prefers dark', async () => {
    const dark = await startHarness({ colorScheme: 'dark' });
    try {
      const page = await dark.newPage('/fixtures/simplified.html');
      await waitForMarks(page, 5);
      await hoverMark(page, '两个确立');
      await tooltipText(page);
      expect((await tooltipBox(page)).background).toBe('rgb(31, 35, 41)');
    } finally {
      await dark.close();
    }
  });
});
