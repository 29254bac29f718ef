// The notebook on the page: saving the selection (context menu and keyboard shortcut both arrive
// as 'page/saveSelection'), the confirmation with "add note" and "undo", marking the page's saved
// excerpts on a visit and showing their notes on hover. Logic lives in lib/ (the confirmation's
// states in lib/notebook/confirmation.ts); this wires it.
import { caretAt, rectContaining } from '../../lib/dom/hit-test.ts';
import { ExcerptMarks } from '../../lib/dom/excerpt-marks.ts';
import { selectorsForSelection } from '../../lib/dom/selection.ts';
import type { ExcerptSelectors } from '../../lib/dom/anchoring.ts';
import { t } from '../../lib/i18n.ts';
import type { Matcher } from '../../lib/matcher/matcher.ts';
import { sendToBackground, type TabResponseMap, trySendToBackground } from '../../lib/messaging.ts';
import { savePassage } from '../../lib/notebook/save-passage.ts';
import { createConfirmation } from '../../lib/notebook/confirmation.ts';
import { anchorAndRetry, anchorExcerpts } from '../../lib/notebook/restore.ts';
import type { MatchIndex } from '../../lib/types.ts';
import { createNotebookPageHost } from '../../components/notebook/page-host.tsx';

export interface PageNotebook {
  /** Answers 'page/saveSelection'; undefined lets another frame (the one with the selection) answer. */
  saveSelection(): Promise<TabResponseMap['page/saveSelection']> | undefined;
  /** A save made elsewhere on the page (the tooltip's button): mark it and confirm it. */
  saved(id: number, selectors: ExcerptSelectors): void;
  destroy(): void;
}

/** `terms` is asked at each save: the index changes when the user's terms do. */
export function startPageNotebook(deps: {
  terms: () => { matcher: Matcher; index: MatchIndex };
}): PageNotebook {
  const host = createNotebookPageHost(document);
  const marks = new ExcerptMarks(CSS.highlights);
  const abort = new AbortController();
  const confirmation = createConfirmation({
    show: (props) => host.showConfirmation(props),
    hide: () => host.hideConfirmation(),
    updateNote: (id, note) => trySendToBackground({ type: 'excerpt/update', id, note }),
    remove: (id) => trySendToBackground({ type: 'excerpt/delete', id }),
    noteSaved: (id, note) => marks.setNote(id, note),
    removed: (id) => marks.remove(id),
  });

  const root = () => document.body ?? document.documentElement;

  async function saveSelection(): Promise<TabResponseMap['page/saveSelection']> {
    const selection = selectorsForSelection(root(), getSelection());
    if (!selection.ok) {
      const error = t(
        selection.reason === 'too-long' ? 'pageSelectionTooLong' : 'pageNothingSelected',
      );
      confirmation.failed(error);
      return { saved: false, error };
    }
    const { selectors, range } = selection;
    const { matcher, index } = deps.terms();
    const result = await savePassage(selectors, {
      matcher,
      ids: index.ids,
      source: () => ({ url: location.href, title: document.title }),
    });
    if ('error' in result) {
      const error = t('tooltipSaveFailed', result.error);
      // Nothing is lost: the text stays in the box to copy.
      confirmation.failed(error, selectors.exact);
      return { saved: false, error };
    }
    marks.set(result.id, range, '');
    confirmation.saved(result.id, selectors.exact);
    return { saved: true, id: result.id };
  }

  // Marks the page's saved excerpts; what cannot be found is reported as an orphan and tried
  // again while the page is still changing.
  async function restore() {
    const excerpts = await sendToBackground({ type: 'excerpt/forPage', url: location.href }).catch(
      () => [],
    );
    if (abort.signal.aborted || excerpts.length === 0) return;
    anchorAndRetry(root(), excerpts, {
      found: ({ excerpt, range }) => marks.set(excerpt.id, range, excerpt.note),
      report: (results) =>
        void sendToBackground({ type: 'excerpt/anchored', url: location.href, results }).catch(
          () => undefined,
        ),
      signal: abort.signal,
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
      confirmation.saved(id, selectors.exact);
    },
    destroy() {
      abort.abort();
      cancelAnimationFrame(frame);
      confirmation.close();
      marks.clear();
      host.destroy();
    },
  };
}
