// Links that open the source page scrolled to the excerpt: a URL text fragment
// (`#:~:text=[prefix-,]textStart[,textEnd][,-suffix]`, https://wicg.github.io/scroll-to-text-fragment/).
// Each part is percent-encoded, and so are the characters the syntax uses ('-', ',', '&').
// Browsers only accept matches that start and end on word boundaries, also in Chinese, where
// words are found by a dictionary (ICU): every cut here falls on a boundary Intl.Segmenter (the
// same ICU) reports, and an excerpt that starts or ends inside a word borrows the rest of that
// word from its context. A part cannot span a block boundary (a line break in page text), so a
// passage across paragraphs is given as its first and last line, and context stays on its line.

import { normalizeUrl, readerDocOf } from '../url.ts';

const LONG = 80;
const EDGE = 24;
const CONTEXT = 12;

export function encodeFragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Word boundaries of `text`: 0, every segment start, and text.length. */
function boundaries(text: string): number[] {
  const out = [...segmenter.segment(text)].map((s) => s.index);
  out.push(text.length);
  return out;
}

/** The last boundary at or before `at`. */
function boundaryBefore(text: string, at: number): number {
  let best = 0;
  for (const b of boundaries(text)) if (b <= at) best = b;
  return best;
}

/** The first boundary at or after `at`. */
function boundaryAfter(text: string, at: number): number {
  for (const b of boundaries(text)) if (b >= at) return b;
  return text.length;
}

const squash = (text: string) => text.replace(/\s+/g, ' ');

export function textFragment(excerpt: { exact: string; prefix: string; suffix: string }): string {
  const parts = excerpt.exact
    .split(/\s*\n\s*/)
    .map((line) => squash(line).trim())
    .filter(Boolean);
  if (parts.length === 0) return '';
  const startsLine = /\n\s*$/.test(excerpt.prefix) || /^\s*\n/.test(excerpt.exact);
  const endsLine = /^\s*\n/.test(excerpt.suffix) || /\n\s*$/.test(excerpt.exact);
  let before = startsLine ? '' : squash(excerpt.prefix.split('\n').pop() ?? '').trimStart();
  let after = endsLine ? '' : squash(excerpt.suffix.split('\n')[0] ?? '').trimEnd();
  if (/\s$/.test(before) || /^\s/.test(excerpt.exact)) before = `${before.trimEnd()} `;

  // Grow the passage's ends out to word boundaries, borrowing from the context.
  let first = parts[0] as string;
  let last = parts[parts.length - 1] as string;
  const joinedStart = before + first;
  const start = boundaryBefore(joinedStart, before.length);
  const borrowedStart = joinedStart.slice(start, before.length);
  before = before.slice(0, start).trimEnd();
  if (parts.length === 1) last = borrowedStart + last;
  else first = borrowedStart + first;
  const joinedEnd = last + after;
  const end = boundaryAfter(joinedEnd, last.length);
  last = joinedEnd.slice(0, end);
  after = joinedEnd.slice(end).trimStart();
  if (parts.length === 1) first = last;

  let textStart = first.trim();
  let textEnd = '';
  if (parts.length > 1 || first.length > LONG) {
    textStart = first.slice(0, boundaryBefore(first, EDGE) || boundaryAfter(first, EDGE)).trim();
    textEnd = last.slice(boundaryAfter(last, last.length - EDGE)).trim() || last.trim();
  }
  const prefix = before.slice(boundaryAfter(before, before.length - CONTEXT)).trim();
  const suffix = after.slice(0, boundaryBefore(after, CONTEXT)).trim();
  const directive = [
    prefix && `${encodeFragmentPart(prefix)}-`,
    encodeFragmentPart(textStart),
    textEnd && encodeFragmentPart(textEnd),
    suffix && `-${encodeFragmentPart(suffix)}`,
  ]
    .filter(Boolean)
    .join(',');
  return `:~:text=${directive}`;
}

/**
 * The page's address with the text fragment (replacing any fragment it had). An excerpt saved in
 * the glossary's reader links to the reader at its offset (#/doc/ID/START), which scrolls there
 * and flashes it: text fragments do not work on extension pages.
 */
export function linkToExcerpt(excerpt: {
  url: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
}): string {
  if (readerDocOf(excerpt.url) !== undefined)
    return `${normalizeUrl(excerpt.url)}/${excerpt.start}`;
  const fragment = textFragment(excerpt);
  const base = excerpt.url.replace(/#.*$/, '');
  return fragment ? `${base}#${fragment}` : base;
}
