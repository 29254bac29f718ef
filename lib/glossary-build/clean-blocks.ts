// From cleaned lines to blocks: which lines are headings or list items, and which paragraph
// breaks are really a sentence cut in two.
import type { BlockKind, CleanBlock, Removal, SourceLine } from './clean-types.ts';

// Outline markers of Chinese official documents, outermost first. Kept in the text: the marker
// is part of what the document says ("三、主要工作任务"), and the reader shows it.
const OUTLINE: readonly [RegExp, number][] = [
  [/^[一二三四五六七八九十]+、/u, 1],
  [/^[(（][一二三四五六七八九十]+[)）]/u, 2],
  [/^\d{1,2}[.．、](?!\d)/u, 3], // (?!\d): "2.5亿" is a number, not "2." + heading
  [/^[(（]\d{1,2}[)）]/u, 4],
];
// A marked line this long is a paragraph that happens to open with its number.
const MAX_MARKED_HEADING = 60;
// ■ bullets (001) and "1 坚定不移…" (001: a number, a space, no dot) are list items.
const BULLET = /^(?:[■□●○◆◇•]|[-*][ \t])/u;
const NUMBERED_ITEM = /^\d{1,2}[ \t\u3000]+\S/u;
const MARKDOWN = /^#{1,6}[ \t]+(?=\S)/u;
// Unmarked headings (titles, 001's "2022年教育事业取得新进步新成效") are short and carry no
// sentence punctuation; the 000 title (~50 characters) sets the length bound.
const MAX_BARE_HEADING = 60;
const SENTENCE_PUNCT = /[。！？!?；;，,：:]/u;
const HAN = /\p{Script=Han}/u;

interface Classified {
  kind: BlockKind;
  text: string;
  /** Undefined for unmarked headings: their level depends on position (see toBlocks). */
  level?: number;
}

function isBareHeading(text: string): boolean {
  return text.length <= MAX_BARE_HEADING && !SENTENCE_PUNCT.test(text) && HAN.test(text);
}

/** Kind (and level, for marked headings) of one line, looked at on its own. */
export function classifyLine(text: string): Classified {
  const markdown = MARKDOWN.exec(text);
  // The "## " is markup, not text. What follows is judged like any line: the cleaned text no
  // longer has the marker, and cleaning it again must give the same kind (000's title passes).
  if (markdown) return classifyLine(text.slice(markdown[0].length));
  if (BULLET.test(text) || NUMBERED_ITEM.test(text)) return { kind: 'list-item', text };
  for (const [marker, level] of OUTLINE) {
    if (marker.test(text) && text.length <= MAX_MARKED_HEADING) {
      return { kind: 'heading', text, level };
    }
  }
  if (isBareHeading(text)) return { kind: 'heading', text };
  return { kind: 'paragraph', text };
}

// A line "ends" when its last sentence is closed, possibly inside quotes or brackets.
const ENDS_SENTENCE = /[。！？!?；;…：:]["'”’」』)）》]*$/u;
// Prose carries clause punctuation; a dateline like "2022-10-31 来源：教育部" does not, and
// must not swallow the paragraph after it.
const PROSE = /[，,、；;。]/u;
// What the second half of a cut sentence starts with: a character, or the punctuation that
// closes what the first half opened (000: "两个" + "维护”，").
const CONTINUES = /^[\p{Script=Han}”’」』》）)，,、。；;：:！!？?]/u;

function isBrokenBreak(prev: SourceLine, next: SourceLine): boolean {
  return (
    classifyLine(prev.text).kind === 'paragraph' &&
    classifyLine(next.text).kind === 'paragraph' &&
    PROSE.test(prev.text) &&
    !ENDS_SENTENCE.test(prev.text) &&
    CONTINUES.test(next.text)
  );
}

/** The two ends around a joined break, with the break itself, so a reviewer can see it. */
function seam(prev: SourceLine, next: SourceLine): string {
  const tail = Array.from(prev.text).slice(-8).join('');
  const head = Array.from(next.text).slice(0, 8).join('');
  return `${tail}${'\n'.repeat(next.gapBefore + 1)}${head}`;
}

/**
 * Joins paragraphs that a break cut mid-sentence or mid-word (000: "就" / "业创业工作").
 * In the seeds every such break has a blank line, but the rule deliberately ignores blank
 * lines: blocksToText puts one between all blocks, so a rule that required one would join on a
 * second pass what it left alone on the first, and cleaning would not be idempotent.
 */
export function joinBrokenBreaks(lines: readonly SourceLine[], removed: Removal[]): SourceLine[] {
  const out: SourceLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev && isBrokenBreak(prev, line)) {
      removed.push({ kind: 'broken-break', text: seam(prev, line), line: prev.endLine });
      out[out.length - 1] = { ...prev, text: prev.text + line.text, endLine: line.endLine };
    } else {
      out.push(line);
    }
  }
  return out;
}

/**
 * Lines to blocks. Unmarked headings before the first paragraph or list item are the document
 * title (level 0): in 004 the title follows the table of contents, elsewhere it is line 1.
 * Later unmarked headings are section headings (level 1).
 */
export function toBlocks(lines: readonly SourceLine[]): CleanBlock[] {
  let beforeBody = true;
  return lines.map(({ text }) => {
    const { kind, text: blockText, level } = classifyLine(text);
    if (kind !== 'heading') {
      beforeBody = false;
      return { kind, text: blockText };
    }
    return { kind, text: blockText, level: level ?? (beforeBody ? 0 : 1) };
  });
}
