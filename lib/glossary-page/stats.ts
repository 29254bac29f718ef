// Per-term statistics from the sources: occurrences per document, in document date order, and
// the geometry of the small bar chart that shows them.
import type { Occurrence, SeedDocument, TermEntry } from '../types.ts';

export interface DocumentCount {
  doc: string;
  title: string;
  date: string;
  count: number;
  /** Offset of the first occurrence, for a link into the reader (-1 when there is none). */
  first: number;
}

/**
 * One row per source document, oldest first, zero counts included so the chart shows when a
 * term was absent. Occurrences at the same place are counted once: the build lists a nested form
 * (拔尖创新人才 inside 拔尖创新人才培养) at the same start as the longer one.
 */
export function countsByDocument(
  term: Pick<TermEntry, 'occurrences'>,
  documents: Pick<SeedDocument, 'id' | 'title' | 'date'>[],
): DocumentCount[] {
  const places = new Map<string, Set<number>>();
  for (const o of term.occurrences) {
    const set = places.get(o.doc) ?? new Set<number>();
    set.add(o.start);
    places.set(o.doc, set);
  }
  return [...documents]
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((d) => {
      const starts = places.get(d.id);
      return {
        doc: d.id,
        title: d.title,
        date: d.date,
        count: starts?.size ?? 0,
        first: starts ? Math.min(...starts) : -1,
      };
    });
}

/** Distinct places, in document order: what the excerpt list and the counts agree on. */
export function distinctOccurrences(occurrences: Occurrence[]): Occurrence[] {
  const seen = new Set<string>();
  return occurrences.filter((o) => {
    const key = `${o.doc}:${o.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface ChartBar extends DocumentCount {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Centre of the slot, for the labels under it. */
  cx: number;
}

export interface ChartGeometry {
  width: number;
  height: number;
  /** y of the baseline. */
  base: number;
  max: number;
  bars: ChartBar[];
}

/** Bars in equal slots, oldest first; heights scale to the largest count. */
export function chartGeometry(
  rows: DocumentCount[],
  { width = 480, plotHeight = 120, top = 18, bottom = 36, barRatio = 0.6 } = {},
): ChartGeometry {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const slot = rows.length > 0 ? width / rows.length : width;
  const barWidth = Math.max(4, Math.round(slot * barRatio));
  const base = top + plotHeight;
  const bars = rows.map((row, i) => {
    const height = row.count === 0 ? 0 : Math.max(2, Math.round((row.count / max) * plotHeight));
    const cx = Math.round(slot * i + slot / 2);
    return { ...row, x: cx - barWidth / 2, y: base - height, width: barWidth, height, cx };
  });
  return { width, height: base + bottom, base, max, bars };
}
