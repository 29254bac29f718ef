// Mentions of a term per month in the news corpus: SVG bars drawn by hand (no chart library).
// One image to assistive technology, named by its title and described by a sentence; the caption
// says the same for everyone.
import { useRef } from 'preact/hooks';
import { TIMELINE_MAX_WIDTH, timelineGeometry } from '../../lib/glossary-page/timeline.ts';
import { t } from '../../lib/i18n.ts';
import type { Timeline } from '../../lib/types.ts';
import { useElementWidth } from '../../lib/ui/use-element-width.ts';

export interface NewsTimelineProps {
  id: string;
  timeline: Timeline;
}

export function NewsTimeline({ id, timeline }: NewsTimelineProps) {
  // Drawn at the width it gets, so a narrow page gets fewer year labels, not smaller ones.
  const figure = useRef<HTMLElement>(null);
  const width = Math.min(useElementWidth(figure, TIMELINE_MAX_WIDTH), TIMELINE_MAX_WIDTH);
  const chart = timelineGeometry(timeline, width);
  const from = chart.bars[0]?.month ?? '';
  const to = chart.bars[chart.bars.length - 1]?.month ?? '';
  const summary = t('timelineSummary', [
    String(timeline.mentions),
    String(timeline.days),
    timeline.first,
    timeline.last,
  ]);
  const peak = chart.peak ? t('timelinePeak', [chart.peak.month, String(chart.peak.count)]) : '';
  return (
    <section class="timeline" aria-labelledby={`tl-h-${id}`}>
      <h2 id={`tl-h-${id}`}>{t('timelineTitle', [from, to])}</h2>
      <figure ref={figure}>
        <svg
          class="chart"
          role="img"
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          width={chart.width}
          height={chart.height}
          aria-labelledby={`tl-t-${id} tl-d-${id}`}
        >
          <title id={`tl-t-${id}`}>{t('timelineTitle', [from, to])}</title>
          <desc id={`tl-d-${id}`}>{`${summary} ${peak}`}</desc>
          <line class="axis" x1={0} x2={chart.width} y1={chart.base} y2={chart.base} />
          {chart.bars.map((bar) =>
            bar.count > 0 ? (
              <rect
                key={bar.month}
                class="bar"
                data-month={bar.month}
                data-count={bar.count}
                x={bar.x}
                y={bar.y}
                width={bar.width}
                height={bar.height}
              >
                <title>{`${bar.month}: ${bar.count}`}</title>
              </rect>
            ) : null,
          )}
          {chart.ticks.map((tick) => (
            <text key={tick.label} class="date" x={tick.x} y={chart.base + 14}>
              {tick.label}
            </text>
          ))}
        </svg>
        <figcaption>
          {summary} {peak} <span class="muted">{t('timelineSource')}</span>
        </figcaption>
      </figure>
    </section>
  );
}
