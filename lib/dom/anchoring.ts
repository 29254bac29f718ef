// Excerpt anchoring in the style of Hypothesis: a TextQuoteSelector (exact text with ~32
// characters of context) plus a TextPositionSelector, both over the root's text content.
// No UI, storage or messaging here: describe() and anchor() are plain functions of the DOM.

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
}
export interface PositionSelector {
  start: number;
  end: number;
}
export type ExcerptSelectors = QuoteSelector & PositionSelector;

export const CONTEXT_CHARS = 32;

/** Text nodes under root in document order, with their start offsets in root.textContent. */
export function textIndex(root: Node): { nodes: Text[]; starts: number[]; text: string } {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const data = (n as Text).data;
    nodes.push(n as Text);
    starts.push(offset);
    parts.push(data);
    offset += data.length;
  }
  return { nodes, starts, text: parts.join('') };
}

function offsetOf(index: ReturnType<typeof textIndex>, container: Node, offset: number): number {
  if (container.nodeType === Node.TEXT_NODE) {
    const i = index.nodes.indexOf(container as Text);
    return i < 0 ? -1 : (index.starts[i] as number) + offset;
  }
  // An element boundary: the offset of the first text node at or after that point.
  const point = (container.ownerDocument ?? (container as Document)).createRange();
  point.setStart(container, offset);
  for (let i = 0; i < index.nodes.length; i++) {
    if (point.comparePoint(index.nodes[i] as Text, 0) >= 0) return index.starts[i] as number;
  }
  return index.text.length;
}

/** Selectors for a range, relative to root's text content. */
export function describe(root: Node, range: AbstractRange): ExcerptSelectors {
  const index = textIndex(root);
  const start = offsetOf(index, range.startContainer, range.startOffset);
  const end = offsetOf(index, range.endContainer, range.endOffset);
  if (start < 0 || end < start) throw new RangeError('range is outside the root');
  return {
    exact: index.text.slice(start, end),
    prefix: index.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: index.text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}
