// The part of a source sentence the tooltip quotes: the sentence around the term, cut to a few
// clauses when it is long, so an excerpt takes two or three lines instead of a paragraph.
import { sentenceBounds } from './sentences.ts';

export interface ExcerptWindow {
  before: string;
  term: string;
  after: string;
  /** True where text was cut off (shown as an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

// Where a quotation may be cut without splitting a phrase: after a clause's punctuation.
const CLAUSE_END = /[，、：,:；;。！？!?]/;

/**
 * The window of `text` around [at[0], at[1]) at most `max` characters long (the term itself is
 * never cut). Without a known place, the first occurrence of `term` is used; failing that, the
 * start of the text.
 */
export function excerptWindow(
  text: string,
  at: readonly [number, number] | undefined,
  term: string,
  max = 64,
): ExcerptWindow {
  let place = at && at[0] >= 0 && at[1] <= text.length && at[0] < at[1] ? at : undefined;
  if (!place) {
    const found = term ? text.indexOf(term) : -1;
    if (found >= 0) place = [found, found + term.length];
  }
  if (!place) {
    const cut = text.length > max;
    return {
      before: '',
      term: '',
      after: cut ? text.slice(0, max) : text,
      cutStart: false,
      cutEnd: cut,
    };
  }
  const [start, end] = place;
  const [sentenceFrom, sentenceTo] = sentenceBounds(text, start, end);
  let [from, to] = [sentenceFrom, sentenceTo];
  const room = Math.max(0, max - (end - start));
  if (to - from > max) {
    // Share the room between both sides, giving one side's unused share to the other.
    const left = start - from;
    const right = to - end;
    let takeLeft = Math.min(left, Math.ceil(room * 0.4));
    const takeRight = Math.min(right, room - takeLeft);
    takeLeft = Math.min(left, room - takeRight);
    from = clauseStart(text, start - takeLeft, start);
    to = clauseEnd(text, end + takeRight, end);
  }
  return {
    before: text.slice(from, start),
    term: text.slice(start, end),
    after: text.slice(end, to),
    cutStart: from > sentenceFrom,
    cutEnd: to < sentenceTo,
  };
}

/** Moves a cut at `from` forward to just after a clause mark, if one lies before the term. */
function clauseStart(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (CLAUSE_END.test(text[i] as string)) return i + 1;
  return from;
}

/** Moves a cut at `to` back to just after a clause mark, if one lies after the term. */
function clauseEnd(text: string, to: number, limit: number): number {
  for (let i = to - 1; i >= limit; i--) if (CLAUSE_END.test(text[i] as string)) return i + 1;
  return to;
}
