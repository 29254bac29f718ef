// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { EXCERPT_HIGHLIGHT, ExcerptMarks } from './excerpt-marks.ts';

// happy-dom has no CSS Custom Highlight API: a Highlight is a Set of ranges with a priority.
beforeAll(() => {
  (globalThis as Record<string, unknown>).Highlight ??= class extends Set<AbstractRange> {
    priority = 0;
  };
});

function rangeIn(text: Text, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

describe('ExcerptMarks', () => {
  it('registers one highlight and finds the excerpt under a point, the shortest first', () => {
    document.body.innerHTML = '<p>落实立德树人根本任务，建设教育强国</p>';
    const text = document.querySelector('p')?.firstChild as Text;
    const registry = new Map<string, Highlight>();
    const marks = new ExcerptMarks(registry as unknown as HighlightRegistry);
    marks.set(1, rangeIn(text, 0, 10), 'whole');
    marks.set(2, rangeIn(text, 2, 6), 'inner');
    expect(registry.get(EXCERPT_HIGHLIGHT)?.size).toBe(2);
    expect(marks.at(text, 3)?.id).toBe(2);
    expect(marks.at(text, 0)?.note).toBe('whole');
    expect(marks.at(text, 10)).toBeUndefined(); // the end point is outside
    expect(marks.at(text, 12)).toBeUndefined();

    marks.setNote(1, 'edited');
    marks.remove(2);
    expect(marks.at(text, 3)?.note).toBe('edited');
    expect(registry.get(EXCERPT_HIGHLIGHT)?.size).toBe(1);
    marks.clear();
    expect(registry.has(EXCERPT_HIGHLIGHT)).toBe(false);
  });
});
