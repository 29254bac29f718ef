// Scans a document in small slices so no main-thread task runs long on big pages, then keeps
// up with the page: a MutationObserver re-scans only the blocks that changed, debounced.
import type { Matcher } from '../matcher/matcher.ts';
import { blockOf, type ScanOptions, textRuns } from './block-text.ts';
import type { TermHighlights } from './highlights.ts';

export interface ScannerOptions extends ScanOptions {
  matcher: Matcher;
  categories: readonly string[];
  highlights: TermHighlights;
  /** Time budget of one slice, in ms, before yielding to the page. */
  sliceMs?: number;
  debounceMs?: number;
  onChange?: () => void;
}

type Yield = () => Promise<void>;

const yieldToPage: Yield = () => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

export class Scanner {
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped = false;
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly options: ScannerOptions) {}

  /** Scans `root`, in slices; resolves when every block has been matched. */
  scan(root: Node): Promise<void> {
    this.queue = this.queue.then(() => this.scanNow(root));
    return this.queue;
  }

  private async scanNow(root: Node): Promise<void> {
    const { matcher, categories, highlights } = this.options;
    const budget = this.options.sliceMs ?? 8;
    let sliceStart = performance.now();
    let lastBreath = sliceStart;
    let checked = 0;
    let lastBlock: Element | null = null;
    let lastVisible = true;
    for (const run of textRuns(root, this.options)) {
      if (this.stopped) return;
      const found = matcher.findTerms(run.text);
      // Text hidden by CSS (display:none, visibility:hidden) is not marked: one style lookup
      // per block that has a match, not per node, and no layout.
      if (found.length > 0 && run.block !== lastBlock) {
        lastBlock = run.block;
        lastVisible = isVisible(run.block);
      }
      if (found.length > 0 && lastVisible) {
        for (const m of found) {
          highlights.mark(run, m.term, categories[m.term] ?? 'concept', m.start, m.end);
        }
      }
      // Reading the clock costs too; check it every few runs.
      if (++checked % 32 === 0 && performance.now() - sliceStart > budget) {
        // scheduler.yield resumes ahead of the page's ordinary tasks; every ~100 ms let those
        // run too (timers, the highlight observer's reports, so marks show during a long scan).
        if (sliceStart - lastBreath > 100) {
          await new Promise((resolve) => setTimeout(resolve, 0));
          lastBreath = performance.now();
        } else await yieldToPage();
        sliceStart = performance.now();
      }
    }
    this.options.onChange?.();
  }

  observe(root: Node): void {
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.pending.add(record.target);
        for (const node of record.addedNodes) this.pending.add(node);
        if (record.removedNodes.length > 0) this.pending.add(record.target);
      }
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), this.options.debounceMs ?? 100);
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Re-scans the blocks around what changed; marks of removed blocks go away. */
  private flush(): void {
    const roots = new Set<Node>();
    for (const node of this.pending) {
      if (!node.isConnected) continue;
      const root = isBlockElement(node) ? node : blockOf(node);
      if (root && !this.isOwnUi(root)) roots.add(root);
    }
    this.pending.clear();
    // Keep only outermost roots: a block inside another root is re-scanned with it.
    const outer = [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
    this.options.highlights.forget(outer);
    for (const root of outer) void this.scan(root);
    if (outer.length === 0) this.options.onChange?.();
  }

  private isOwnUi(node: Node): boolean {
    return node instanceof Element && (this.options.isOwnUi?.(node) ?? false);
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    clearTimeout(this.timer);
  }
}

function isVisible(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean })
    .checkVisibility;
  return check ? check.call(element, { visibilityProperty: true }) : true;
}

function isBlockElement(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && blockOf(node) === node;
}
