// The popup: search by each kind of query, the term view, and "on this page".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeTabId,
  type Harness,
  popupResults,
  setSettings,
  startHarness,
  waitForHighlight,
  waitForMarks,
} from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const firstResults = (query: string) => popupResults(h, query);

describe('popup search', () => {
  it('finds a term by simplified characters', async () => {
    expect((await firstResults('立德树人'))[0]).toBe('立德树人');
  });
  it('finds a term by traditional characters', async () => {
    expect((await firstResults('兩個確立'))[0]).toBe('两个确立');
  });
  it('finds a term by pinyin, with or without tones and spaces', async () => {
    expect((await firstResults('lideshuren'))[0]).toBe('立德树人');
    expect((await firstResults('lì dé shù rén'))[0]).toBe('立德树人');
  });
  it('finds a term by pinyin initials', async () => {
    expect(await firstResults('ldsr')).toContain('立德树人');
  });
  it('finds a term by English', async () => {
    expect(await firstResults('Two Establishes')).toContain('两个确立');
  });
  it('gives a helpful empty state for nonsense', async () => {
    const popup = await h.popup();
    await popup.fill('#q', 'qqqzzzxx');
    const text = await popup.textContent('.empty');
    expect(text).toContain('qqqzzzxx');
    await popup.close();
  });
  it('opens the full entry with Enter and follows a related term', async () => {
    const popup = await h.popup();
    await popup.fill('#q', 'sigeyishi');
    await popup.waitForSelector('.results [role=option]');
    await popup.press('#q', 'Enter');
    await popup.waitForSelector('article.term');
    const text = await popup.textContent('article.term');
    expect(text).toContain('四个意识');
    expect(text).toContain('看齐意识');
    await popup.click('article.term .chip');
    await popup.waitForFunction(
      () => !document.querySelector('article.term h2')?.textContent?.includes('四个意识'),
    );
    await popup.close();
  });
});

describe('on this page', () => {
  it('lists the terms found in the tab, most frequent first, and reveals one', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    // The page just opened is the active tab.
    const tabId = await activeTabId(h);
    const popup = await h.popup(`?tab=${tabId}`);
    await popup.waitForSelector('.page-terms li');
    const rows = await popup.$$eval('.page-terms .hw', (els) => els.map((e) => e.textContent));
    expect(rows).toContain('四个意识');
    expect(rows).toContain('双减');
    await popup.click('.page-terms li:has-text("双减") .row');
    await waitForHighlight(page, 'ptr-flash');
    await popup.close();
    await page.close();
  });

  it('lists them in the reader’s script: Hong Kong standard when chosen in options', async () => {
    await setSettings(h, {
      enabled: true,
      disabledSites: [],
      hiddenCategories: [],
      style: 'underline',
      tooltipScript: 'hk',
    });
    try {
      const page = await h.newPage('/fixtures/simplified.html');
      await waitForMarks(page, 5);
      const popup = await h.popup(`?tab=${await activeTabId(h)}`);
      await popup.waitForSelector('.page-terms li');
      const rows = await popup.$$eval('.page-terms .hw', (els) => els.map((e) => e.textContent));
      expect(rows).toContain('四個意識');
      expect(rows).not.toContain('四个意识');
      await popup.close();
      await page.close();
    } finally {
      await setSettings(h, null);
    }
  });
});
