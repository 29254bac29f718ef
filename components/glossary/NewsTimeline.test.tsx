// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Timeline } from '../../lib/types.ts';
import { mount } from '../test-utils.ts';
import { NewsTimeline } from './NewsTimeline.tsx';

const timeline: Timeline = {
  mentions: 14,
  days: 9,
  first: '2022-11-03',
  last: '2023-02-20',
  start: '2022-11',
  monthly: [2, 0, 8, 4],
};

describe('NewsTimeline', () => {
  it('draws a bar for each month with mentions, with the count on it', () => {
    const { root, unmount } = mount(<NewsTimeline id="x" timeline={timeline} />);
    const bars = [...root.querySelectorAll('rect.bar')];
    expect(bars.map((b) => [b.getAttribute('data-month'), b.getAttribute('data-count')])).toEqual([
      ['2022-11', '2'],
      ['2023-01', '8'],
      ['2023-02', '4'],
    ]);
    unmount();
  });

  it('is one named image with a description, and has a caption', () => {
    const { root, unmount } = mount(<NewsTimeline id="x" timeline={timeline} />);
    const svg = root.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    const labelled = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
    for (const id of labelled) expect(root.querySelector(`#${id}`)).not.toBeNull();
    // Outside an extension the i18n layer returns message keys: the caption holds the summary,
    // the busiest month and the source (the real strings are checked in e2e/news.e2e.ts).
    const caption = root.querySelector('figcaption')?.textContent ?? '';
    for (const key of ['timelineSummary', 'timelinePeak', 'timelineSource'])
      expect(caption).toContain(key);
    unmount();
  });
});
