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
  /** Year labels at each January (and at the first month, when no January is close). */
  ticks: { x: number; label: string }[];
  max: number;
  peak?: MonthBar;
}

const WIDTH = 560;
const CHART = 96;
const TOP = 14;

/** The month `offset` months after `start` (YYYY-MM). */
export function monthAfter(start: string, offset: number): string {
  const total = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + offset;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

export function timelineGeometry(timeline: Pick<Timeline, 'start' | 'monthly'>): TimelineGeometry {
  const n = Math.max(timeline.monthly.length, 1);
  const step = WIDTH / n;
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
  // The first month is labelled unless a January follows within four bars (labels would overlap).
  const firstJanuary = bars.findIndex((bar) => bar.month.endsWith('-01'));
  const ticks = bars
    .filter(
      (bar, i) => bar.month.endsWith('-01') || (i === 0 && (firstJanuary < 0 || firstJanuary >= 4)),
    )
    .map((bar) => ({
      x: bar.x,
      label: bar.month.endsWith('-01') ? bar.month.slice(0, 4) : bar.month,
    }));
  const peak = bars.reduce<MonthBar | undefined>(
    (best, bar) => (!best || bar.count > best.count ? bar : best),
    undefined,
  );
  return {
    width: WIDTH,
    height: base + 20,
    base,
    bars,
    ticks,
    max,
    ...(peak && peak.count > 0 ? { peak } : {}),
  };
}
