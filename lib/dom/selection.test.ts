// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchor } from './anchoring.ts';
import { selectorsForRange } from './selection.ts';

// The environment's own document: happy-dom's createHTMLDocument() ranges do not extend.
function page(html: string): Document {
  document.head.innerHTML = '';
  document.body.innerHTML = html;
  return document;
}

function rangeOver(doc: Document, from: Text, fromOffset: number, to: Text, toOffset: number) {
  const range = doc.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  return range;
}

describe('selectorsForRange', () => {
  it('drops whitespace at both ends of the selection', () => {
    const doc = page('<p>第一段。</p>\n<p>  落实<b>立德树人</b>根本任务。 </p>');
    const [p1, p2] = [...doc.querySelectorAll('p')];
    const first = p1?.firstChild as Text;
    const last = p2?.lastChild as Text;
    const result = selectorsForRange(doc.body, rangeOver(doc, first, 4, last, last.length));
    expect(result.ok && result.selectors.exact).toBe('落实立德树人根本任务。');
    expect(result.ok && result.selectors.prefix).toBe('第一段。\n  ');
    if (!result.ok) throw new Error(result.reason);
    expect(anchor(doc.body, result.selectors)?.toString()).toBe('落实立德树人根本任务。');
  });

  it('refuses an empty or all-whitespace selection', () => {
    const doc = page('<p>a</p>  <p>b</p>');
    const gap = doc.body.childNodes[1] as Text;
    expect(selectorsForRange(doc.body, rangeOver(doc, gap, 0, gap, 2))).toEqual({
      ok: false,
      reason: 'empty',
    });
    const p = doc.querySelector('p')?.firstChild as Text;
    expect(selectorsForRange(doc.body, rangeOver(doc, p, 1, p, 1))).toMatchObject({ ok: false });
  });

  it('refuses a selection outside the root and one too long to save', () => {
    const doc = page(`<p>${'长'.repeat(20_001)}</p>`);
    const text = doc.querySelector('p')?.firstChild as Text;
    expect(selectorsForRange(doc.body, rangeOver(doc, text, 0, text, text.length))).toEqual({
      ok: false,
      reason: 'too-long',
    });
    const title = doc.head.appendChild(doc.createElement('title'));
    title.textContent = 'head text';
    const inHead = title.firstChild as Text;
    expect(selectorsForRange(doc.body, rangeOver(doc, inHead, 0, inHead, 4))).toEqual({
      ok: false,
      reason: 'outside',
    });
  });
});
