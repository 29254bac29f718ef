// One saved excerpt in the notebook: the passage, where and when it was saved, its terms, tags
// and note; edit note and tags in place, delete, open the page at the passage.
import { useState } from 'preact/hooks';
import type { SavedExcerpt } from '../../lib/db.ts';
import { t } from '../../lib/i18n.ts';
import { MAX_NOTE, parseTagInput } from '../../lib/notebook/fields.ts';
import { linkToExcerpt } from '../../lib/notebook/text-fragment.ts';

export interface ExcerptChanges {
  note: string;
  tags: string[];
}

export interface ExcerptCardProps {
  excerpt: SavedExcerpt;
  termLabel(id: string): string;
  formatDate(time: number): string;
  onSave(id: number, changes: ExcerptChanges): void;
  onDelete(excerpt: SavedExcerpt): void;
  onTag(tag: string): void;
  onTerm(id: string): void;
}

/** Term chips shown before "+N more": a long passage can hold a dozen terms. */
export const TERM_CHIPS = 4;

export function ExcerptCard(props: ExcerptCardProps) {
  const { excerpt } = props;
  const [editing, setEditing] = useState(false);
  const [allTerms, setAllTerms] = useState(false);
  const hiddenTerms = allTerms ? 0 : Math.max(0, excerpt.terms.length - TERM_CHIPS);
  const terms = hiddenTerms ? excerpt.terms.slice(0, TERM_CHIPS) : excerpt.terms;
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const orphan = excerpt.anchor?.status === 'orphan';

  const startEditing = () => {
    setNote(excerpt.note);
    setTags(excerpt.tags.join(', '));
    setEditing(true);
  };
  const save = (event: Event) => {
    event.preventDefault();
    props.onSave(excerpt.id, { note: note.trim(), tags: parseTagInput(tags) });
    setEditing(false);
  };

  return (
    <article class={`excerpt${orphan ? ' orphan' : ''}`} data-id={excerpt.id}>
      <blockquote>{excerpt.exact}</blockquote>
      <div class="meta">
        <time dateTime={new Date(excerpt.createdAt).toISOString()}>
          {t('notebookSavedOn', props.formatDate(excerpt.createdAt))}
        </time>
        {orphan && <span class="badge orphan-badge">{t('notebookOrphanBadge')}</span>}
        {terms.map((id) => (
          <button
            type="button"
            class="chip term"
            key={`term-${id}`}
            onClick={() => props.onTerm(id)}
          >
            {props.termLabel(id)}
          </button>
        ))}
        {hiddenTerms > 0 && (
          <button type="button" class="chip more" onClick={() => setAllTerms(true)}>
            {t('notebookMoreTerms', String(hiddenTerms))}
          </button>
        )}
        {excerpt.tags.map((tag) => (
          <button
            type="button"
            class="chip tag"
            key={`tag-${tag}`}
            onClick={() => props.onTag(tag)}
          >
            #{tag}
          </button>
        ))}
      </div>
      {editing ? (
        <form class="edit" onSubmit={save}>
          <label>
            {t('notebookNote')}
            <textarea
              name="note"
              rows={2}
              maxLength={MAX_NOTE}
              value={note}
              onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
          <label>
            {t('notebookTags')}
            <input
              name="tags"
              value={tags}
              onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <div class="actions">
            <button type="submit">{t('notebookSave')}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('notebookCancel')}
            </button>
          </div>
        </form>
      ) : (
        excerpt.note && <p class="note">{excerpt.note}</p>
      )}
      {!editing && (
        <div class="actions">
          <a class="open" href={linkToExcerpt(excerpt)} target="_blank" rel="noopener noreferrer">
            {t('notebookOpen')}
          </a>
          <button type="button" class="edit-button" onClick={startEditing}>
            {t('notebookEdit')}
          </button>
          <button type="button" class="delete" onClick={() => props.onDelete(excerpt)}>
            {t('notebookDelete')}
          </button>
        </div>
      )}
    </article>
  );
}
