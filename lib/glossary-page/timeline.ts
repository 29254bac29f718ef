// Geometry of the news timeline chart (mentions per month): plain numbers, so the component only
// draws and the layout is unit-tested.
import type { Timeline } from '../types.ts';

export interface MonthBar {
  /** YYYY-MM */
  month: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface TimelineGeometry {
  width: number;
  height: number;
  /** y of the axis line. */
  base: number;
  bars: MonthBar[];
  /** Year labels at Januaries, thinned to fit (see chooseTicks). */
  ticks: { x: number; label: string }[];
  max: number;
  peak?: MonthBar;
}

/** The widest the chart is drawn; narrower containers get a narrower chart, not smaller text. */
export const TIMELINE_MAX_WIDTH = 560;
const CHART = 96;
/** Labels are 12 px text: an estimate of one character's advance and the space kept between. */
const CHAR_WIDTH = 7.5;
const LABEL_GAP = 10;
const TOP = 14;

/** The month `offset` months after `start` (YYYY-MM). */
export function monthAfter(start: string, offset: number): string {
  const total = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/**
 * The year labels that fit side by side at this width: the first month ("2022-09") when the chart
 * does not start in January and the first January is far enough away, then Januaries ("2023"),
 * every year when they fit, else every second, third … year, so labels never overlap or run off
 * the right edge.
 */
export function chooseTicks(
  bars: Pick<MonthBar, 'month' | 'x'>[],
  chartWidth: number,
): { x: number; label: string }[] {
  const labelWidth = (label: string) => label.length * CHAR_WIDTH;
  const fits = (x: number, label: string) => x + labelWidth(label) <= chartWidth;
  const januaries = bars
    .filter((bar) => bar.month.endsWith('-01'))
    .map((bar) => ({ x: bar.x, label: bar.month.slice(0, 4) }))
    .filter((tick) => fits(tick.x, tick.label));
  const spaced = (ticks: { x: number; label: string }[]) =>
    ticks.every((tick, i) => {
      const before = ticks[i - 1];
      return !before || tick.x - before.x >= labelWidth(before.label) + LABEL_GAP;
    });
  let years = januaries;
  // Ends: with every ≥ the number of Januaries one label is left, and one label is spaced.
  for (let every = 2; !spaced(years); every++) years = januaries.filter((_, i) => i % every === 0);
  const first = bars[0];
  if (!first || first.month.endsWith('-01')) return years;
  const opening = { x: first.x, label: first.month };
  const withOpening = [opening, ...years];
  return fits(opening.x, opening.label) && spaced(withOpening) ? withOpening : years;
}

export function timelineGeometry(
  timeline: Pick<Timeline, 'start' | 'monthly'>,
  chartWidth = TIMELINE_MAX_WIDTH,
): TimelineGeometry {
  const n = Math.max(timeline.monthly.length, 1);
  const step = chartWidth / n;
  const width = Math.max(step - 2, 1);
  const max = Math.max(1, ...timeline.monthly);
  const base = TOP + CHART;
  const bars = timeline.monthly.map((count, i) => {
    const height = count === 0 ? 0 : Math.max(1, Math.round((count / max) * CHART));
    return {
      month: monthAfter(timeline.start, i),
      count,
      x: i * step + 1,
      y: base - height,
      width,
      height,
    };
  });
  const ticks = chooseTicks(bars, chartWidth);
  const peak = bars.reduce<MonthBar | undefined>(
    (best, bar) => (!best || bar.count > best.count ? bar : best),
    undefined,
  );
  return {
    width: chartWidth,
    height: base + 20,
    base,
    bars,
    ticks,
    max,
    ...(peak && peak.count > 0 ? { peak } : {}),
  };
}
