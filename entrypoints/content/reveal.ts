// "On this page" → click: scroll to an occurrence of a term and flash it.
import type { TermHighlights } from '../../lib/dom/highlights.ts';

const FLASH = 'ptr-flash';
let flashTimer: ReturnType<typeof setTimeout> | undefined;

export function revealOccurrence(
  highlights: TermHighlights,
  ids: string[],
  id: string,
  occurrence: number,
): { found: boolean; total: number } {
  const marks = highlights
    .all()
    .filter((m) => ids[m.term] === id && m.range.startContainer.isConnected)
    .sort((a, b) => order(a.range.startContainer, b.range.startContainer) || a.start - b.start);
  if (marks.length === 0) return { found: false, total: 0 };
  const mark = marks[((occurrence % marks.length) + marks.length) % marks.length];
  if (!mark) return { found: false, total: marks.length };
  mark.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  CSS.highlights.set(FLASH, new Highlight(mark.range));
  clearTimeout(flashTimer);
  flashTimer = setTimeout(() => CSS.highlights.delete(FLASH), 1600);
  return { found: true, total: marks.length };
}

function order(a: Node, b: Node): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}
