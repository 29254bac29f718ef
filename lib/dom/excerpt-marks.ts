// Saved excerpts found again on the page, drawn as one CSS highlight ('ptr-excerpt'). Live
// Ranges, not StaticRanges: a page holds a handful of excerpts, and a live range follows the
// page's edits (text inserted before it) instead of pointing at stale offsets.

export const EXCERPT_HIGHLIGHT = 'ptr-excerpt';

export interface ExcerptMark {
  id: number;
  range: Range;
  note: string;
}

export class ExcerptMarks {
  private readonly marks = new Map<number, ExcerptMark>();
  private highlight: Highlight | null = null;

  constructor(private readonly registry: HighlightRegistry) {}

  set(id: number, range: Range, note: string): void {
    this.remove(id);
    this.marks.set(id, { id, range, note });
    this.ensureHighlight().add(range);
  }

  setNote(id: number, note: string): void {
    const mark = this.marks.get(id);
    if (mark) mark.note = note;
  }

  remove(id: number): void {
    const mark = this.marks.get(id);
    if (!mark) return;
    this.highlight?.delete(mark.range);
    this.marks.delete(id);
  }

  has(id: number): boolean {
    return this.marks.has(id);
  }

  all(): ExcerptMark[] {
    return [...this.marks.values()];
  }

  /** The excerpt holding a DOM position; the shortest one when excerpts overlap. */
  at(node: Node, offset: number): ExcerptMark | undefined {
    let best: ExcerptMark | undefined;
    for (const mark of this.marks.values()) {
      const { range } = mark;
      if (range.collapsed || !range.startContainer.isConnected) continue;
      try {
        if (!range.isPointInRange(node, offset)) continue;
        // The end point itself is outside the excerpt's text.
        if (node === range.endContainer && offset === range.endOffset) continue;
      } catch {
        continue; // a point in another document or a doctype
      }
      if (!best || range.toString().length < best.range.toString().length) best = mark;
    }
    return best;
  }

  clear(): void {
    this.marks.clear();
    this.highlight?.clear();
    this.registry.delete(EXCERPT_HIGHLIGHT);
    this.highlight = null;
  }

  private ensureHighlight(): Highlight {
    if (!this.highlight) {
      this.highlight = new Highlight();
      // Above the term marks, so a saved passage reads as one block of colour.
      this.highlight.priority = 1;
      this.registry.set(EXCERPT_HIGHLIGHT, this.highlight);
    }
    return this.highlight;
  }
}
