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

export class HoverIntent {
  private frame = 0;
  private showTimer: ReturnType<typeof setTimeout> | undefined;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;
  private candidate: MarkedTerm | null = null;
  shown: MarkedTerm | null = null;
  /** Off while highlighting is off for this page: no hit-tests, no tooltips. */
  enabled = true;
  private readonly abort = new AbortController();

  constructor(
    private readonly doc: Document,
    private readonly highlights: TermHighlights,
    private readonly callbacks: HoverCallbacks,
    private readonly delays = { show: 150, hide: 300 },
  ) {
    const opts = { passive: true, capture: true, signal: this.abort.signal };
    doc.addEventListener('pointermove', (e) => this.onMove(e), opts);
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

  private onMove(event: PointerEvent): void {
    // Only the user's pointer: a page's synthetic moves must not open tooltips it could read.
    if (!this.enabled || !event.isTrusted) return;
    if (this.callbacks.isOverUi(event.target)) {
      this.cancelHide();
      return;
    }
    const { clientX, clientY } = event;
    cancelAnimationFrame(this.frame);
    // One hit-test per frame at most: pointermove can fire far more often than we paint.
    this.frame = requestAnimationFrame(() => this.check(clientX, clientY));
  }

  private check(x: number, y: number): void {
    const hit = markAtPoint(this.doc, this.highlights, x, y);
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
