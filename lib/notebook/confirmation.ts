// The confirmation a page shows after a save, as a state machine apart from its drawing: saved →
// (add a note | undo | close), each step busy while its message is out, hidden after a while
// unless the reader holds it open by working in it. The content script wires it to the page's
// shadow-root UI and to the background; tests drive it with fake timers.
import { t } from '../i18n.ts';

export type ConfirmationState =
  | { kind: 'saved'; exact: string; note: string; busy?: boolean; error?: string }
  | { kind: 'undone' }
  | { kind: 'failed'; error: string; exact?: string };

/** What the view is told to draw, with the reader's actions to report back. */
export interface ConfirmationProps {
  state: ConfirmationState;
  onSaveNote(note: string): void;
  onUndo(): void;
  onClose(): void;
  /** True while the reader works in the box: the box must not hide under their hands. */
  onHold(hold: boolean): void;
}

export interface ConfirmationDeps {
  show(props: ConfirmationProps): void;
  hide(): void;
  updateNote(id: number, note: string): Promise<{ ok: true } | { error: string }>;
  remove(id: number): Promise<{ deleted: boolean } | { error: string }>;
  /** The note was stored: the page's mark of the excerpt shows it from now on. */
  noteSaved?(id: number, note: string): void;
  /** The save was undone: the page unmarks the excerpt. */
  removed?(id: number): void;
}

/** Long enough to read the passage and reach "add note"; "undone" needs only a glance. */
export const AUTO_HIDE_MS = 6_000;
export const UNDONE_HIDE_MS = 2_000;

export interface Confirmation {
  /** A passage was saved as excerpt `id`: confirm it, offering a note and undo. */
  saved(id: number, exact: string): void;
  /** Saving failed; `exact` stays in the box so the reader can copy it. */
  failed(error: string, exact?: string): void;
  close(): void;
}

export function createConfirmation(deps: ConfirmationDeps): Confirmation {
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let current: { id?: number; state: ConfirmationState } | null = null;
  let held = false;

  function show(id: number | undefined, state: ConfirmationState, hideAfter = AUTO_HIDE_MS) {
    current = { ...(id !== undefined ? { id } : {}), state };
    deps.show({
      state,
      onSaveNote: (note) => void saveNote(note),
      onUndo: () => void undo(),
      onClose: () => close(),
      onHold: (hold) => {
        held = hold;
        if (hold) clearTimeout(hideTimer);
        else schedule(AUTO_HIDE_MS);
      },
    });
    schedule(hideAfter);
  }

  function schedule(ms: number) {
    clearTimeout(hideTimer);
    if (!held) hideTimer = setTimeout(close, ms);
  }

  function close() {
    clearTimeout(hideTimer);
    held = false;
    current = null;
    deps.hide();
  }

  /** The excerpt the box confirms right now, if it still shows a save. */
  function shownSave() {
    const shown = current;
    if (shown?.id === undefined || shown.state.kind !== 'saved') return null;
    return { id: shown.id, saved: shown.state };
  }

  async function saveNote(note: string) {
    const shown = shownSave();
    if (!shown) return;
    const { id, saved } = shown;
    show(id, { ...saved, busy: true });
    const result = await deps.updateNote(id, note);
    // Another save replaced the box meanwhile: that one is what the reader is looking at.
    if (current?.id !== id) return;
    if ('ok' in result) {
      deps.noteSaved?.(id, note.trim());
      held = false;
      show(id, { kind: 'saved', exact: saved.exact, note: note.trim() });
    } else {
      show(id, { ...saved, busy: false, error: t('pageNoteFailed', result.error) });
    }
  }

  async function undo() {
    const shown = shownSave();
    if (!shown) return;
    const { id, saved } = shown;
    show(id, { ...saved, busy: true });
    const result = await deps.remove(id);
    if ('error' in result) {
      show(id, { ...saved, busy: false, error: t('pageUndoFailed', result.error) });
      return;
    }
    deps.removed?.(id);
    held = false;
    show(undefined, { kind: 'undone' }, UNDONE_HIDE_MS);
  }

  return {
    saved: (id, exact) => show(id, { kind: 'saved', exact, note: '' }),
    failed: (error, exact) =>
      show(undefined, { kind: 'failed', error, ...(exact !== undefined ? { exact } : {}) }),
    close,
  };
}
