// @vitest-environment happy-dom
// Anchoring on saved real pages (lib/dom/testdata): describe() must give the baseline selectors,
// anchor() must find them again, also after the page was edited, and give up on orphans.
import { describe, expect, it } from 'vitest';
import {
  anchor,
  anchorWithMethod,
  describe as describeRange,
  type ExcerptSelectors,
  matchQuote,
  maxErrorsFor,
  textIndex,
} from './anchoring.ts';
import { loadPage, readPage } from './testdata/load-page.ts';
import baselines from './testdata/selectors.json';

interface Baseline {
  name: string;
  within: string;
  quote: string;
  expected: ExcerptSelectors;
}
const pages = Object.entries(baselines as Record<string, Baseline[]>);

/** The range of `quote` inside the element `within`, found without the code under test. */
function rangeOfQuote(doc: Document, within: string, quote: string): Range {
  const element = doc.querySelector(within);
  if (!element) throw new Error(`no element ${within}`);
  const walker = doc.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const text = nodes.map((n) => n.data).join('');
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`quote not in ${within}`);
  const range = doc.createRange();
  let offset = 0;
  for (const node of nodes) {
    const end = offset + node.data.length;
    if (at >= offset && at < end) range.setStart(node, at - offset);
    if (at + quote.length > offset && at + quote.length <= end) {
      range.setEnd(node, at + quote.length - offset);
    }
    offset = end;
  }
  return range;
}

const anchoredText = (root: Node, selectors: ExcerptSelectors) =>
  anchor(root, selectors)?.toString() ?? null;

describe.each(pages)('on the saved page %s', (file, cases) => {
  it.each(cases)('describes $name as in the baseline', ({ within, quote, expected }) => {
    const doc = loadPage(file);
    expect(describeRange(doc.body, rangeOfQuote(doc, within, quote))).toEqual(expected);
  });

  it.each(cases)('anchors $name back to the same text and offsets', ({ expected }) => {
    const doc = loadPage(file);
    const found = anchorWithMethod(doc.body, expected);
    expect(found?.method).toBe('quote');
    expect(found?.range.toString()).toBe(expected.exact);
    expect(describeRange(doc.body, found?.range as Range)).toEqual(expected);
  });
});

const [noticeFile, noticeCases] = pages[0] as [string, Baseline[]];
const boldSentence = noticeCases[0]?.expected as ExcerptSelectors;
const acrossLink = noticeCases[1]?.expected as ExcerptSelectors;

describe('after the page was edited', () => {
  it('finds the quote by its context when words were inserted before it', () => {
    const html = readPage(noticeFile).replace(
      '来源：教育部',
      '来源：教育部 &nbsp; 作者：本网记者 &nbsp; 阅读量：12345',
    );
    const doc = loadPage(noticeFile, html);
    const found = anchorWithMethod(doc.body, boldSentence);
    expect(found?.method).toBe('quote');
    expect(found?.range.toString()).toBe(boldSentence.exact);
    expect(describeRange(doc.body, found?.range as Range).start).toBeGreaterThan(
      boldSentence.start,
    );
  });

  it('falls back to the position when the context changed but the quote is still there', () => {
    const html = readPage(noticeFile).replace('团结奋进的大会。', '团结奋进的盛会。');
    const doc = loadPage(noticeFile, html);
    const found = anchorWithMethod(doc.body, boldSentence);
    expect(found?.method).toBe('position');
    expect(found?.range.toString()).toBe(boldSentence.exact);
  });

  it('survives a word inserted inside the quote', () => {
    const html = readPage(noticeFile).replace('当前和今后一个时期', '当前和今后相当长一个时期');
    const doc = loadPage(noticeFile, html);
    const found = anchorWithMethod(doc.body, boldSentence);
    expect(found?.method).toBe('fuzzy');
    expect(found?.range.toString()).toBe(
      '学习宣传贯彻党的二十大精神是当前和今后相当长一个时期教育系统的首要政治任务',
    );
  });

  it('survives a word removed inside the quote, across a link', () => {
    const html = readPage(noticeFile).replace('就做好学习宣传贯彻', '就做好宣传贯彻');
    const doc = loadPage(noticeFile, html);
    const found = anchorWithMethod(doc.body, acrossLink);
    expect(found?.method).toBe('fuzzy');
    expect(found?.range.toString()).toBe(
      '印发《关于教育系统深入学习宣传贯彻党的二十大精神的通知》，就做好宣传贯彻党的二十大精神有关工作作出部署。',
    );
  });

  it('survives words inserted before it and inside it at once', () => {
    const html = readPage(noticeFile)
      .replace('<div class="moe-detail-editor">', '<p>编者按：以下为通知全文摘要。</p><div>')
      .replace('<h1 class="moe-detail-title">', '<p class="lead">本网讯 编者按语。</p><h1>')
      .replace('首要政治任务', '首要的政治任务');
    const doc = loadPage(noticeFile, html);
    expect(anchoredText(doc.body, boldSentence)).toBe(
      '学习宣传贯彻党的二十大精神是当前和今后一个时期教育系统的首要的政治任务',
    );
  });

  it('picks the right one of two identical quotes by their context', () => {
    const [file, cases] = pages[2] as [string, Baseline[]];
    const heading = cases[0]?.expected as ExcerptSelectors;
    const doc = loadPage(file);
    const index = textIndex(doc.body);
    // The table of contents repeats the heading earlier on the page.
    expect(index.text.indexOf(heading.exact)).toBeLessThan(heading.start);
    // Move the position hint onto the table of contents: context must still win.
    const misleading = { ...heading, start: index.text.indexOf(heading.exact) };
    const found = anchorWithMethod(doc.body, misleading);
    expect(describeRange(doc.body, found?.range as Range).start).toBe(heading.start);
  });

  it('reports an orphan when the passage was removed', () => {
    const html = readPage(noticeFile).replace(
      /<p style="text-indent: 2em;">《通知》指出[\s\S]*?<\/p>/,
      '<p>（本段已删除）</p>',
    );
    const doc = loadPage(noticeFile, html);
    expect(anchor(doc.body, boldSentence)).toBeNull();
  });

  it('reports an orphan when the passage was rewritten beyond small edits', () => {
    const html = readPage(noticeFile).replace(
      '学习宣传贯彻党的二十大精神是当前和今后一个时期教育系统的首要政治任务',
      '各级教育部门要把这项工作摆在突出位置抓紧抓实',
    );
    const doc = loadPage(noticeFile, html);
    expect(anchor(doc.body, boldSentence)).toBeNull();
  });
});

describe('matchQuote', () => {
  const selectors = (exact: string, prefix = '', suffix = '', start = 0) => ({
    exact,
    prefix,
    suffix,
    start,
    end: start + exact.length,
  });

  it('returns null for an empty quote', () => {
    expect(matchQuote('abc', selectors(''))).toBeNull();
  });

  it('does not match short quotes approximately', () => {
    expect(maxErrorsFor('双减政策')).toBe(0);
    expect(matchQuote('落实双碱政策', selectors('双减政策'))).toBeNull();
  });

  it('allows a quarter of a longer quote to differ', () => {
    expect(maxErrorsFor('x'.repeat(40))).toBe(10);
    expect(maxErrorsFor('x'.repeat(5000))).toBe(256);
  });

  it('prefers the occurrence nearest the saved position among equal contexts', () => {
    const text = 'AA quote BB ... AA quote BB';
    expect(matchQuote(text, selectors('quote', 'AA ', ' BB', 20))?.start).toBe(19);
    expect(matchQuote(text, selectors('quote', 'AA ', ' BB', 0))?.start).toBe(3);
  });
});
