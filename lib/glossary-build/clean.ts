// Cleaning of the seed documents: removes the noise they arrived with and splits them into
// blocks, changing nothing else. Script, punctuation (half- and full-width alike) and wording
// stay as they are, because occurrences and quoted sentences must match the source.
//
// Decisions worth knowing:
// - Kept: datelines and source lines ("2022-10-31 来源：教育部", "來源:教育部官網"). They are
//   the document's own metadata, not page furniture, and the reader may quote them.
// - Kept: the table of contents at the top of 004, as headings. The body of 004 is truncated in
//   part 三, so sections 四 (with its phase dates) and 五 exist only in the contents; dropping
//   it would lose text. The outline therefore repeats 一、 to 三、.
// - Removed: whole trailing widget sections (003), not only their header lines.
// - Cleaning only deletes: every block is its source with characters taken out, and blocks keep
//   source order. Cleaning cleaned text changes nothing (see the tests).
import { joinBrokenBreaks, toBlocks } from './clean-blocks.ts';
import { stripEmoji } from './clean-emoji.ts';
import {
  isSpamLine,
  navigationStart,
  stripBookmarks,
  stripImpossibleDay,
  stripStrayLatin,
} from './clean-noise.ts';
import type {
  CleanBlock,
  CleanResult,
  NoiseKind,
  Removal,
  SourceLine,
  Stripped,
} from './clean-types.ts';

export type { BlockKind, CleanBlock, CleanResult, NoiseKind, Removal } from './clean-types.ts';

// Order matters: bookmarks go before the Latin check (they hold Latin), emoji before it too
// (an emoji between a Han character and a spliced word would hide the word).
const INLINE_CLEANERS: readonly [NoiseKind, (text: string) => Stripped][] = [
  ['bookmark', stripBookmarks],
  ['emoji', stripEmoji],
  ['stray-latin', stripStrayLatin],
  ['impossible-day', stripImpossibleDay],
];

/** Drops the trailing page furniture; returns the lines that remain. */
function cutNavigation(lines: readonly string[], removed: Removal[]): readonly string[] {
  const start = navigationStart(lines);
  if (start < 0) return lines;
  lines.slice(start).forEach((text, i) => {
    if (text.trim()) removed.push({ kind: 'navigation', text: text.trim(), line: start + i + 1 });
  });
  return lines.slice(0, start);
}

/** Runs the inline cleaners over one line, recording what each took out. */
function cleanLine(text: string, line: number, removed: Removal[]): string {
  let out = text;
  for (const [kind, clean] of INLINE_CLEANERS) {
    const result = clean(out);
    for (const piece of result.removed) removed.push({ kind, text: piece, line });
    out = result.text;
  }
  // Leading indentation (002 has NBSP/space indents) and trailing spaces are layout, not text.
  return out.trim();
}

/** Non-blank cleaned lines, each with the number of blank lines that preceded it. */
function cleanLines(lines: readonly string[], removed: Removal[]): SourceLine[] {
  const out: SourceLine[] = [];
  let gap = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (isSpamLine(raw)) {
      removed.push({ kind: 'spam', text: raw.trim(), line });
      gap++;
      return;
    }
    const text = cleanLine(raw, line, removed);
    if (!text) {
      gap++;
      return;
    }
    out.push({ text, line, endLine: line, gapBefore: out.length ? gap : 0 });
    gap = 0;
  });
  return out;
}

/** Cleans one seed document. Pure: the same input always gives the same result. */
export function cleanDocument(raw: string): CleanResult {
  const removed: Removal[] = [];
  const lines = splitLines(raw);
  const kept = cutNavigation(lines, removed);
  const joined = joinBrokenBreaks(cleanLines(kept, removed), removed);
  const blocks = toBlocks(joined);
  // Stable sort: removals on one line stay in the order they were found.
  removed.sort((a, b) => a.line - b.line);
  return { blocks, removed };
}

/** Source lines; a byte-order mark is encoding, not text. */
function splitLines(raw: string): string[] {
  return raw.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
}

/** The cleaned text: blocks separated by one blank line (what the reader and offsets use). */
export function blocksToText(blocks: readonly CleanBlock[]): string {
  return blocks.map((block) => block.text).join('\n\n');
}
