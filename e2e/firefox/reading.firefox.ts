// Reading pages in Firefox: marks on simplified, traditional and split-by-markup text, late
// content, iframes, open shadow roots; the tooltip on hover; a site turned off live from the popup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxHarness, startFirefox } from './harness.ts';
import {
  hoverMark,
  tooltipClosed,
  readMarks,
  tooltipText,
  waitForMarkTexts,
  waitForMarks,
} from './page.ts';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefox();
});
afterAll(async () => {
  await h?.close();
});

describe('marks in Firefox', () => {
  it('marks a simplified page, across inline markup, and leaves editable text alone', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    const marks = await waitForMarks(page, 5);
    expect(marks).toContain('两个确立');
    expect(marks).toContain('立德树人根本任务');
    expect(marks).toContain('立德树人'); // <b>立德</b>树人 is one match
    expect(marks).toContain('双减'); // “<i>双</i>减”
    // Only the last paragraph's copy: not the textarea, contenteditable, code or hidden ones.
    expect(marks.filter((m) => m.includes('教育强国'))).toEqual(['加快建设教育强国']);
    await page.close();
  });

  it('marks a traditional page with the same glossary', async () => {
    const page = await h.newPage('/fixtures/traditional.html');
    const marks = await waitForMarks(page, 3);
    expect(marks).toContain('兩個確立');
    expect(marks).toContain('黨對教育工作的全面領導');
    await page.close();
  });

  it('marks content inserted after load and drops marks of removed content', async () => {
    const page = await h.newPage('/fixtures/dynamic.html');
    expect(await waitForMarkTexts(page, (t) => t.includes('双减'))).toContain('立德树人根本任务');
    await page.evaluate(() => (window as unknown as { removeFirst(): void }).removeFirst());
    expect(await waitForMarkTexts(page, (t) => t.length === 1)).toEqual(['双减']);
    await page.close();
  });

  it('marks inside an iframe and inside open shadow roots', async () => {
    const page = await h.newPage('/fixtures/iframe.html');
    expect(await waitForMarks(page, 1)).toContain('四个意识');
    const frame = await (await page.waitForSelector('#child'))?.contentFrame();
    if (!frame) throw new Error('the iframe did not load');
    expect(await waitForMarkTexts(frame, (t) => t.includes('兩個確立'))).toContain('兩個確立');
    await page.close();

    const shadow = await h.newPage('/fixtures/shadow.html');
    const marks = await waitForMarks(shadow, 3);
    expect(marks).toContain('科教兴国战略');
    expect(marks).toContain('立德树人'); // in a <span>'s shadow root inside a paragraph
    await shadow.close();
  });
});

describe('the tooltip in Firefox', () => {
  it('explains a term after a short hover and closes on Escape', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    await hoverMark(page, '四个意识');
    const text = await tooltipText(page);
    expect(text).toContain('sì gè yì shí');
    expect(text).toContain('政治意识'); // a formula member
    await page.keyboard.press('Escape');
    await tooltipClosed(page);
    await page.close();
  });

  it('shows the traditional headword on a traditional page', async () => {
    const page = await h.newPage('/fixtures/traditional.html');
    await waitForMarks(page, 3);
    await hoverMark(page, '兩個確立');
    expect(await tooltipText(page)).toContain('兩個確立');
    await page.close();
  });
});

describe('settings live in Firefox', () => {
  it('turns one site off and on from the popup; the page follows without a reload', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    const before = (await waitForMarks(page, 5)).length;
    const tab = await h.tabIdOf(page);
    const popup = await h.extensionPage(`popup.html?tab=${tab}`, '.page-terms li');
    const rows = await popup.$$eval('.page-terms .hw', (els) => els.map((e) => e.textContent));
    expect(rows).toContain('双减');
    await popup.click('footer label input');
    await waitForMarkTexts(page, (t) => t.length === 0);
    expect(await readMarks(page)).toEqual([]);
    await popup.click('footer label input');
    await waitForMarkTexts(page, (t) => t.length === before);
    expect(await readMarks(page)).toHaveLength(before);
    await popup.close();
    await page.close();
  });
});
