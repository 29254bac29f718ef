import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../types.ts';
import { chartGeometry, countsByDocument, distinctOccurrences } from './stats.ts';

const docs = [
  { id: 'late', title: 'Late', date: '2025-11-01' },
  { id: 'early', title: 'Early', date: '2022-10-31' },
  { id: 'middle', title: 'Middle', date: '2024-01-11' },
];
const at = (doc: string, start: number): Occurrence => ({
  doc,
  start,
  end: start + 2,
  text: '双减',
  sentence: '',
  sentenceSimplified: '',
});

describe('occurrences per document', () => {
  it('lists every document oldest first, with zero where the term is absent', () => {
    const rows = countsByDocument({ occurrences: [at('late', 5), at('late', 9)] }, docs);
    expect(rows.map((r) => [r.doc, r.count])).toEqual([
      ['early', 0],
      ['middle', 0],
      ['late', 2],
    ]);
  });

  it('counts a place once even when two forms were found there', () => {
    const rows = countsByDocument({ occurrences: [at('early', 7), at('early', 7)] }, docs);
    expect(rows[0]).toMatchObject({ doc: 'early', count: 1, first: 7 });
    expect(distinctOccurrences([at('early', 7), at('early', 7), at('late', 7)])).toHaveLength(2);
  });

  it('remembers the first place in each document for a link to the reader', () => {
    const rows = countsByDocument({ occurrences: [at('middle', 40), at('middle', 12)] }, docs);
    expect(rows.find((r) => r.doc === 'middle')?.first).toBe(12);
    expect(rows.find((r) => r.doc === 'early')?.first).toBe(-1);
  });
});

describe('chart geometry', () => {
  const rows = countsByDocument(
    { occurrences: [at('early', 1), at('late', 1), at('late', 2), at('late', 3), at('late', 4)] },
    docs,
  );
  const chart = chartGeometry(rows, { width: 300, plotHeight: 100, top: 10, bottom: 30 });

  it('scales the tallest bar to the plot height and the others in proportion', () => {
    const [early, middle, late] = chart.bars;
    expect(late?.height).toBe(100);
    expect(early?.height).toBe(25);
    expect(middle?.height).toBe(0);
    expect(late?.y).toBe(10);
    expect((early?.y ?? 0) + (early?.height ?? 0)).toBe(chart.base);
  });

  it('places the bars left to right in date order, inside the chart', () => {
    const xs = chart.bars.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (const bar of chart.bars) {
      expect(bar.x).toBeGreaterThanOrEqual(0);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.width);
    }
    expect(chart.height).toBe(140);
  });

  it('keeps a single occurrence visible beside a large count', () => {
    const many = countsByDocument(
      { occurrences: [at('early', 0), ...Array.from({ length: 200 }, (_, i) => at('late', i))] },
      docs,
    );
    expect(chartGeometry(many).bars[0]?.height).toBeGreaterThanOrEqual(2);
  });
});
