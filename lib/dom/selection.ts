// What the reader selected, as excerpt selectors: whitespace at either end is not part of the
// passage, and a selection outside the page's text (form fields, our own UI) is not a passage.
import {
  describe,
  type ExcerptSelectors,
  selectorsAt,
  type TextIndex,
  textIndex,
} from './anchoring.ts';

export const MAX_EXCERPT_LENGTH = 20_000;

export type SelectionResult =
  | { ok: true; selectors: ExcerptSelectors; range: Range }
  | { ok: false; reason: 'empty' | 'outside' | 'too-long' };

export function selectorsForRange(
  root: Node,
  range: Range,
  index: TextIndex = textIndex(root),
): SelectionResult {
  if (range.collapsed) return { ok: false, reason: 'empty' };
  if (!root.contains(range.commonAncestorContainer)) return { ok: false, reason: 'outside' };
  let selectors: ExcerptSelectors;
  try {
    selectors = describe(root, range, index);
  } catch {
    return { ok: false, reason: 'outside' };
  }
  let { start, end } = selectors;
  while (start < end && /\s/.test(index.text[start] as string)) start++;
  while (end > start && /\s/.test(index.text[end - 1] as string)) end--;
  if (start === end) return { ok: false, reason: 'empty' };
  if (end - start > MAX_EXCERPT_LENGTH) return { ok: false, reason: 'too-long' };
  return { ok: true, selectors: selectorsAt(index, start, end), range: range.cloneRange() };
}

/** The first range of the document's selection, if it is a passage of `root`. */
export function selectorsForSelection(root: Node, selection: Selection | null): SelectionResult {
  if (!selection || selection.rangeCount === 0) return { ok: false, reason: 'empty' };
  return selectorsForRange(root, selection.getRangeAt(0));
}
