// Accuracy checks the build runs on the curated entries against their sources (the seeds and the
// news corpus). At a thousand entries, accuracy is held by these rather than by review alone:
// - a definition speaks to the reader, not about our files ("种子文本");
// - a numbered formula (两个…, 四个…, 八项…) that lists members has as many as its number says
//   (one whose members no sentence of the sources names lists none: a warning, not an error);
// - every member list is named in full by one sentence of the sources;
// - a phrase a definition quotes (“…” or 「…」) is found in the sources, or the entry has a source;
// - an origin claim ("2013年…提出") carries a source.
import { sentenceBounds } from '../sentences.ts';
import type { CuratedEntry } from './entries.ts';

/** Words about our own pipeline that a reader would not understand. */
const INTERNAL_WORDING = /种子文本|种子文档|种子文件|语料|本词条|词条|本系统|新闻联播中/;
const NUMERALS: Record<string, number> = {
  一: 1,
  两: 2,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
};
/** A headword that states a count: 四个全面, 八项规定, 五位一体, 三大攻坚战. */
const NUMBERED = /^([一两二三四五六七八九十])(?:个|项|大|条|种|方面)/;
const QUOTED = /[“「]([^”」]{2,})[”」]/g;
const ORIGIN = /\d{4}年[^。；]{0,40}(?:首次提出|首提|提出)/;

export interface SourceText {
  /**
   * All source texts joined by "\n\n" (substrings never span two texts), without quotation
   * marks: a definition quoting “深刻领悟‘两个确立’的决定性意义” nests its quotes differently from
   * the text it quotes, and the words are what must match.
   */
  all: string;
}

const QUOTE_MARKS = /[“”‘’「」『』"]/g;
export const withoutQuotes = (text: string) => text.replace(QUOTE_MARKS, '');

export function joinSources(texts: Iterable<string>): SourceText {
  return { all: withoutQuotes([...texts].join('\n\n')) };
}

/** The number a numbered headword states, or undefined. */
export function statedCount(term: string): number | undefined {
  const m = NUMBERED.exec(term);
  return m ? NUMERALS[m[1] as string] : undefined;
}

/** True when one sentence of the sources contains every member. */
export function sentenceNamesAll(sources: SourceText, members: string[]): boolean {
  const [first, ...rest] = members.map(withoutQuotes).sort((a, b) => b.length - a.length);
  if (!first) return true;
  const text = sources.all;
  for (let at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
    const [from, to] = sentenceBounds(text, at, at + first.length);
    const sentence = text.slice(from, to);
    if (rest.every((m) => sentence.includes(m))) return true;
  }
  return false;
}

export function checkEntryAccuracy(entries: CuratedEntry[], sources: SourceText): string[] {
  const errors: string[] = [];
  for (const entry of entries) {
    const where = `${entry.id} (${entry.term})`;
    const wording = INTERNAL_WORDING.exec(entry.definition);
    if (wording) errors.push(`${where}: the definition uses internal wording "${wording[0]}"`);
    const count = statedCount(entry.term);
    const listed = entry.members.length;
    if (count !== undefined && entry.category === 'formula' && listed > 0 && listed !== count)
      errors.push(
        `${where}: the headword states ${count} but the entry lists ${entry.members.length} members`,
      );
    if (entry.members.length > 0 && !sentenceNamesAll(sources, entry.members))
      errors.push(
        `${where}: no sentence of the sources names all members (${entry.members.join('、')})`,
      );
    if (entry.source) continue;
    for (const m of entry.definition.matchAll(QUOTED)) {
      const phrase = m[1] as string;
      if (!sources.all.includes(withoutQuotes(phrase)))
        errors.push(`${where}: quotes “${phrase}”, found in no source; add a source or rephrase`);
    }
    if (ORIGIN.test(entry.definition))
      errors.push(`${where}: states an origin ("…年…提出") without a source`);
  }
  return errors;
}
