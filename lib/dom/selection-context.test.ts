// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { selectionContext } from './selection-context.ts';

const page = { url: 'https://www.gov.cn/a.html', title: '通知' };

function select(from: Text, fromOffset: number, to: Text, toOffset: number): Selection {
  const selection = getSelection() as Selection;
  selection.removeAllRanges();
  const range = document.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  selection.addRange(range);
  return selection;
}

describe('selectionContext', () => {
  it('gives the selected text and the whole sentence around it, across inline elements', () => {
    document.body.innerHTML =
      '<p>第一句话。要推进<b>数智</b>校园建设，提升治理水平。最后一句。</p>';
    const [a, b, c] = [
      (document.querySelector('p') as HTMLElement).firstChild as Text,
      (document.querySelector('b') as HTMLElement).firstChild as Text,
      (document.querySelector('b') as HTMLElement).nextSibling as Text,
    ];
    expect(a.data).toBe('第一句话。要推进');
    const context = selectionContext(select(b, 0, c, 2), page);
    expect(context).toEqual({
      text: '数智校园',
      sentence: '要推进数智校园建设，提升治理水平。',
      url: page.url,
      title: page.title,
    });
  });

  it('answers null without a selection, and cuts a long sentence around the term', () => {
    document.body.innerHTML = `<p>${'甲'.repeat(400)}县域普高${'乙'.repeat(400)}。</p>`;
    const text = (document.querySelector('p') as HTMLElement).firstChild as Text;
    expect(selectionContext(null, page)).toBeNull();
    expect(selectionContext(select(text, 3, text, 3), page)).toBeNull();
    const context = selectionContext(select(text, 400, text, 404), page);
    expect(context?.text).toBe('县域普高');
    expect(context?.sentence).toContain('县域普高');
    expect(context?.sentence.length).toBeLessThanOrEqual(302);
  });
});
