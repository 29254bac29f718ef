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
import type { TextRun } from './block-text.ts';
import { locate } from './block-text.ts';

export interface MarkedTerm {
  /** Index into MatchIndex.ids. */
  term: number;
  category: string;
  run: TextRun;
  start: number;
  end: number;
  range: StaticRange;
}

export interface HighlightView {
  style: 'underline' | 'background' | 'none';
  hidden: ReadonlySet<string>;
}

/**
 * A mark whose StaticRange is made when first asked for: most marks of a long page are never
 * near the viewport, and making ~37k ranges was a seventh of a 1 M-character scan.
 */
class Mark implements MarkedTerm {
  private made: StaticRange | undefined;
  constructor(
    readonly term: number,
    readonly category: string,
    readonly run: TextRun,
    readonly start: number,
    readonly end: number,
    private readonly bounds: StaticRangeInit,
  ) {}

  get range(): StaticRange {
    this.made ??= new StaticRange(this.bounds);
    return this.made;
  }
}

/** How far beyond the viewport marks are registered: three screens above and below. */
const NEAR_MARGIN = '300% 0px';
/** Blocks registered before the observer has said where they are; it corrects them later. */
const EAGER_BLOCKS = 48;

export const highlightName = (style: string, category: string) => `ptr-${style}-${category}`;

export class TermHighlights {
  private readonly byBlock = new Map<Element, MarkedTerm[]>();
  private readonly byNode = new WeakMap<Text, MarkedTerm[]>();
  private readonly registered = new Map<string, Highlight>();
  private view: HighlightView = { style: 'underline', hidden: new Set() };
  /** Marked blocks within NEAR_MARGIN of the viewport; with no observer, every block. */
  private readonly near = new Set<Element>();
  private readonly watcher: IntersectionObserver | null;

  constructor(private readonly registry: HighlightRegistry) {
    this.watcher =
      typeof IntersectionObserver === 'undefined'
        ? null
        : new IntersectionObserver((entries) => this.onNear(entries), { rootMargin: NEAR_MARGIN });
  }

  mark(run: TextRun, term: number, category: string, start: number, end: number): MarkedTerm {
    const [startNode, startOffset] = locate(run, start);
    const [endNode, endOffset] = locate(run, end, true);
    const marked: MarkedTerm = new Mark(term, category, run, start, end, {
      startContainer: startNode,
      startOffset,
      endContainer: endNode,
      endOffset,
    });
    const list = this.byBlock.get(run.block);
    if (list) list.push(marked);
    else {
      this.byBlock.set(run.block, [marked]);
      this.watcher?.observe(run.block);
      // The observer reports only once the scan lets the page run its other tasks; until then
      // the first blocks (the top of a freshly loaded page) are drawn on trust.
      if (this.near.size < EAGER_BLOCKS) this.near.add(run.block);
    }
    for (let i = run.nodes.indexOf(startNode); i <= run.nodes.indexOf(endNode); i++) {
      const node = run.nodes[i] as Text;
      const onNode = this.byNode.get(node);
      if (onNode) onNode.push(marked);
      else this.byNode.set(node, [marked]);
    }
    if (!this.watcher || this.near.has(run.block)) this.highlightFor(category)?.add(marked.range);
    return marked;
  }

  /** Forgets the marks of blocks inside `root` (inclusive) and of blocks no longer in the page. */
  forget(roots: Node[]): void {
    for (const [block, marks] of this.byBlock) {
      if (block.isConnected && !roots.some((r) => r === block || r.contains(block))) continue;
      const wasNear = this.near.delete(block);
      if (wasNear || !this.watcher)
        for (const m of marks) this.registered.get(m.category)?.delete(m.range);
      this.byBlock.delete(block);
      this.watcher?.unobserve(block);
    }
  }

  /** The mark under a DOM position, if any (longest-leftmost marks never overlap). */
  at(node: Node, offset: number): MarkedTerm | undefined {
    if (node.nodeType !== Node.TEXT_NODE) return undefined;
    for (const m of this.byNode.get(node as Text) ?? []) {
      const i = m.run.nodes.indexOf(node as Text);
      const at = (m.run.starts[i] ?? 0) + offset;
      if (i >= 0 && at >= m.start && at < m.end && !this.view.hidden.has(m.category)) return m;
    }
    return undefined;
  }

  all(): MarkedTerm[] {
    return [...this.byBlock.values()].flat();
  }

  /** Marks of the categories the user has not hidden. */
  visible(): MarkedTerm[] {
    return this.all().filter((m) => !this.view.hidden.has(m.category));
  }

  /** Re-registers every mark under the names the settings ask for. */
  apply(view: HighlightView): void {
    this.view = view;
    for (const name of this.registered.keys())
      this.registry.delete(highlightName('underline', name));
    for (const name of this.registered.keys())
      this.registry.delete(highlightName('background', name));
    this.registered.clear();
    for (const [block, marks] of this.byBlock) {
      if (this.watcher && !this.near.has(block)) continue;
      for (const m of marks) this.highlightFor(m.category)?.add(m.range);
    }
  }

  clear(): void {
    this.apply({ ...this.view, style: 'none' });
    this.byBlock.clear();
    this.near.clear();
    this.watcher?.disconnect();
  }

  /** Registers the marks of blocks coming near the viewport, drops those of blocks leaving. */
  private onNear(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const block = entry.target;
      const marks = this.byBlock.get(block);
      if (!marks) continue;
      // A box-less block (display: contents) never intersects: keep its marks registered.
      if (entry.isIntersecting || isBoxless(entry)) {
        if (this.near.has(block)) continue;
        this.near.add(block);
        for (const m of marks) this.highlightFor(m.category)?.add(m.range);
      } else if (this.near.delete(block)) {
        for (const m of marks) this.registered.get(m.category)?.delete(m.range);
      }
    }
  }

  private highlightFor(category: string): Highlight | undefined {
    if (this.view.style === 'none' || this.view.hidden.has(category)) return undefined;
    let highlight = this.registered.get(category);
    if (!highlight) {
      highlight = new Highlight();
      this.registered.set(category, highlight);
      this.registry.set(highlightName(this.view.style, category), highlight);
    }
    return highlight;
  }
}

function isBoxless(entry: IntersectionObserverEntry): boolean {
  const rect = entry.boundingClientRect;
  return rect.width === 0 && rect.height === 0;
}
