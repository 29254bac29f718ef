// Hover intent for the tooltip: show after the pointer rests on a term (~150 ms), keep it while
// the pointer travels into the tooltip, hide when it leaves both, on Escape, or on scroll-away.
import type { MarkedTerm, TermHighlights } from './highlights.ts';
import { markAtPoint } from './hit-test.ts';

export interface HoverCallbacks {
  show(mark: MarkedTerm, rect: DOMRect): void;
  hide(): void;
  /** True while the pointer is over our own tooltip. */
  isOverUi(target: EventTarget | null): boolean;
  /** The page scrolled while a tooltip is shown: follow the term or close. */
  scrolled?(): void;
}

type Hit = { mark: MarkedTerm; rect: DOMRect } | null;

export interface HoverOptions {
  /** Rest on a term this long before it opens; leave term and tooltip this long before it hides. */
  delays?: { show: number; hide: number };
  /** The term under a point; the real caret hit-test by default (tests stand in for layout). */
  hitTest?: (x: number, y: number) => Hit;
}

export class HoverIntent {
  private frame = 0;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private candidate: MarkedTerm | null = null;
  shown: MarkedTerm | null = null;
  /** Off while highlighting is off for this page: no hit-tests, no tooltips. */
  enabled = true;
  private readonly abort = new AbortController();
  private readonly delays: { show: number; hide: number };
  private readonly hitTest: (x: number, y: number) => Hit;

  constructor(
    doc: Document,
    highlights: TermHighlights,
    private readonly callbacks: HoverCallbacks,
    options: HoverOptions = {},
  ) {
    this.delays = options.delays ?? { show: 150, hide: 300 };
    this.hitTest = options.hitTest ?? ((x, y) => markAtPoint(doc, highlights, x, y));
    const opts = { passive: true, capture: true, signal: this.abort.signal };
    // Only the user's pointer: a page's synthetic moves must not open tooltips it could read.
    doc.addEventListener(
      'pointermove',
      (e) => e.isTrusted && this.pointerMoved(e.target, e.clientX, e.clientY),
      opts,
    );
    doc.addEventListener(
      'keydown',
      (e) => e.isTrusted && e.key === 'Escape' && this.hideNow(),
      opts,
    );
    doc.defaultView?.addEventListener(
      'scroll',
      () => (this.callbacks.scrolled ? this.shown && this.callbacks.scrolled() : this.hideNow()),
      opts,
    );
  }

  /** The user's pointer moved to (x, y) over `target`. */
  pointerMoved(target: EventTarget | null, clientX: number, clientY: number): void {
    if (!this.enabled) return;
    if (this.callbacks.isOverUi(target)) {
      this.cancelHide();
      return;
    }
    cancelAnimationFrame(this.frame);
    // One hit-test per frame at most: pointermove can fire far more often than we paint.
    this.frame = requestAnimationFrame(() => this.check(clientX, clientY));
  }

  private check(x: number, y: number): void {
    const hit = this.hitTest(x, y);
    if (hit && hit.mark === this.shown) {
      this.cancelHide();
      return;
    }
    if (!hit) {
      clearTimeout(this.showTimer);
      this.candidate = null;
      if (this.shown && this.hideTimer === undefined) {
        this.hideTimer = setTimeout(() => this.hideNow(), this.delays.hide);
      }
      return;
    }
    if (hit.mark === this.candidate) return;
    this.candidate = hit.mark;
    clearTimeout(this.showTimer);
    this.showTimer = setTimeout(() => {
      this.cancelHide();
      this.shown = hit.mark;
      this.callbacks.show(hit.mark, hit.rect);
    }, this.delays.show);
  }

  private cancelHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  /** The tooltip was closed from its own UI: forget it without calling back. */
  reset(): void {
    clearTimeout(this.showTimer);
    this.cancelHide();
    this.candidate = null;
    this.shown = null;
  }

  hideNow(): void {
    clearTimeout(this.showTimer);
    clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
    this.candidate = null;
    if (this.shown) {
      this.shown = null;
      this.callbacks.hide();
    }
  }

  destroy(): void {
    this.abort.abort();
    this.hideNow();
    cancelAnimationFrame(this.frame);
  }
}
