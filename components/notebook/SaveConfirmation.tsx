// The small confirmation shown on the page after a save: what was saved, "add note", "undo".
// Props in, callbacks out; the content script hosts it in a shadow root.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n.ts';
import type { ConfirmationProps, ConfirmationState } from '../../lib/notebook/confirmation.ts';
import { MAX_NOTE } from '../../lib/notebook/fields.ts';

// The states and their transitions (timers, busy steps) are lib/notebook/confirmation.ts.
export type { ConfirmationState };
export type SaveConfirmationProps = ConfirmationProps;

const PREVIEW = 120;

export function preview(text: string, max = PREVIEW): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function SaveConfirmation(props: SaveConfirmationProps) {
  const { state, onHold } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState('');
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) input.current?.focus();
  }, [editing]);
  const wasBusy = useRef(false);
  useEffect(() => {
    // A note that finished saving closes the field; a failed one keeps it open with the text.
    if (state.kind !== 'saved') return;
    if (wasBusy.current && !state.busy && !state.error) setEditing(false);
    wasBusy.current = !!state.busy;
  }, [state]);

  const startEditing = () => {
    setDraft(state.kind === 'saved' ? state.note : '');
    setEditing(true);
    onHold(true);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    props.onSaveNote(draft);
  };

  return (
    <div
      class={`confirm ${state.kind}`}
      role={state.kind === 'failed' ? 'alert' : 'status'}
      onPointerEnter={() => onHold(true)}
      onPointerLeave={() => !editing && onHold(false)}
      // Keys typed here are ours: page shortcuts must not see them.
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') props.onClose();
      }}
    >
      <button type="button" class="close" aria-label={t('tooltipClose')} onClick={props.onClose}>
        ×
      </button>
      {state.kind === 'saved' && (
        <>
          <p class="title">{t('pageSaved')}</p>
          <blockquote>{preview(state.exact)}</blockquote>
          {state.note && !editing && <p class="note">{state.note}</p>}
          {editing && (
            <form onSubmit={submit}>
              <input
                ref={input}
                class="note-input"
                aria-label={t('pageNoteLabel')}
                placeholder={t('pageNotePlaceholder')}
                value={draft}
                maxLength={MAX_NOTE}
                onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
              />
              <button type="submit" disabled={state.busy}>
                {t('pageSaveNote')}
              </button>
            </form>
          )}
          {state.error && <p class="error">{state.error}</p>}
          {!editing && (
            <div class="actions">
              <button type="button" class="add-note" onClick={startEditing}>
                {state.note ? t('pageEditNote') : t('pageAddNote')}
              </button>
              <button type="button" class="undo" onClick={props.onUndo} disabled={state.busy}>
                {t('pageUndo')}
              </button>
            </div>
          )}
        </>
      )}
      {state.kind === 'undone' && <p class="title">{t('pageUndone')}</p>}
      {state.kind === 'failed' && (
        <>
          <p class="title">{t('pageNotSaved')}</p>
          <p class="error">{state.error}</p>
          {state.exact && (
            <>
              <p class="hint">{t('pageKeptText')}</p>
              <textarea class="kept" readOnly rows={3} aria-label={t('pageKeptText')}>
                {state.exact}
              </textarea>
            </>
          )}
        </>
      )}
    </div>
  );
}

/** The note of a saved excerpt, shown while the pointer rests on it. */
export function ExcerptNoteTip({ note }: { note: string }) {
  return (
    <div class="note-tip" role="tooltip">
      <span class="label">{t('pageNoteLabel')}</span>
      {note}
    </div>
  );
}
