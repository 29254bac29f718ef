// From paragraphs to the reader's text and blocks, with the seeds' block rules
// (lib/glossary-build/clean-blocks.ts): the same headings, list items and joined mid-sentence
// breaks as the bundled documents. The seeds' noise cleaners are not used: they were written
// against those five web pages (spam lines, stray Latin) and would delete a user's own words.
import { joinBrokenBreaks, toBlocks } from '../glossary-build/clean-blocks.ts';
import { blocksToText } from '../glossary-build/clean.ts';
import type { SourceLine } from '../glossary-build/clean-types.ts';
import type { SeedDocument } from '../types.ts';

export interface DocumentBody {
  text: string;
  blocks: SeedDocument['blocks'];
}

/** Text with paragraphs separated by blank lines (or one per line) to text and blocks. */
export function bodyOfText(raw: string): DocumentBody {
  const lines = raw
    .replace(/^\uFEFF/u, '')
    .split(/\r\n|\r|\n/u)
    .map((line) => line.replace(/[\s\u3000]+/gu, ' ').trim());
  return bodyOfParagraphs(lines);
}

/** Paragraphs (empty ones are skipped) to text and blocks. */
export function bodyOfParagraphs(paragraphs: readonly string[]): DocumentBody {
  const lines: SourceLine[] = [];
  let gap = 0;
  for (const text of paragraphs) {
    if (!text) {
      gap++;
      continue;
    }
    const line = lines.length + 1;
    lines.push({ text, line, endLine: line, gapBefore: lines.length ? gap : 0 });
    gap = 0;
  }
  const blocks = toBlocks(joinBrokenBreaks(lines, []));
  const text = blocksToText(blocks);
  let cursor = 0;
  const spans = blocks.map((block) => {
    const start = cursor;
    cursor = start + block.text.length;
    const span = { kind: block.kind, start, end: cursor };
    cursor += 2; // the blank line blocksToText puts between blocks
    return span;
  });
  return { text, blocks: spans };
}
