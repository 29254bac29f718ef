import { describe, expect, it } from 'vitest';
import { monthAfter, timelineGeometry } from './timeline.ts';

describe('monthAfter', () => {
  it('counts months across year ends', () => {
    expect(monthAfter('2022-09', 0)).toBe('2022-09');
    expect(monthAfter('2022-09', 4)).toBe('2023-01');
    expect(monthAfter('2022-09', 47)).toBe('2026-08');
  });
});

describe('timelineGeometry', () => {
  const chart = timelineGeometry({ start: '2022-11', monthly: [2, 0, 8, 4] });

  it('gives each month a bar slot in order, with no height for a month without mentions', () => {
    expect(chart.bars.map((b) => [b.month, b.count])).toEqual([
      ['2022-11', 2],
      ['2022-12', 0],
      ['2023-01', 8],
      ['2023-02', 4],
    ]);
    expect(chart.bars[1]?.height).toBe(0);
    const xs = chart.bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('scales bars to the busiest month and stands them on the axis', () => {
    const [a, , c, d] = chart.bars;
    expect(c?.height).toBeGreaterThan(d?.height as number);
    expect(d?.height).toBeGreaterThan(a?.height as number);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBe(chart.base);
    expect(chart.peak).toMatchObject({ month: '2023-01', count: 8 });
  });

  it('labels every January, and the first month when no January is within four bars', () => {
    expect(chart.ticks.map((t) => t.label)).toEqual(['2023']);
    const long = timelineGeometry({ start: '2022-06', monthly: new Array(12).fill(1) });
    expect(long.ticks.map((t) => t.label)).toEqual(['2022-06', '2023']);
  });

  it('has no peak when the term was never mentioned', () => {
    expect(timelineGeometry({ start: '2022-09', monthly: [0, 0] }).peak).toBeUndefined();
  });
});
