// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { describe as describeRange } from '../dom/anchoring.ts';
import { anchorExcerpts, anchorReport } from './restore.ts';

function selectorsOf(quote: string) {
  const text = document.body.firstElementChild?.firstChild as Text;
  const at = text.data.indexOf(quote);
  const range = document.createRange();
  range.setStart(text, at);
  range.setEnd(text, at + quote.length);
  return describeRange(document.body, range);
}

describe('anchorExcerpts', () => {
  it('finds what is still there and keeps the rest as orphans', () => {
    document.body.innerHTML =
      '<p>要深刻领悟“两个确立”的决定性意义，坚持稳中求进。把全面提高人才自主培养质量作为主攻方向。</p>';
    const kept = { id: 1, note: 'n', ...selectorsOf('坚持稳中求进') };
    const edited = { id: 2, note: '', ...selectorsOf('把全面提高人才自主培养质量作为主攻方向') };
    const removed = { id: 3, note: '', ...selectorsOf('要深刻领悟“两个确立”的决定性意义') };
    document.body.innerHTML =
      '<p>据报道，坚持稳中求进。把全面提高人才自主培养的质量作为主攻方向。</p>';

    const result = anchorExcerpts(document.body, [kept, edited, removed]);
    expect(result.found.map((f) => [f.excerpt.id, f.range.toString()])).toEqual([
      [1, '坚持稳中求进'],
      [2, '把全面提高人才自主培养的质量作为主攻方向'],
    ]);
    expect(result.orphans.map((o) => o.id)).toEqual([3]);
    expect(anchorReport(result)).toEqual([
      // Its context and position both changed: found by the scored match, not by context.
      { id: 1, status: 'found', method: 'fuzzy' },
      { id: 2, status: 'found', method: 'fuzzy' },
      { id: 3, status: 'orphan' },
    ]);
  });
});
