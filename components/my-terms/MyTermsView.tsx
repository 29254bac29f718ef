// My terms: search, newest first, each opening its own page; edit in place, delete with undo;
// and the glossary packs.
import type { ComponentChild } from 'preact';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { t, tCount } from '../../lib/i18n.ts';
import { RowActions, SearchField, StoreError, UndoLine } from '../library/ListParts.tsx';

export interface MyTermsViewProps {
  /** The terms to list (searched), newest first. */
  terms: MyTerm[];
  total: number;
  query: string;
  /** The id of the term being edited, and its form. */
  editing: { id: string; body: ComponentChild } | null;
  /** The headword just deleted, while undo is offered. */
  deleted: string | null;
  storeError: string | null;
  termHref(id: string): string;
  /** The built-in entry a merged form belongs to: its headword. */
  aliasLabel(id: string): string;
  onQuery(query: string): void;
  onEdit(id: string | null): void;
  onDelete(id: string): void;
  onUndo(): void;
  packs: ComponentChild;
}

export function MyTermsView(props: MyTermsViewProps) {
  const { terms, query } = props;
  return (
    <section class="my-terms" aria-labelledby="my-terms-h">
      <h1 id="my-terms-h" tabIndex={-1}>
        {t('myTermsTitle')}
      </h1>
      <p class="muted">{t('myTermsIntro')}</p>
      <UndoLine deleted={props.deleted} onUndo={props.onUndo} />
      <StoreError message={props.storeError} />
      <div class="library-tools">
        <SearchField
          label={t('myTermsSearch')}
          class="my-terms-search"
          query={query}
          onQuery={props.onQuery}
        />
        <span class="muted my-terms-count">{tCount('myTermsCount', props.total)}</span>
      </div>
      {props.total === 0 ? (
        <p class="muted">{t('myTermsEmpty')}</p>
      ) : terms.length === 0 ? (
        <p class="muted">{t('libraryNoMatch', query)}</p>
      ) : (
        <ul class="my-term-list">
          {terms.map((term) => (
            <li key={term.id} class="my-term" data-term={term.term}>
              <a href={props.termHref(term.id)} lang="zh" class="my-term-link">
                {term.term}
              </a>{' '}
              <span class="muted">
                {term.pinyin}
                {term.english && ` · ${term.english}`}
                {term.aliasOf
                  ? ` · ${t('myTermAliasOf', props.aliasLabel(term.aliasOf))}`
                  : ` · ${t(`category_${term.category}`)} · ${t(`topic_${term.topic}`)}`}
              </span>
              <RowActions
                edit={{ text: t('myTermEdit'), label: t('myTermEditLabel', term.term) }}
                name={term.term}
                editing={props.editing?.id === term.id}
                onEdit={() => props.onEdit(props.editing?.id === term.id ? null : term.id)}
                onDelete={() => props.onDelete(term.id)}
              />
              {props.editing?.id === term.id && props.editing.body}
            </li>
          ))}
        </ul>
      )}
      {props.packs}
    </section>
  );
}
