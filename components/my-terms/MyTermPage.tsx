// One of my terms on its own page (#/term/my:…): headword, pinyin, English, the user's
// definition, category and topic, the sentences it stands in with their dates; edit, delete.
import type { ComponentChild } from 'preact';
import { hrefOf } from '../../lib/glossary-page/route.ts';
import type { MyTerm } from '../../lib/my-glossary/types.ts';
import { t } from '../../lib/i18n.ts';
import { SourceList } from './TermForm.tsx';

export interface MyTermPageProps {
  term: MyTerm;
  /** The built-in entry this form was merged into. */
  alias: { href: string; term: string } | null;
  editing: ComponentChild | null;
  onEdit(): void;
  onDelete(): void;
}

export function MyTermPage({ term, alias, editing, onEdit, onDelete }: MyTermPageProps) {
  const others = term.forms.filter((f) => f !== term.term);
  const sources = [...term.sources].sort((a, b) => (b.date || '').localeCompare(a.date || ''));
  return (
    <article class="term my-term-page" aria-labelledby="my-term-h">
      <p class="muted mine-label">{t('myTermLabel')}</p>
      <h1 id="my-term-h" tabIndex={-1} lang="zh">
        {term.term}
      </h1>
      <p class="pinyin">{term.pinyin}</p>
      {term.english && (
        <p class="english" lang="en">
          {term.english}
        </p>
      )}
      {alias && (
        <p>
          {t('myTermAliasLead')}{' '}
          <a href={alias.href} lang="zh">
            {alias.term}
          </a>
        </p>
      )}
      <p class="muted">
        <a href={hrefOf({ kind: 'category', category: term.category })}>
          {t(`category_${term.category}`)}
        </a>
        {' · '}
        <a href={hrefOf({ kind: 'topic', topic: term.topic })}>{t(`topic_${term.topic}`)}</a>
      </p>
      {term.definition ? (
        <p class="definition" lang="zh">
          {term.definition}
        </p>
      ) : (
        <p class="muted">{t('myTermNoDefinition')}</p>
      )}
      {(others.length > 0 || term.variants.length > 0) && (
        <p class="forms">
          {t('myTermForms')} <span lang="zh">{[...others, ...term.variants].join('、')}</span>
        </p>
      )}
      <h2>{t('myTermSources')}</h2>
      {sources.length ? (
        <SourceList sources={sources} forms={[...term.forms, ...term.variants]} />
      ) : (
        <p class="muted">{t('myTermNoSources')}</p>
      )}
      <p class="row-actions">
        <button type="button" class="edit" aria-expanded={!!editing} onClick={onEdit}>
          {t('myTermEdit')}
        </button>{' '}
        <button type="button" class="delete" onClick={onDelete}>
          {t('libraryDelete')}
        </button>
      </p>
      {editing}
    </article>
  );
}
