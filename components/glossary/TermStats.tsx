// Occurrences of one term per source document, oldest document first: small SVG bars drawn by
// hand. The SVG is one image to assistive technology, named by its title and described by a
// sentence per document; the summary under it says the same in short for everyone.
import { chartGeometry, type DocumentCount } from '../../lib/glossary-page/stats.ts';
import { t } from '../../lib/i18n.ts';

export interface TermStatsProps {
  id: string;
  label: string;
  rows: DocumentCount[];
  docHref(doc: string, offset: number): string;
}

export function TermStats({ id, label, rows, docHref }: TermStatsProps) {
  const total = rows.reduce((n, r) => n + r.count, 0);
  const present = rows.filter((r) => r.count > 0);
  const chart = chartGeometry(rows);
  const describe = (r: DocumentCount) => t('statsDocument', [r.title, r.date, String(r.count)]);
  return (
    <section class="stats" aria-labelledby={`stats-h-${id}`}>
      <h2 id={`stats-h-${id}`}>{t('statsTitle')}</h2>
      {total === 0 ? (
        <p class="muted">{t('statsNone')}</p>
      ) : (
        <figure>
          <svg
            class="chart"
            role="img"
            viewBox={`0 0 ${chart.width} ${chart.height}`}
            width={chart.width}
            height={chart.height}
            aria-labelledby={`stats-t-${id} stats-d-${id}`}
          >
            <title id={`stats-t-${id}`}>{t('statsChartLabel', label)}</title>
            <desc id={`stats-d-${id}`}>{rows.map(describe).join('; ')}</desc>
            <line class="axis" x1={0} x2={chart.width} y1={chart.base} y2={chart.base} />
            {chart.bars.map((bar) => (
              <g key={bar.doc} class="slot" data-doc={bar.doc} data-count={bar.count}>
                {bar.count > 0 && (
                  <rect class="bar" x={bar.x} y={bar.y} width={bar.width} height={bar.height}>
                    <title>{describe(bar)}</title>
                  </rect>
                )}
                <text class="value" x={bar.cx} y={bar.y - 4} text-anchor="middle">
                  {bar.count}
                </text>
                <text class="date" x={bar.cx} y={chart.base + 16} text-anchor="middle">
                  {bar.date.slice(0, 7)}
                </text>
              </g>
            ))}
          </svg>
          <figcaption>
            {t('statsSummary', [String(total), String(present.length), String(rows.length)])}{' '}
            {present.map((r, i) => (
              <span key={r.doc}>
                {i > 0 ? ' · ' : ''}
                <a href={docHref(r.doc, r.first)}>
                  {r.date.slice(0, 4)} {r.title}
                </a>{' '}
                ({r.count})
              </span>
            ))}
          </figcaption>
        </figure>
      )}
    </section>
  );
}
