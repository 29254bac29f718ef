// A listbox of search hits: headword, pinyin, English, category. Keyboard focus stays in the
// search box; the active option is announced through aria-activedescendant.
import { t } from '../lib/i18n.ts';
import type { SearchHit } from '../lib/search.ts';
import { USER_TERM_PREFIX } from '../lib/my-terms/id.ts';

export interface SearchResultsProps {
  query: string;
  hits: SearchHit[];
  active: number;
  onPick(id: string): void;
  /** The language tag of the headwords (the reader's script). */
  lang?: string;
}

export function SearchResults({
  query,
  hits,
  active,
  onPick,
  lang = 'zh-Hans',
}: SearchResultsProps) {
  if (!query.trim()) return <p class="empty muted">{t('popupEmpty')}</p>;
  if (hits.length === 0) {
    return (
      <p class="empty muted" role="status">
        {t('popupNoResults', query.trim())}
      </p>
    );
  }
  return (
    <div class="results" role="listbox" id="results" aria-label={t('popupSearchLabel')}>
      {hits.map((hit, i) => (
        // Keyboard selection lives in the search box (aria-activedescendant), as in a combobox.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- arrow keys and Enter are handled by the input
        <div
          key={hit.term.id}
          tabIndex={-1}
          id={`opt-${hit.term.id}`}
          role="option"
          aria-selected={i === active}
          class={i === active ? 'active' : ''}
          onClick={() => onPick(hit.term.id)}
        >
          <span class="hw" lang={lang}>
            {hit.term.term}
          </span>
          <span class="py">{hit.term.pinyin}</span>
          <span class="en">{hit.term.english}</span>
          {hit.term.id.startsWith(USER_TERM_PREFIX) ? (
            <span class="badge mine">{t('tooltipMine')}</span>
          ) : (
            <span class="badge" title={t(`categoryAbout_${hit.term.category}`)}>
              {t(`category_${hit.term.category}`)}
            </span>
          )}
        </div>
      ))}
    </div>
  );
}
