// Scans a document in small slices so no main-thread task runs long on big pages, then keeps
// up with the page: a MutationObserver re-scans only the blocks that changed, debounced.
import type { Matcher, TermMatch } from '../matcher/matcher.ts';
import { blockOf, type ScanOptions, textRuns } from './block-text.ts';
import type { TermHighlights } from './highlights.ts';

export interface ScannerOptions extends ScanOptions {
  matcher: Matcher;
  categories: readonly string[];
  /** Topic of each term, same order (optional: older indexes have none). */
  topics?: readonly string[];
  highlights: TermHighlights;
  /** Time budget of one slice, in ms, before yielding to the page. */
  sliceMs?: number;
  debounceMs?: number;
  onChange?: () => void;
}

type Yield = () => Promise<void>;

/** Runs longer than this are matched in pieces cut at line breaks. */
const LONG_RUN = 65_536;
/** Marks made between two looks at the clock. */
const MARK_BATCH = 1024;
/** Mutations never delay a re-scan by more than this, however often the page changes. */
const MAX_WAIT_MS = 500;

/**
 * [from, to) pieces of about `size` characters that end just after a line break, so matching
 * them one by one finds exactly what matching the whole text finds: no term or context
 * blocker spans a line break (crossesLine). A piece without any break runs to the next one.
 */
export function* lineAlignedPieces(text: string, size: number): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    let to = from + size;
    if (to >= text.length) to = text.length;
    else {
      const back = Math.max(text.lastIndexOf('\n', to - 1), text.lastIndexOf('\r', to - 1));
      if (back >= from) to = back + 1;
      else {
        const ahead = text.slice(to).search(/[\n\r]/);
        to = ahead < 0 ? text.length : to + ahead + 1;
      }
    }
    yield [from, to];
    from = to;
  }
}

/** Lets the page's pending work run: scheduler.yield where there is one, else a timer. */
export const yieldToPage: Yield = () => {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (s?.yield) return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

export class Scanner {
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest mutation not yet re-scanned arrived. */
  private firstPending: number | undefined;
  private stopped = false;
  private queue: Promise<void> = Promise.resolve();
  /** Main-thread time spent inside scan slices so far, ms (read by `npm run bench`). */
  busyMs = 0;
  /** The longest slice so far, ms: the longest task the scan itself put on the page. */
  longestSliceMs = 0;

  constructor(private readonly options: ScannerOptions) {}

  /** Scans `root`, in slices; resolves when every block has been matched. */
  scan(root: Node): Promise<void> {
    this.queue = this.queue.then(() => this.scanNow(root));
    return this.queue;
  }

  private async scanNow(root: Node): Promise<void> {
    const { matcher, categories, highlights } = this.options;
    const topics = this.options.topics ?? [];
    const budget = this.options.sliceMs ?? 8;
    let sliceStart = performance.now();
    let lastBreath = sliceStart;
    let checked = 0;
    /** Ends the slice: lets the page run, then starts the next one. False once stopped. */
    const pause = async (): Promise<boolean> => {
      const now = performance.now();
      this.busyMs += now - sliceStart;
      this.longestSliceMs = Math.max(this.longestSliceMs, now - sliceStart);
      // scheduler.yield resumes ahead of the page's ordinary tasks; every ~100 ms let those run
      // too (timers, the highlight observer's reports, so marks show during a long scan).
      if (now - lastBreath > 100) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        lastBreath = performance.now();
      } else await yieldToPage();
      sliceStart = performance.now();
      return !this.stopped;
    };
    for (const run of textRuns(root, this.options)) {
      if (this.stopped) return;
      let found: TermMatch[];
      if (run.text.length <= LONG_RUN) found = matcher.findTerms(run.text);
      else {
        // One huge text (a 5 MB text node): matched a piece at a time, yielding between pieces.
        found = [];
        for (const [from, to] of lineAlignedPieces(run.text, LONG_RUN)) {
          for (const m of matcher.findTerms(run.text.slice(from, to)))
            found.push({ start: m.start + from, end: m.end + from, term: m.term });
          if (performance.now() - sliceStart > budget && !(await pause())) return;
        }
      }
      // Text hidden by CSS is marked too but neither drawn nor counted (TermHighlights asks
      // the style of the blocks it draws), so it shows its marks when a page reveals it.
      // A huge text has 100k+ marks: yield between batches of them too.
      for (let from = 0; from < found.length; from += MARK_BATCH) {
        if (from > 0 && performance.now() - sliceStart > budget && !(await pause())) return;
        highlights.markRun(
          run,
          found,
          categories,
          from,
          Math.min(found.length, from + MARK_BATCH),
          topics,
        );
      }
      // Reading the clock costs too; check it every few runs.
      if (++checked % 32 === 0 && performance.now() - sliceStart > budget && !(await pause()))
        return;
    }
    const last = performance.now() - sliceStart;
    this.busyMs += last;
    this.longestSliceMs = Math.max(this.longestSliceMs, last);
    this.options.onChange?.();
  }

  observe(root: Node): void {
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') this.pending.add(record.target);
        for (const node of record.addedNodes) this.pending.add(node);
        if (record.removedNodes.length > 0) this.pending.add(record.target);
      }
      // Debounced, but not starved: a page that changes every frame (a clock, a ticker) would
      // otherwise push the re-scan back for ever and its new content would never be marked.
      const now = performance.now();
      this.firstPending ??= now;
      const wait = Math.min(this.options.debounceMs ?? 100, this.firstPending + MAX_WAIT_MS - now);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.flush(), Math.max(0, wait));
    });
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Re-scans the blocks around what changed; marks of removed blocks go away. */
  private flush(): void {
    this.firstPending = undefined;
    const roots = new Set<Node>();
    for (const node of this.pending) {
      if (!node.isConnected) continue;
      const root = isBlockElement(node) ? node : blockOf(node);
      // Roots inside our own UI or a skipped subtree read nothing (textRuns checks ancestors).
      if (root) roots.add(root);
    }
    this.pending.clear();
    // Keep only outermost roots: a block inside another root is re-scanned with it.
    const outer = [...roots].filter((r) => ![...roots].some((o) => o !== r && o.contains(r)));
    this.options.highlights.forget(outer);
    for (const root of outer) void this.scan(root);
    if (outer.length === 0) this.options.onChange?.();
  }

  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    clearTimeout(this.timer);
  }
}

function isBlockElement(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && blockOf(node) === node;
}
