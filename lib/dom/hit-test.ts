// Which marked term is under the pointer. The caret APIs return the nearest caret even when the
// pointer is beside the text (end of line, padding), so the range's rects must really hold it.
import type { MarkedTerm, TermHighlights } from './highlights.ts';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export function caretAt(doc: Document, x: number, y: number): [Node, number] | null {
  const d = doc as CaretDoc;
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? [pos.offsetNode, pos.offset] : null;
  }
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? [range.startContainer, range.startOffset] : null;
}

export function rangeOf(doc: Document, mark: MarkedTerm): Range {
  const range = doc.createRange();
  range.setStart(mark.range.startContainer, mark.range.startOffset);
  range.setEnd(mark.range.endContainer, mark.range.endOffset);
  return range;
}

export function rectContaining(range: Range, x: number, y: number): DOMRect | null {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      return rect;
    }
  }
  return null;
}

/** The mark under (x, y), checked against its painted rects, with the rect that holds it. */
export function markAtPoint(
  doc: Document,
  highlights: TermHighlights,
  x: number,
  y: number,
): { mark: MarkedTerm; rect: DOMRect } | null {
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const [node, offset] = caret;
  // The caret sits between characters: the character under the pointer may be either side.
  const mark =
    highlights.at(node, offset) ?? (offset > 0 ? highlights.at(node, offset - 1) : undefined);
  if (!mark?.range.startContainer.isConnected) return null;
  const rect = rectContaining(rangeOf(doc, mark), x, y);
  return rect ? { mark, rect } : null;
}
