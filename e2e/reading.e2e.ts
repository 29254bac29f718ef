// Reading any page: marks on simplified, traditional, split, late, framed and shadow content;
// editable and hidden text left alone; the tooltip on hover, including on a hostile page.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Harness,
  hoverMark,
  readMarks,
  startHarness,
  tooltipBox,
  tooltipHidden,
  tooltipShown,
  tooltipText,
  waitForMarks,
  waitForMarkTexts,
} from './harness.ts';
import { until } from './observer.ts';
import { highlightsInside } from './page-side.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const texts = (marks: { text: string }[]) => marks.map((m) => m.text);

/** How many of the extension's registered ranges start inside the element `selector` names. */
const marksInside = (page: Page, selector: string) =>
  page.evaluate(highlightsInside, { prefix: 'ptr-', selector });

describe('highlighting', () => {
  it('marks the terms of a simplified page, longest first, across inline markup', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    const marks = texts(await waitForMarks(page, 5));
    expect(marks).toContain('两个确立');
    expect(marks).toContain('四个意识');
    expect(marks).toContain('立德树人根本任务');
    expect(marks).toContain('立德树人'); // <b>立德</b>树人 is one match
    expect(marks).toContain('双减'); // “<i>双</i>减”
    expect(marks).toContain('加快建设教育强国');
    await page.close();
  });

  it('leaves editable areas, code, hidden text and block boundaries alone', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    const marks = texts(await waitForMarks(page, 5));
    // Only the last paragraph's 加快建设教育强国 may be marked: not the textarea, contenteditable,
    // code or hidden copies; and 两个|确立 split across two paragraphs must not match.
    expect(marks.filter((m) => m.includes('教育强国'))).toEqual(['加快建设教育强国']);
    expect(marks.filter((m) => m === '两个确立')).toHaveLength(1);
    await page.close();
  });

  it('leaves text typed into an editable area unmarked when the page is re-scanned', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    const before = await marksInside(page, '#last');
    await page.click('#editable');
    await page.keyboard.press('End');
    await page.keyboard.insertText('，落实立德树人根本任务');
    // A term added to an ordinary paragraph at the same time shows the re-scan did run.
    await page.evaluate(() => document.getElementById('last')?.append('深入推进“双减”工作。'));
    await until(async () => (await marksInside(page, '#last')) > before || null, 10_000);
    expect(await marksInside(page, '#editable')).toBe(0);
    await page.close();
  });

  it('marks text the page shows later (display:none turned off)', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    expect(await marksInside(page, '#collapsed')).toBe(0);
    await page.evaluate(() => {
      (document.getElementById('collapsed') as HTMLElement).style.display = 'block';
    });
    await until(async () => (await marksInside(page, '#collapsed')) > 0 || null, 10_000);
    await page.close();
  });

  it('marks traditional text with the same glossary', async () => {
    const page = await h.newPage('/fixtures/traditional.html');
    const marks = texts(await waitForMarks(page, 3));
    expect(marks).toContain('兩個確立');
    expect(marks).toContain('立德樹人根本任務');
    expect(marks).toContain('加快建設教育強國');
    expect(marks).toContain('黨對教育工作的全面領導');
    await page.close();
  });

  it('marks content inserted after load and drops marks of removed content', async () => {
    const page = await h.newPage('/fixtures/dynamic.html');
    await waitForMarks(page, 1);
    const marks = texts(await waitForMarks(page, 2));
    expect(marks).toContain('双减');
    await page.evaluate(() => (window as unknown as { removeFirst(): void }).removeFirst());
    await waitForMarkTexts(page, (marks) => marks.length === 1);
    expect(texts(await readMarks(page))).toEqual(['双减']);
    await page.close();
  });

  it('marks inside iframes and open shadow roots', async () => {
    const page = await h.newPage('/fixtures/iframe.html');
    expect(texts(await waitForMarks(page, 1))).toContain('四个意识');
    const frame = page.frame({ url: /traditional\.html$/ });
    if (!frame) throw new Error('the iframe did not load');
    expect(texts(await waitForMarks(frame, 2))).toContain('兩個確立');
    await page.close();

    const shadow = await h.newPage('/fixtures/shadow.html');
    const marks = texts(await waitForMarks(shadow, 3));
    expect(marks).toContain('科教兴国战略');
    expect(marks).toContain('深化产教融合');
    expect(marks).toContain('立德树人'); // in a <span>'s shadow root inside a paragraph
    await shadow.close();
  });

  it('does not fire short forms inside unrelated everyday words', async () => {
    const page = await h.newPage('/fixtures/plain.html');
    await page.waitForTimeout(1500);
    expect(await readMarks(page)).toEqual([]);
    await page.close();
  });
});

describe('tooltip', () => {
  it('explains a term after a short hover and closes on Escape', async () => {
    const page = await h.newPage('/fixtures/simplified.html');
    await waitForMarks(page, 5);
    await hoverMark(page, '四个意识');
    const text = await tooltipText(page);
    expect(text).toContain('四个意识');
    expect(text).toContain('sì gè yì shí');
    expect(text).toContain('政治意识'); // formula members
    await page.keyboard.press('Escape');
    await tooltipHidden(page);
    await page.close();
  });

  it('shows the headword in traditional script on a traditional page', async () => {
    const page = await h.newPage('/fixtures/traditional.html');
    await waitForMarks(page, 3);
    await hoverMark(page, '兩個確立');
    expect(await tooltipText(page)).toContain('兩個確立');
    await page.close();
  });

  it('is untouched by hostile page CSS and stays on top', async () => {
    const page = await h.newPage('/fixtures/hostile.html');
    await waitForMarks(page, 1);
    const point = await hoverMark(page, '两个确立');
    await tooltipText(page);
    const box = await tooltipBox(page);
    expect(box.display).toBe('flex');
    expect(box.width).toBeGreaterThan(200);
    expect(box.height).toBeGreaterThan(80);
    expect(box.background).toBe('rgb(255, 255, 255)');
    expect(point.y).toBeGreaterThan(0);
    expect(await tooltipShown(page)).toBe(true);
    await page.close();
  });
});
