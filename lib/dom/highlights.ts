// Marks drawn with the CSS Custom Highlight API: the page's DOM is never changed, so
// framework-rendered pages keep working and page CSS cannot restyle or hide our marks.
// StaticRange, not Range: live ranges would slow every DOM mutation the page makes.
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

export const highlightName = (style: string, category: string) => `ptr-${style}-${category}`;

export class TermHighlights {
  private readonly byBlock = new Map<Element, MarkedTerm[]>();
  private readonly byNode = new WeakMap<Text, MarkedTerm[]>();
  private readonly registered = new Map<string, Highlight>();
  private view: HighlightView = { style: 'underline', hidden: new Set() };

  constructor(private readonly registry: HighlightRegistry) {}

  mark(run: TextRun, term: number, category: string, start: number, end: number): MarkedTerm {
    const [startNode, startOffset] = locate(run, start);
    const [endNode, endOffset] = locate(run, end, true);
    const range = new StaticRange({
      startContainer: startNode,
      startOffset,
      endContainer: endNode,
      endOffset,
    });
    const marked: MarkedTerm = { term, category, run, start, end, range };
    const list = this.byBlock.get(run.block);
    if (list) list.push(marked);
    else this.byBlock.set(run.block, [marked]);
    for (let i = run.nodes.indexOf(startNode); i <= run.nodes.indexOf(endNode); i++) {
      const node = run.nodes[i] as Text;
      const onNode = this.byNode.get(node);
      if (onNode) onNode.push(marked);
      else this.byNode.set(node, [marked]);
    }
    this.highlightFor(category)?.add(range);
    return marked;
  }

  /** Forgets the marks of blocks inside `root` (inclusive) and of blocks no longer in the page. */
  forget(roots: Node[]): void {
    for (const [block, marks] of this.byBlock) {
      if (block.isConnected && !roots.some((r) => r === block || r.contains(block))) continue;
      for (const m of marks) this.registered.get(m.category)?.delete(m.range);
      this.byBlock.delete(block);
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
    for (const marks of this.byBlock.values()) {
      for (const m of marks) this.highlightFor(m.category)?.add(m.range);
    }
  }

  clear(): void {
    this.apply({ ...this.view, style: 'none' });
    this.byBlock.clear();
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
