// Marks drawn with the CSS Custom Highlight API: the page's DOM is never changed, so
// framework-rendered pages keep working and page CSS cannot restyle or hide our marks.
// StaticRange, not Range: live ranges would slow every DOM mutation the page makes.
//
// Only marks near the viewport are registered. Chromium re-validates every range of every
// registered highlight in the first frame after any change to the registry (it drops and re-adds
// all highlight markers), so a frame costs O(registered ranges). Profiled on a 1 M-character
// page (~37k marks): registering marks slice by slice made PrePaint grow to seconds per frame,
// and even one final batch was a single ~1 s task. An IntersectionObserver (no forced layout)
// tells which marked blocks are within a few screens; only their ranges are in the registry,
// so every change costs O(marks near the viewport) however long the page. Marks that wait are
// kept (byBlock) and drawn as they come near.
import type { TermMatch } from '../matcher/matcher.ts';
import type { TextRun } from './block-text.ts';
import { topicKey } from '../types.ts';
import { blockOf, locate } from './block-text.ts';

export interface MarkedTerm {
  /** Index into MatchIndex.ids. */
  term: number;
  category: string;
  /** The term's topic ('' when the index has none). */
  topic: string;
  run: TextRun;
  start: number;
  end: number;
  range: StaticRange;
}

export interface HighlightView {
  style: 'underline' | 'background' | 'none';
  /** Hidden categories, and hidden topics as `topic:NAME` (see topicKey). */
  hidden: ReadonlySet<string>;
}

const isHidden = (view: HighlightView, m: { category: string; topic: string }) =>
  view.hidden.has(m.category) || (view.hidden.size > 0 && view.hidden.has(topicKey(m.topic)));

/**
 * A mark whose DOM position and StaticRange are worked out when first asked for: most marks of
 * a long page are never near the viewport, and making ~37k ranges was a seventh of a
 * 1 M-character scan (locating their nodes another tenth).
 */
class Mark implements MarkedTerm {
  private made: StaticRange | undefined;
  constructor(
    readonly term: number,
    readonly category: string,
    readonly topic: string,
    readonly run: TextRun,
    readonly start: number,
    readonly end: number,
  ) {}

  /** The range if it was ever made: a mark never drawn cannot be in a Highlight. */
  get madeRange(): StaticRange | undefined {
    return this.made;
  }

  get range(): StaticRange {
    if (!this.made) {
      const [startContainer, startOffset] = locate(this.run, this.start);
      const [endContainer, endOffset] = locate(this.run, this.end, true);
      this.made = new StaticRange({ startContainer, startOffset, endContainer, endOffset });
    }
    return this.made;
  }
}

/** How far beyond the viewport marks are registered: three screens above and below. */
const NEAR_MARGIN = '300% 0px';
/** Blocks registered before the observer has said where they are; it corrects them later. */
const EAGER_BLOCKS = 48;
/**
 * A block with more marks than this (one 5 MB text node has ~150k) registers only the marks
 * near the viewport, found by geometry on scroll: registering all of them froze one frame for
 * 20 s in PrePaint (measured, e2e/pathological.e2e.ts).
 */
const GIANT_BLOCK = 2_000;
/** At most this many of a giant block's marks are registered at once (a few screens). */
const GIANT_WINDOW = 1_200;

export const highlightName = (style: string, category: string) => `ptr-${style}-${category}`;

export class TermHighlights {
  private readonly byBlock = new Map<Element, MarkedTerm[]>();
  private readonly registered = new Map<string, Highlight>();
  private view: HighlightView = { style: 'underline', hidden: new Set() };
  /** Marked blocks within NEAR_MARGIN of the viewport; with no observer, every block. */
  private readonly near = new Set<Element>();
  private readonly watcher: IntersectionObserver | null;
  /**
   * Whether a block's text is rendered (not display:none, not visibility:hidden), asked only of
   * blocks about to be drawn or counted rather than of every marked block during the scan (a
   * style lookup each: a twentieth of a 1 M-character scan). Cleared when a block comes near
   * again and when settings change, so text shown later (a tab, an accordion) gets its marks.
   */
  private readonly shownCache = new Map<Element, boolean>();
  /** Near giant blocks: the [from, to) slice of their marks now registered. */
  private readonly windows = new Map<Element, [number, number]>();
  private refreshQueued = false;
  private readonly stopListening = new AbortController();

  constructor(private readonly registry: HighlightRegistry) {
    this.watcher =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: NEAR_MARGIN });
    if (this.watcher) {
      const opts = { passive: true, capture: true, signal: this.stopListening.signal };
      addEventListener('scroll', () => this.queueRefresh(), opts);
      addEventListener('resize', () => this.queueRefresh(), opts);
    }
  }

  /**
   * Marks `found[from, to)`, matches in one run's text. A run at a time, not a mark at a time:
   * the block's list, its observer entry and whether it is drawn are settled once per run
   * (a 1 M-character page has ~38k marks in ~14k runs).
   */
  markRun(
    run: TextRun,
    found: readonly TermMatch[],
    categories: readonly string[],
    from = 0,
    to = found.length,
    topics: readonly string[] = [],
  ): void {
    if (from >= to) return;
    const block = run.block;
    let list = this.byBlock.get(block);
    if (!list) {
      list = [];
      this.byBlock.set(block, list);
      this.watcher?.observe(block);
      // The observer reports only once the scan lets the page run its other tasks; until then
      // the first blocks (the top of a freshly loaded page) are drawn on trust.
      if (this.near.size < EAGER_BLOCKS) this.near.add(block);
    }
    const drawn = (!this.watcher || this.near.has(block)) && this.isShown(block);
    for (let i = from; i < to; i++) {
      const m = found[i] as TermMatch;
      const category = categories[m.term] ?? 'concept';
      const marked = new Mark(m.term, category, topics[m.term] ?? '', run, m.start, m.end);
      list.push(marked);
      if (!drawn) continue;
      if (list.length <= GIANT_BLOCK || !this.watcher) this.highlightFor(marked)?.add(marked.range);
      else {
        // The block just became giant: from now on only its marks near the viewport.
        if (!this.windows.has(block)) {
          this.unregister(list, 0, list.length - 1);
          this.windows.set(block, [0, 0]);
        }
        this.queueRefresh();
      }
    }
  }

  /** Forgets the marks of blocks inside `root` (inclusive) and of blocks no longer in the page. */
  forget(roots: Node[]): void {
    for (const [block, marks] of this.byBlock) {
      if (block.isConnected && !roots.some((r) => r === block || r.contains(block))) continue;
      const wasNear = this.near.delete(block);
      if (wasNear || !this.watcher) this.unregisterBlock(block, marks);
      this.byBlock.delete(block);
      this.shownCache.delete(block);
      this.watcher?.unobserve(block);
    }
  }

  /**
   * The mark under a DOM position, if any (longest-leftmost marks never overlap). Looked up
   * through the node's block rather than a per-node index the scan would have to fill for every
   * mark: a hover asks once per frame, the scan marks tens of thousands of terms.
   */
  at(node: Node, offset: number): MarkedTerm | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    const block = blockOf(node);
    const marks = block && this.byBlock.get(block);
    if (!marks) return undefined;
    let run: TextRun | null = null;
    let at = -1;
    for (const m of marks) {
      if (m.run !== run) {
        run = m.run;
        const i = run.nodes.indexOf(node as Text);
        at = i < 0 ? -1 : (run.starts[i] as number) + offset;
      }
      if (at >= m.start && at < m.end && !isHidden(this.view, m)) return m;
    }
    return undefined;
  }

  /** Every mark in rendered text (text hidden by CSS keeps its marks but is left out). */
  all(): MarkedTerm[] {
    const out: MarkedTerm[] = [];
    for (const [block, marks] of this.byBlock) {
      // Not push(...marks): one text node can hold 150k marks, past the arguments limit.
      if (this.isShown(block)) for (const m of marks) out.push(m);
    }
    return out;
  }

  /** The first mark visible() would list, without listing them all (a page may hold 100k). */
  firstVisible(): MarkedTerm | undefined {
    for (const [block, marks] of this.byBlock) {
      if (!this.isShown(block)) continue;
      const mark = marks.find((m) => !isHidden(this.view, m));
      if (mark) return mark;
    }
    return undefined;
  }

  /** Marks in rendered text, of the categories the user has not hidden. */
  visible(): MarkedTerm[] {
    return this.all().filter((m) => !isHidden(this.view, m));
  }

  /**
   * Re-registers every mark under the names the settings ask for. An unchanged view is a no-op:
   * the registry already follows it, and re-registering makes Chromium re-validate every range
   * (the reader applies the settings again once its UI is built, and on every settings change).
   */
  apply(view: HighlightView): void {
    if (sameView(view, this.view)) return;
    this.view = view;
    for (const name of this.registered.keys())
      this.registry.delete(highlightName('underline', name));
    for (const name of this.registered.keys())
      this.registry.delete(highlightName('background', name));
    this.registered.clear();
    this.windows.clear();
    this.shownCache.clear();
    for (const [block, marks] of this.byBlock) {
      if (this.watcher && !this.near.has(block)) continue;
      this.registerBlock(block, marks);
    }
  }

  clear(): void {
    this.apply({ ...this.view, style: 'none' });
    this.byBlock.clear();
    this.shownCache.clear();
    this.near.clear();
    this.windows.clear();
    this.watcher?.disconnect();
    this.stopListening.abort();
  }

  private registerBlock(block: Element, marks: MarkedTerm[]): void {
    if (!this.isShown(block)) return;
    if (marks.length <= GIANT_BLOCK || !this.watcher) {
      for (const m of marks) this.highlightFor(m)?.add(m.range);
      return;
    }
    this.windows.set(block, [0, 0]);
    this.queueRefresh();
  }

  private unregisterBlock(block: Element, marks: MarkedTerm[]): void {
    const window = this.windows.get(block);
    this.windows.delete(block);
    this.unregister(marks, window?.[0] ?? 0, window?.[1] ?? marks.length);
  }

  private unregister(marks: MarkedTerm[], from: number, to: number): void {
    for (let i = from; i < to; i++) this.drop(marks[i] as MarkedTerm);
  }

  /** Takes a mark out of its Highlight without making a range for a mark never drawn. */
  private drop(m: MarkedTerm): void {
    const range = m instanceof Mark ? m.madeRange : m.range;
    if (range) this.registered.get(m.category)?.delete(range);
  }

  private queueRefresh(): void {
    if (this.refreshQueued || this.windows.size === 0) return;
    this.refreshQueued = true;
    requestAnimationFrame(() => {
      this.refreshQueued = false;
      this.refreshWindows();
    });
  }

  /**
   * Moves each giant block's registered slice to the marks near the viewport: two binary
   * searches over the marks (in text order, so in reading order) by their painted rects. Any
   * change to the highlights of a huge text node costs Chromium a long PrePaint (~0.4–0.9 s for
   * a 2.6M-character node, measured), so the slice moves only once the viewport nears its ends.
   */
  private refreshWindows(): void {
    for (const [block, [from, to]] of this.windows) {
      const marks = this.byBlock.get(block);
      if (!marks) continue;
      const range = block.ownerDocument.createRange();
      const rectOf = (i: number) => {
        const m = marks[i] as MarkedTerm;
        range.setStart(m.range.startContainer, m.range.startOffset);
        range.setEnd(m.range.endContainer, m.range.endOffset);
        return range.getBoundingClientRect();
      };
      const covered =
        to > from &&
        (from === 0 || rectOf(from).bottom < 0) &&
        (to === marks.length || rectOf(to - 1).top > innerHeight);
      if (covered) continue;
      const margin = innerHeight;
      const first = firstIndex(marks.length, (i) => rectOf(i).bottom >= -margin);
      const last = Math.min(
        firstIndex(marks.length, (i) => rectOf(i).top > innerHeight + margin),
        first + GIANT_WINDOW,
      );
      for (let i = from; i < to; i++) {
        if (i >= first && i < last) continue;
        this.drop(marks[i] as MarkedTerm);
      }
      for (let i = first; i < last; i++) {
        if (i >= from && i < to) continue;
        const m = marks[i] as MarkedTerm;
        this.highlightFor(m)?.add(m.range);
      }
      this.windows.set(block, [first, last]);
    }
  }

  /** Registers the marks of blocks coming near the viewport, drops those of blocks leaving. */
  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target;
      const marks = this.byBlock.get(block);
      if (!marks) continue;
      // A box-less block (display: contents) never intersects: keep its marks registered.
      if (entry.isIntersecting || isBoxless(entry)) {
        if (this.near.has(block)) {
          // A block that came near hidden (display:none has no box, so it counts as near) and
          // has been shown since: the observer reports it now, so draw it.
          if (this.shownCache.get(block) === false) {
            this.shownCache.delete(block);
            this.registerBlock(block, marks);
          }
          continue;
        }
        this.near.add(block);
        this.shownCache.delete(block);
        this.registerBlock(block, marks);
      } else if (this.near.delete(block)) {
        this.unregisterBlock(block, marks);
      }
    }
  }

  /** Whether the block's text is rendered (cached; see shownCache). */
  private isShown(block: Element): boolean {
    let shown = this.shownCache.get(block);
    if (shown === undefined) {
      shown = isRendered(block);
      this.shownCache.set(block, shown);
    }
    return shown;
  }

  private highlightFor(m: MarkedTerm): Highlight | undefined {
    if (this.view.style === 'none' || isHidden(this.view, m)) return undefined;
    const { category } = m;
    let highlight = this.registered.get(category);
    if (!highlight) {
      highlight = new Highlight();
      this.registered.set(category, highlight);
      this.registry.set(highlightName(this.view.style, category), highlight);
    }
    return highlight;
  }
}

/** Not display:none (itself or an ancestor) and not visibility:hidden; one style lookup, no layout. */
function isRendered(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean })
    .checkVisibility;
  return check ? check.call(element, { visibilityProperty: true }) : true;
}

function sameView(a: HighlightView, b: HighlightView): boolean {
  return (
    a.style === b.style &&
    a.hidden.size === b.hidden.size &&
    [...a.hidden].every((c) => b.hidden.has(c))
  );
}

function isBoxless(entry: IntersectionObserverEntry): boolean {
  const rect = entry.boundingClientRect;
  return rect.width === 0 && rect.height === 0;
}

/** The first index in [0, length) for which `past` holds (it must be monotonic), or length. */
function firstIndex(length: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
