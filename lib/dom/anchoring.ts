// Excerpt anchoring in the style of Hypothesis: a TextQuoteSelector (exact text with ~32
// characters of context) plus a TextPositionSelector, both over the root's text content.
// No UI, storage or messaging here: describe() and anchor() are plain functions of the DOM.
import approxSearch from 'approx-string-match';

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

export interface TextIndex {
  nodes: Text[];
  /** Offset in `text` where each node starts. */
  starts: number[];
  text: string;
}

/** Text nodes under root in document order, with their start offsets in root.textContent. */
export function textIndex(root: Node): TextIndex {
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

function offsetOf(index: TextIndex, container: Node, offset: number): number {
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
export function describe(
  root: Node,
  range: AbstractRange,
  index: TextIndex = textIndex(root),
): ExcerptSelectors {
  const start = offsetOf(index, range.startContainer, range.startOffset);
  const end = offsetOf(index, range.endContainer, range.endOffset);
  if (start < 0 || end < start) throw new RangeError('range is outside the root');
  return selectorsAt(index, start, end);
}

/** Selectors for [start, end) of the index's text. */
export function selectorsAt(index: TextIndex, start: number, end: number): ExcerptSelectors {
  return {
    exact: index.text.slice(start, end),
    prefix: index.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: index.text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/** How an excerpt was found again: its quote with context, its position, or a tolerant match. */
export type AnchorMethod = 'quote' | 'position' | 'fuzzy';

export interface TextMatch {
  start: number;
  end: number;
  method: AnchorMethod;
}

/**
 * Finds the selectors' text in `text`: the exact quote with its context first (nearest the saved
 * position when it occurs several times), then the saved position if it still holds the quote,
 * then a tolerant match that survives small edits (Myers' bit-parallel approximate search, as
 * Hypothesis does it), scored by quote, context and position. Null when nothing is close enough.
 */
export function matchQuote(text: string, selectors: ExcerptSelectors): TextMatch | null {
  const { exact, prefix, suffix, start } = selectors;
  if (exact.length === 0) return null;
  const exactHits = occurrences(text, exact);

  const withContext = exactHits.filter(
    (at) =>
      text.slice(Math.max(0, at - prefix.length), at) === prefix &&
      text.slice(at + exact.length, at + exact.length + suffix.length) === suffix,
  );
  const nearest = closest(withContext, start);
  if (nearest !== undefined)
    return { start: nearest, end: nearest + exact.length, method: 'quote' };

  if (text.slice(start, start + exact.length) === exact) {
    return { start, end: start + exact.length, method: 'position' };
  }

  const candidates =
    exactHits.length > 0
      ? exactHits.map((at) => ({ start: at, end: at + exact.length, errors: 0 }))
      : approxSearch(text, exact, maxErrorsFor(exact));
  let best: TextMatch | null = null;
  let bestScore = -1;
  for (const candidate of candidates) {
    const score = scoreMatch(text, selectors, candidate);
    if (score > bestScore) {
      bestScore = score;
      best = { start: candidate.start, end: candidate.end, method: 'fuzzy' };
    }
  }
  return best;
}

/**
 * Errors a tolerant match may have: a quarter of the quote (a few inserted or removed words in a
 * sentence), none for very short quotes, where one error already matches unrelated text.
 */
export function maxErrorsFor(exact: string): number {
  if (exact.length < MIN_FUZZY_LENGTH) return 0;
  return Math.min(256, Math.floor(exact.length / 4));
}
const MIN_FUZZY_LENGTH = 8;

function occurrences(text: string, needle: string): number[] {
  const hits: number[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) hits.push(at);
  return hits;
}

function closest(positions: number[], hint: number): number | undefined {
  let best: number | undefined;
  for (const at of positions) {
    if (best === undefined || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
  }
  return best;
}

/** 0..1 similarity of `text` to `wanted` (1 - edit distance / length); 1 when nothing to compare. */
function similarity(text: string, wanted: string): number {
  if (wanted.length === 0) return 1;
  if (text.length === 0) return 0;
  const [match] = approxSearch(text, wanted, wanted.length);
  return match ? 1 - match.errors / wanted.length : 0;
}

// Weights from Hypothesis' match-quote.ts: the quote dominates, context breaks ties between
// near-equal quotes, position only orders otherwise equal candidates.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };

function scoreMatch(
  text: string,
  { exact, prefix, suffix, start }: ExcerptSelectors,
  match: { start: number; end: number; errors: number },
): number {
  const quote = 1 - match.errors / exact.length;
  const before = similarity(
    text.slice(Math.max(0, match.start - prefix.length), match.start),
    prefix,
  );
  const after = similarity(text.slice(match.end, match.end + suffix.length), suffix);
  const position = text.length > 0 ? 1 - Math.abs(match.start - start) / text.length : 1;
  return (
    (WEIGHTS.quote * quote +
      WEIGHTS.prefix * before +
      WEIGHTS.suffix * after +
      WEIGHTS.position * position) /
    (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position)
  );
}

/** The DOM point at a text offset; `isEnd` prefers the end of a node over the next node's start. */
function pointAt(index: TextIndex, offset: number, isEnd: boolean): [Text, number] | null {
  const { nodes, starts } = index;
  let lo = 0;
  let hi = nodes.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const nodeStart = starts[mid] as number;
    const nodeEnd = nodeStart + (nodes[mid] as Text).data.length;
    if (isEnd ? offset <= nodeStart : offset < nodeStart) hi = mid - 1;
    else if (isEnd ? offset > nodeEnd : offset >= nodeEnd) lo = mid + 1;
    else {
      found = mid;
      break;
    }
  }
  if (found < 0) return null;
  return [nodes[found] as Text, offset - (starts[found] as number)];
}

/** The Range of a text match under `root`. */
export function rangeOfMatch(root: Node, index: TextIndex, match: TextMatch): Range | null {
  const startPoint = pointAt(index, match.start, false);
  const endPoint = pointAt(index, match.end, true);
  if (!startPoint || !endPoint) return null;
  const range = (root.ownerDocument ?? (root as Document)).createRange();
  range.setStart(startPoint[0], startPoint[1]);
  range.setEnd(endPoint[0], endPoint[1]);
  return range;
}

/** Finds an excerpt again under `root`; null when it is an orphan. */
export function anchor(root: Node, selectors: ExcerptSelectors): Range | null {
  return anchorWithMethod(root, selectors)?.range ?? null;
}

export function anchorWithMethod(
  root: Node,
  selectors: ExcerptSelectors,
  index: TextIndex = textIndex(root),
): { range: Range; method: AnchorMethod } | null {
  const match = matchQuote(index.text, selectors);
  if (!match) return null;
  const range = rangeOfMatch(root, index, match);
  return range ? { range, method: match.method } : null;
}
