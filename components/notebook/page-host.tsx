// Hosts the notebook's on-page UI the way components/tooltip-host.tsx hosts the tooltip: a
// shadow root (closed here) on <html>, inline !important host styles no page rule can beat, and
// the top layer (popover) where the browser has it.
import { render } from 'preact';
import { createShadowHost, HOST_STYLE } from '../shadow-host.ts';
import css from './page-ui.css?inline';
import {
  ExcerptNoteTip,
  SaveConfirmation,
  type SaveConfirmationProps,
} from './SaveConfirmation.tsx';

export const NOTEBOOK_HOST_TAG = 'policy-terms-notebook';

export interface NotebookPageHost {
  showConfirmation(props: SaveConfirmationProps): void;
  hideConfirmation(): void;
  showNote(note: string, anchor: DOMRect): void;
  hideNote(): void;
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

export function createNotebookPageHost(doc: Document): NotebookPageHost {
  // Closed: notes and saved passages are private, and a page can reach any open shadow root
  // on it (see ../shadow-host.ts). Tests read it through the DevTools protocol (e2e/observer.ts).
  const { host, shadow } = createShadowHost(doc, NOTEBOOK_HOST_TAG, 'closed');
  host.setAttribute('style', HOST_STYLE);
  const style = doc.createElement('style');
  style.textContent = css;
  const confirmation = doc.createElement('div');
  const note = doc.createElement('div');
  shadow.append(style, confirmation, note);
  const canPopover = typeof host.showPopover === 'function';
  if (canPopover) host.setAttribute('popover', 'manual');
  let shown = { confirmation: false, note: false };

  const sync = () => {
    const visible = shown.confirmation || shown.note;
    if (visible && !host.isConnected) doc.documentElement.append(host);
    if (!canPopover || !host.isConnected) return;
    const open = host.matches(':popover-open');
    if (visible && !open) host.showPopover();
    // The top layer is ordered by opening: re-open to stay above a tooltip opened since.
    else if (visible && open) {
      host.hidePopover();
      host.showPopover();
    } else if (!visible && open) host.hidePopover();
  };

  return {
    showConfirmation(props) {
      shown = { ...shown, confirmation: true };
      sync();
      render(<SaveConfirmation {...props} />, confirmation);
    },
    hideConfirmation() {
      render(null, confirmation);
      shown = { ...shown, confirmation: false };
      sync();
    },
    showNote(text, anchor) {
      shown = { ...shown, note: true };
      sync();
      render(<ExcerptNoteTip note={text} />, note);
      placeAbove(note.firstElementChild as HTMLElement | null, anchor, doc);
    },
    hideNote() {
      if (!shown.note) return;
      render(null, note);
      shown = { ...shown, note: false };
      sync();
    },
    contains: (target) => target === host || (target instanceof Node && shadow.contains(target)),
    destroy() {
      render(null, confirmation);
      render(null, note);
      host.remove();
    },
  };
}

/** Above the passage (the term tooltip opens below), inside the viewport. */
function placeAbove(tip: HTMLElement | null, anchor: DOMRect, doc: Document): void {
  if (!tip) return;
  const view = doc.defaultView as Window;
  const gap = 6;
  const { width, height } = tip.getBoundingClientRect();
  const above = anchor.top - gap - height;
  const top = above >= 8 ? above : Math.min(anchor.bottom + gap, view.innerHeight - height - 8);
  const left = Math.min(Math.max(8, anchor.left), Math.max(8, view.innerWidth - width - 8));
  tip.style.top = `${Math.round(top)}px`;
  tip.style.left = `${Math.round(left)}px`;
}
