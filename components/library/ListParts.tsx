// The parts the library's lists share — documents (LibraryView) and my terms (MyTermsView): why
// the last change failed, the undo line after a delete, the search field, and each row's edit
// and delete buttons. One markup, so both lists look, read aloud and test the same.
import { t } from '../../lib/i18n.ts';

/** Why the last write failed (role=alert), or nothing. */
export function StoreError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p class="error" role="alert">
      {t('libraryStoreFailed', message)}
    </p>
  );
}

/**
 * "Deleted: …" with Undo while `deleted` (a title or headword) is set. Always drawn, empty
 * otherwise, so screen readers hear the status when it fills.
 */
export function UndoLine({ deleted, onUndo }: { deleted: string | null; onUndo(): void }) {
  return (
    <p class="undo-line" role="status">
      {deleted !== null && (
        <>
          {t('libraryDeleted', deleted)}{' '}
          <button type="button" class="undo" onClick={onUndo}>
            {t('libraryUndo')}
          </button>
        </>
      )}
    </p>
  );
}

export interface SearchFieldProps {
  /** Said to screen readers and shown as the placeholder. */
  label: string;
  /** The input's class, which the specs select it by. */
  class: string;
  query: string;
  onQuery(query: string): void;
}

export function SearchField({ label, class: className, query, onQuery }: SearchFieldProps) {
  return (
    <label>
      <span class="sr-only">{label}</span>
      <input
        type="search"
        class={className}
        placeholder={label}
        value={query}
        onInput={(e) => onQuery(e.currentTarget.value)}
      />
    </label>
  );
}

export interface RowActionsProps {
  /** The button's text, and its label naming the row ("Edit details of …"). */
  edit: { text: string; label: string };
  /** The row's title or headword, for the delete button's label. */
  name: string;
  /** The row's edit form is open. */
  editing: boolean;
  onEdit(): void;
  onDelete(): void;
}

export function RowActions({ edit, name, editing, onEdit, onDelete }: RowActionsProps) {
  return (
    <span class="row-actions">
      <button
        type="button"
        class="edit"
        aria-label={edit.label}
        aria-expanded={editing}
        onClick={onEdit}
      >
        {edit.text}
      </button>{' '}
      <button
        type="button"
        class="delete"
        aria-label={t('libraryDeleteLabel', name)}
        onClick={onDelete}
      >
        {t('libraryDelete')}
      </button>
    </span>
  );
}
