// Merge a candidate into an existing entry as another way of writing it: search the built-in
// entries and my terms, pick one.
import { t } from '../../lib/i18n.ts';

export interface MergeTarget {
  id: string;
  term: string;
  /** Pinyin or English, to tell look-alikes apart. */
  detail: string;
  mine: boolean;
}

export interface MergeChooserProps {
  id: string;
  candidate: string;
  query: string;
  results: MergeTarget[];
  problem: string | null;
  onQuery(query: string): void;
  onChoose(target: MergeTarget): void;
  onCancel(): void;
}

export function MergeChooser(props: MergeChooserProps) {
  const { id, query, results } = props;
  return (
    <div class="merge-chooser" role="group" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('mergeTitle', props.candidate)}</h2>
      <label for={`${id}-q`}>{t('mergeSearch')}</label>{' '}
      <input
        id={`${id}-q`}
        type="search"
        class="merge-search"
        autocomplete="off"
        value={query}
        onInput={(e) => props.onQuery(e.currentTarget.value)}
      />
      {query.trim() && results.length === 0 && (
        <p class="muted" role="status">
          {t('popupNoResults', query)}
        </p>
      )}
      <ul class="merge-results">
        {results.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              class="merge-into"
              data-id={r.id}
              onClick={() => props.onChoose(r)}
            >
              {t('mergeInto')} <span lang="zh">{r.term}</span>
            </button>{' '}
            <span class="muted">
              {r.detail}
              {r.mine && ` · ${t('mergeMine')}`}
            </span>
          </li>
        ))}
      </ul>
      {props.problem && (
        <p class="error" role="alert">
          {props.problem}
        </p>
      )}
      <button type="button" class="cancel" onClick={props.onCancel}>
        {t('libraryCancel')}
      </button>
    </div>
  );
}
