// The glossary at the scale of the news: terms that only the news corpus uses (none of the five
// seed documents) are marked and explained in both scripts, found by the popup in English, and
// filtered by topic; the glossary page browses a topic and draws a term's news timeline.
import type { Page } from 'playwright-core';
import { fromSimplified } from '../lib/script/convert.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldString, parseFoldTable } from '../lib/matcher/fold.ts';
import type { TermEntry } from '../lib/types.ts';
import {
  extensionPage,
  glossaryPage,
  type Harness,
  popupResults,
  hoverMark,
  readMarks,
  startHarness,
  tooltipText,
  waitForMarks,
  waitForMarkTexts,
  builtGlossary,
} from './harness.ts';

const bundle = builtGlossary();
const byTerm = (term: string): TermEntry => {
  const found = bundle.terms.find((x) => x.forms.includes(term));
  if (!found) throw new Error(`no entry has the form ${term}`);
  return found;
};
/** Terms of the fixture pages that no seed document uses: they come from the news alone. */
const NEWS_ONLY = [
  '新质生产力',
  '全国统一大市场',
  '共同富裕',
  '一带一路',
  '全过程人民民主',
  '碳达峰',
];

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('news-only terms', () => {
  it('are terms the seeds never use, with a timeline from the news', () => {
    for (const term of NEWS_ONLY) {
      const entry = byTerm(term);
      expect(entry.occurrences, term).toHaveLength(0);
      expect(entry.timeline?.mentions, term).toBeGreaterThan(0);
    }
  });

  it('are marked on a simplified page and explained with their first date in the news', async () => {
    const page = await h.newPage('/fixtures/news.html');
    const marked = new Set((await waitForMarks(page, NEWS_ONLY.length)).map((m) => m.text));
    for (const term of NEWS_ONLY) expect(marked, term).toContain(term);
    const entry = byTerm('新质生产力');
    await hoverMark(page, '新质生产力');
    const text = await tooltipText(page);
    expect(text).toContain(entry.english);
    expect(text).toContain(entry.first as string);
    expect(text).toContain(entry.corpus.at(-1)?.title as string);
    await page.close();
  });

  it('are marked on a traditional page and explained in traditional script', async () => {
    const page = await h.newPage('/fixtures/news-traditional.html');
    // Taiwan spelling on the page (碳達峰), not always opencc's cn→t (碳達峯): compare folded.
    const fold = parseFoldTable(bundle.index.fold);
    const marks = await waitForMarks(page, NEWS_ONLY.length);
    const marked = new Set(marks.map((m) => foldString(fold, m.text)));
    expect(marks.some((m) => m.text === '新質生產力')).toBe(true);
    for (const term of NEWS_ONLY) expect(marked, term).toContain(term);
    await hoverMark(page, '共同富裕');
    const text = await tooltipText(page);
    // In the Taiwan standard, the page's (為, not the build's OpenCC-standard 爲).
    expect(text).toContain(fromSimplified(byTerm('共同富裕').definition, 'tw'));
    await page.close();
  });
});

describe('popup search in English', () => {
  const results = (query: string) => popupResults(h, query);

  it('finds the news-only terms by their official English', async () => {
    expect((await results('common prosperity'))[0]).toBe('共同富裕');
    expect((await results('new quality productive forces'))[0]).toBe('新质生产力');
  });
  it('finds them by traditional characters too', async () => {
    expect((await results('新質生產力'))[0]).toBe('新质生产力');
    expect((await results('全國統一大市場'))[0]).toBe('全国统一大市场');
  });
});

describe('topics', () => {
  async function names(page: Page): Promise<string[]> {
    return (await readMarks(page)).map((m) => m.text);
  }

  it.each([
    ['simplified', '/fixtures/news.html', '一带一路'],
    ['traditional', '/fixtures/news-traditional.html', '一帶一路'],
  ])(
    'hides the marks of one topic on a %s page, live, and shows them again',
    async (_s, path, shown) => {
      const page = await h.newPage(path);
      await waitForMarks(page, NEWS_ONLY.length);
      expect(await names(page)).toContain(shown);
      const foreign = byTerm('一带一路');
      const other = byTerm('新质生产力');
      expect(foreign.topic).not.toBe(other.topic);
      const opts = await extensionPage(h, 'options.html');
      await opts.waitForSelector('form.settings');
      await opts.uncheck(`input[name=topic-${foreign.topic}]`);
      await waitForMarkTexts(page, (texts) => !texts.includes(shown));
      // The other topics stay marked (新质生产力 is economy's, 一带一路 foreign affairs').
      expect((await names(page)).some((t) => t === '新质生产力' || t === '新質生產力')).toBe(true);
      await opts.check(`input[name=topic-${foreign.topic}]`);
      await waitForMarkTexts(page, (texts) => texts.includes(shown));
      await opts.close();
      await page.close();
    },
  );

  it('browses one topic on the glossary page: its terms, all of them', async () => {
    const topic = byTerm('共同富裕').topic;
    const page = await glossaryPage(h, `#/topic/${topic}`);
    await page.waitForSelector('.term-list a');
    const ids = await page.$$eval('.term-list a', (links) =>
      links.map((a) => a.getAttribute('data-term') ?? ''),
    );
    const expected = bundle.terms.filter((x) => x.topic === topic).map((x) => x.id);
    expect(ids.sort()).toEqual(expected.sort());
    expect(await page.getAttribute(`a[href="#/topic/${topic}"]`, 'aria-current')).toBe('page');
    await page.close();
  });

  it('draws the news timeline of a term: one bar per month it was used in', async () => {
    const entry = byTerm('新质生产力');
    const page = await glossaryPage(h, `#/term/${entry.id}`);
    await page.waitForSelector('.timeline svg');
    const bars = await page.$$eval('.timeline rect.bar', (rects) =>
      rects.map((r) => Number(r.getAttribute('data-count'))),
    );
    const timeline = entry.timeline!;
    expect(bars).toEqual(timeline.monthly.filter((n) => n > 0));
    expect(await page.textContent('.timeline figcaption')).toContain(timeline.first);
    await page.close();
  });
});
