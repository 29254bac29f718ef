// The page's header: skip link, name, search box and the sections (browse, source documents,
// the user's own documents).
import type { RefObject } from 'preact';
import { searchKeyAction } from '../../lib/glossary-page/keys.ts';
import { t } from '../../lib/i18n.ts';

export type Section = 'browse' | 'documents' | 'library' | 'search' | 'other';

export interface GlossaryHeaderProps {
  query: string;
  section: Section;
  inputRef?: RefObject<HTMLInputElement | null>;
  onQuery(query: string): void;
  /** Enter in the search box: open the best hit. */
  onSubmit(): void;
  /** Arrow down in the search box: move into the results. */
  onEnterResults(): void;
  onSkip(): void;
}

export function GlossaryHeader(props: GlossaryHeaderProps) {
  const { query, section } = props;
  return (
    <header class="g-header">
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          // A real fragment would replace the route in the hash: move focus instead.
          e.preventDefault();
          props.onSkip();
        }}
      >
        {t('glossarySkip')}
      </a>
      <p class="brand">
        <a href="#/">{t('glossaryTitle')}</a>
      </p>
      <form
        role="search"
        class="g-search"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSubmit();
        }}
      >
        <label class="sr-only" for="gq">
          {t('popupSearchLabel')}
        </label>
        <input
          id="gq"
          ref={props.inputRef}
          type="search"
          autocomplete="off"
          placeholder={t('popupSearchPlaceholder')}
          aria-describedby="gq-hint"
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            const action = searchKeyAction(e.key, query);
            if (!action) return;
            e.preventDefault();
            if (action === 'enterResults') props.onEnterResults();
            else props.onQuery('');
          }}
        />
        <span id="gq-hint" class="sr-only">
          {t('glossarySearchHint')}
        </span>
      </form>
      <nav class="g-nav" aria-label={t('glossaryNav')}>
        <a href="#/" aria-current={section === 'browse' ? 'page' : undefined}>
          {t('glossaryBrowse')}
        </a>
        <a href="#/docs" aria-current={section === 'documents' ? 'page' : undefined}>
          {t('glossaryDocuments')}
        </a>
        <a href="#/my" aria-current={section === 'library' ? 'page' : undefined}>
          {t('glossaryLibrary')}
        </a>
      </nav>
    </header>
  );
}
