import { describe, expect, it } from 'vitest';
import { chooseTicks, monthAfter, TIMELINE_MAX_WIDTH, timelineGeometry } from './timeline.ts';

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

  it('labels every January, and the first month when no January is close', () => {
    expect(chart.ticks.map((t) => t.label)).toEqual(['2022-11', '2023']);
    const long = timelineGeometry({ start: '2022-06', monthly: new Array(12).fill(1) });
    expect(long.ticks.map((t) => t.label)).toEqual(['2022-06', '2023']);
  });

  it('has no peak when the term was never mentioned', () => {
    expect(timelineGeometry({ start: '2022-09', monthly: [0, 0] }).peak).toBeUndefined();
  });
});

describe('chooseTicks: year labels that never overlap', () => {
  // The news corpus: 48 months from 2022-09, as on every term page.
  const news = { start: '2022-09', monthly: new Array(48).fill(1) };
  const labels = (width: number) => timelineGeometry(news, width).ticks.map((t) => t.label);
  const CHAR = 7.5; // the estimate chooseTicks uses for 12 px text
  const overlaps = (width: number) => {
    const ticks = timelineGeometry(news, width).ticks;
    return ticks.some((t, i) => {
      const before = ticks[i - 1];
      return before !== undefined && t.x < before.x + before.label.length * CHAR;
    });
  };

  it('drops the opening month when the first January is too close to it', () => {
    // 2022-09 is four bars before 2023-01: at 560 px that is 47 px for a 52 px label.
    expect(labels(TIMELINE_MAX_WIDTH)).toEqual(['2023', '2024', '2025', '2026']);
  });

  it('keeps every year down to the popup-sized page, and thins them below it', () => {
    expect(labels(360)).toEqual(['2023', '2024', '2025', '2026']);
    expect(labels(120)).toEqual(['2023', '2025']);
    expect(labels(60)).toEqual(['2023']);
  });

  it('never lets two labels overlap or one run off the right edge, at any width', () => {
    for (let width = 40; width <= TIMELINE_MAX_WIDTH; width += 10) {
      expect(overlaps(width), `width ${width}`).toBe(false);
      for (const tick of timelineGeometry(news, width).ticks)
        expect(tick.x + tick.label.length * CHAR).toBeLessThanOrEqual(width);
    }
  });

  it('labels the opening month when the chart starts well before a January', () => {
    const bars = ['2022-03', '2022-04', '2022-05', '2022-06', '2022-07', '2022-08', '2022-09']
      .concat(['2022-10', '2022-11', '2022-12', '2023-01'])
      .map((month, i) => ({ month, x: i * 20 }));
    expect(chooseTicks(bars, 400).map((t) => t.label)).toEqual(['2022-03', '2023']);
  });
});
