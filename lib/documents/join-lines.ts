// PDF text comes as positioned pieces, one or more per printed line. Reading it as prose means
// putting lines back into paragraphs: a term wrapped across a line end (立德 / 树人) must read as
// one word, so two CJK characters are joined with nothing, Latin words with one space; a
// paragraph ends where the layout shows it (a wider gap, a first-line indent, a short line).

/** One piece of text on a page, in PDF units (y grows upwards, as pdf.js reports it). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size, from the text matrix. */
  size: number;
  /** pdf.js: the piece ends its line. */
  hasEOL?: boolean;
}

export interface PrintedLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

// Characters written without spaces between them: Han, kana, Hangul, full-width punctuation.
const CLOSE_SET =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’《》—…·]/u;

/** Two pieces of one paragraph, joined as the script writes them. */
export function joinText(before: string, after: string): string {
  const a = before.replace(/\s+$/u, '');
  const b = after.replace(/^\s+/u, '');
  if (!a || !b) return a + b;
  const last = a.at(-1) as string;
  const first = b[0] as string;
  if (CLOSE_SET.test(last) || CLOSE_SET.test(first)) return a + b;
  // A Latin word hyphenated at the line end ("imple-" / "mentation").
  if (/[a-z]-$/u.test(a) && /^[a-z]/u.test(b)) return a.slice(0, -1) + b;
  return `${a} ${b}`;
}

/** Pieces to printed lines, in reading order. */
export function toLines(items: readonly PositionedText[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let current: PrintedLine | undefined;
  let endsLine = true;
  for (const item of items) {
    const size = item.size || 1;
    const sameLine =
      current && !endsLine && Math.abs(item.y - current.y) < Math.max(current.size, size) / 2;
    if (!sameLine || !current) {
      if (item.str.trim() || item.hasEOL === false) {
        current = { text: item.str, left: item.x, right: item.x + item.width, y: item.y, size };
        lines.push(current);
      } else current = undefined;
    } else {
      const gap = item.x - current.right;
      current.text =
        gap > size * 0.25 && !CLOSE_SET.test(current.text.at(-1) ?? '')
          ? joinText(current.text, ` ${item.str}`) // a real gap is a word space
          : current.text + item.str;
      current.right = Math.max(current.right, item.x + item.width);
      current.size = Math.max(current.size, size);
    }
    endsLine = !!item.hasEOL;
  }
  return lines
    .map((line) => ({ ...line, text: line.text.replace(/\s+/gu, ' ').trim() }))
    .filter((line) => line.text.length > 0);
}

// "3", "- 3 -", "— 3 —", "第3页": a page number, not text.
const PAGE_NUMBER = /^(?:[-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?)$/u;

const sameSize = (a: number, b: number) => Math.abs(a - b) <= Math.min(a, b) * 0.15;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/**
 * The printed lines of one page to paragraphs. A new paragraph starts after a gap clearly wider
 * than the page's usual line spacing, at a line indented from the left margin (Chinese
 * paragraphs indent their first line by two characters), after a line that stops well short of
 * the right margin, and where the font size changes (a heading).
 */
export function pageParagraphs(printed: readonly PrintedLine[]): string[] {
  const lines = printed.filter((line) => !PAGE_NUMBER.test(line.text));
  if (lines.length === 0) return [];
  const left = Math.min(...lines.map((l) => l.left));
  // The right margin of a line's own font size: a wide title must not make body lines "short".
  const rightOf = (size: number) =>
    Math.max(...lines.filter((l) => sameSize(l.size, size)).map((l) => l.right));
  const gaps = lines.slice(1).map((l, i) => Math.abs((lines[i] as PrintedLine).y - l.y));
  const spacing = median(gaps.filter((g) => g > 0));
  const paragraphs: string[] = [];
  let text = '';
  lines.forEach((line, i) => {
    const prev = lines[i - 1];
    const breaks =
      !prev ||
      (spacing > 0 && Math.abs(prev.y - line.y) > spacing * 1.4) ||
      line.left - left > line.size * 0.9 ||
      rightOf(prev.size) - prev.right > prev.size * 2 ||
      !sameSize(line.size, prev.size);
    if (breaks) {
      if (text) paragraphs.push(text);
      text = line.text;
    } else text = joinText(text, line.text);
  });
  if (text) paragraphs.push(text);
  return paragraphs;
}
