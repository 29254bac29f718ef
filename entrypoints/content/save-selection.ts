// The notebook on the page: saving the selection (context menu and keyboard shortcut both arrive
// as 'page/saveSelection'), the confirmation with "add note" and "undo", marking the page's saved
// excerpts on a visit and showing their notes on hover. Logic lives in lib/; this wires it.
import { caretAt, rectContaining } from '../../lib/dom/hit-test.ts';
import { ExcerptMarks } from '../../lib/dom/excerpt-marks.ts';
import { selectorsForSelection } from '../../lib/dom/selection.ts';
import type { ExcerptSelectors } from '../../lib/dom/anchoring.ts';
import { t } from '../../lib/i18n.ts';
import type { Matcher } from '../../lib/matcher/matcher.ts';
import { sendToBackground, type TabResponseMap, trySendToBackground } from '../../lib/messaging.ts';
import { savePassage } from '../../lib/notebook/save-passage.ts';
import { anchorExcerpts, anchorReport } from '../../lib/notebook/restore.ts';
import type { MatchIndex } from '../../lib/types.ts';
import type { ConfirmationState } from '../../components/notebook/SaveConfirmation.tsx';
import { createNotebookPageHost } from '../../components/notebook/page-host.tsx';

const AUTO_HIDE_MS = 6_000;
const UNDONE_HIDE_MS = 2_000;
const ORPHAN_RETRIES = 5;

export interface PageNotebook {
  /** Answers 'page/saveSelection'; undefined lets another frame (the one with the selection) answer. */
  saveSelection(): Promise<TabResponseMap['page/saveSelection']> | undefined;
  /** A save made elsewhere on the page (the tooltip's button): mark it and confirm it. */
  saved(id: number, selectors: ExcerptSelectors): void;
  destroy(): void;
}

export function startPageNotebook(deps: { matcher: Matcher; index: MatchIndex }): PageNotebook {
  const host = createNotebookPageHost(document);
  const marks = new ExcerptMarks(CSS.highlights);
  const abort = new AbortController();
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let current: { id?: number; state: ConfirmationState } | null = null;
  let held = false;

  const root = () => document.body ?? document.documentElement;

  function show(id: number | undefined, state: ConfirmationState, hideAfter = AUTO_HIDE_MS) {
    current = { ...(id !== undefined ? { id } : {}), state };
    host.showConfirmation({
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
    host.hideConfirmation();
  }

  async function saveNote(note: string) {
    const shown = current;
    if (shown?.id === undefined || shown.state.kind !== 'saved') return;
    const id = shown.id;
    const saved = shown.state;
    show(id, { ...saved, busy: true });
    const result = await trySendToBackground({ type: 'excerpt/update', id, note });
    if (current?.id !== id) return;
    if ('ok' in result) {
      marks.setNote(id, note.trim());
      held = false;
      show(id, { kind: 'saved', exact: saved.exact, note: note.trim() });
    } else {
      show(id, { ...saved, busy: false, error: t('pageNoteFailed', result.error) });
    }
  }

  async function undo() {
    const shown = current;
    if (shown?.id === undefined || shown.state.kind !== 'saved') return;
    const id = shown.id;
    const saved = shown.state;
    show(id, { ...saved, busy: true });
    const result = await trySendToBackground({ type: 'excerpt/delete', id });
    if ('error' in result) {
      show(id, { ...saved, busy: false, error: t('pageUndoFailed', result.error) });
      return;
    }
    marks.remove(id);
    held = false;
    show(undefined, { kind: 'undone' }, UNDONE_HIDE_MS);
  }

  async function saveSelection(): Promise<TabResponseMap['page/saveSelection']> {
    const selection = selectorsForSelection(root(), getSelection());
    if (!selection.ok) {
      const error = t(
        selection.reason === 'too-long' ? 'pageSelectionTooLong' : 'pageNothingSelected',
      );
      show(undefined, { kind: 'failed', error });
      return { saved: false, error };
    }
    const { selectors, range } = selection;
    const result = await savePassage(selectors, {
      matcher: deps.matcher,
      ids: deps.index.ids,
      source: () => ({ url: location.href, title: document.title }),
    });
    if ('error' in result) {
      const error = t('tooltipSaveFailed', result.error);
      // Nothing is lost: the text stays in the box to copy.
      show(undefined, { kind: 'failed', error, exact: selectors.exact });
      return { saved: false, error };
    }
    marks.set(result.id, range, '');
    show(result.id, { kind: 'saved', exact: selectors.exact, note: '' });
    return { saved: true, id: result.id };
  }

  // Marks the page's saved excerpts; what cannot be found is reported as an orphan and tried
  // again a few times while the page is still changing (late content, single-page apps).
  async function restore() {
    const excerpts = await sendToBackground({ type: 'excerpt/forPage', url: location.href }).catch(
      () => [],
    );
    if (abort.signal.aborted || excerpts.length === 0) return;
    let pending = excerpts;
    const attempt = () => {
      const result = anchorExcerpts(root(), pending);
      for (const { excerpt, range } of result.found) marks.set(excerpt.id, range, excerpt.note);
      void sendToBackground({
        type: 'excerpt/anchored',
        url: location.href,
        results: anchorReport(result),
      }).catch(() => undefined);
      pending = result.orphans;
    };
    attempt();
    if (pending.length === 0) return;
    let retries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        attempt();
        if (pending.length === 0 || ++retries >= ORPHAN_RETRIES) observer.disconnect();
      }, 1_000);
    });
    observer.observe(root(), { childList: true, subtree: true, characterData: true });
    abort.signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
    });
  }

  // Notes on hover: one hit-test per frame at most.
  let frame = 0;
  document.addEventListener(
    'pointermove',
    (event) => {
      // Only the user's pointer: a page's synthetic moves over its excerpts must not show notes.
      if (!event.isTrusted || host.contains(event.target)) return;
      const { clientX: x, clientY: y } = event;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const caret = caretAt(document, x, y);
        const mark = caret && marks.at(caret[0], caret[1]);
        const rect = mark?.note ? rectContaining(mark.range, x, y) : null;
        if (mark && rect) host.showNote(mark.note, rect);
        else host.hideNote();
      });
    },
    { passive: true, capture: true, signal: abort.signal },
  );
  window.addEventListener('scroll', () => host.hideNote(), {
    passive: true,
    signal: abort.signal,
  });

  // After the page's own work and the first term scan: anchoring reads the whole text once.
  // Called on window, never detached: Firefox's content-script wrappers throw on an unbound call
  // ("does not implement interface Window"), which stopped the tooltip and notebook there.
  if (typeof window.requestIdleCallback === 'function') {
    window.requestIdleCallback(() => void restore(), { timeout: 2_000 });
  } else setTimeout(() => void restore(), 200);

  return {
    saveSelection() {
      const selection = getSelection();
      const hasSelection = !!selection && selection.rangeCount > 0 && !selection.isCollapsed;
      // The shortcut reaches every frame: only the one holding the selection (or, without one,
      // the focused frame) answers and shows a message.
      if (!hasSelection && !document.hasFocus()) return undefined;
      return saveSelection();
    },
    saved(id, selectors) {
      const found = anchorExcerpts(root(), [{ id, note: '', ...selectors }]).found[0];
      if (found) marks.set(id, found.range, '');
      show(id, { kind: 'saved', exact: selectors.exact, note: '' });
    },
    destroy() {
      abort.abort();
      cancelAnimationFrame(frame);
      clearTimeout(hideTimer);
      marks.clear();
      host.destroy();
    },
  };
}
