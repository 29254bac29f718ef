// "On this page": the terms found in the active tab, most frequent first, with occurrence
// stepping (previous / next) for the one picked.
import { t } from '../lib/i18n.ts';

export interface PageTermRow {
  id: string;
  term: string;
  english: string;
  count: number;
}

export interface PageTermsProps {
  rows: PageTermRow[] | null;
  unavailable: boolean;
  selected?: { id: string; occurrence: number };
  onReveal(id: string, occurrence: number): void;
  /** The headwords' language (the reader's script). */
  lang?: string;
}

export function PageTerms({ rows, unavailable, selected, onReveal, lang }: PageTermsProps) {
  if (unavailable) return <p class="muted">{t('popupOnThisPageUnavailable')}</p>;
  if (!rows) return <p class="muted">{t('loading')}</p>;
  if (rows.length === 0) return <p class="muted">{t('popupOnThisPageNone')}</p>;
  return (
    <ul class="page-terms">
      {rows.map((row) => {
        // Occurrence numbers may run past either end; they wrap (the content script does the same).
        const current = selected?.id === row.id ? selected.occurrence : null;
        return (
          <li key={row.id}>
            <button type="button" class="row" onClick={() => onReveal(row.id, 0)}>
              <span class="hw" lang={lang}>
                {row.term}
              </span>
              <span class="en muted">{row.english}</span>
              <span class="count" title={t('popupOccurrences', String(row.count))}>
                {row.count}
              </span>
            </button>
            {current !== null && row.count > 1 && (
              <span class="stepper">
                <button
                  type="button"
                  aria-label={t('popupPrev')}
                  onClick={() => onReveal(row.id, current - 1)}
                >
                  ‹
                </button>
                <span class="muted">
                  {(((current % row.count) + row.count) % row.count) + 1}/{row.count}
                </span>
                <button
                  type="button"
                  aria-label={t('popupNext')}
                  onClick={() => onReveal(row.id, current + 1)}
                >
                  ›
                </button>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
