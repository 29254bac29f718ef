// Glossary entries and document titles in a reading script, for extension pages (glossary,
// popup), which show the stored entries directly rather than through the background's term view.
import type { SeedDocument, TermEntry } from '../types.ts';
import { convertMarked, fromSimplified, toSimplified } from './convert.ts';
import type { ReadingScript } from './reading-script.ts';

const converted = new Map<string, TermEntry>();

/**
 * A copy of the entry with its Chinese text in `script`: headword, definition, members, seed
 * sentences (from their simplified copies) and news sentences with the term's place kept exact.
 * The source's own wording stays in `occurrences[].sentence` only for simplified readers of a
 * simplified document; quoting views use the stored entry.
 */
export function entryInScript(entry: TermEntry, script: ReadingScript): TermEntry {
  if (
    script === 'simplified' &&
    entry.occurrences.every((o) => o.sentence === o.sentenceSimplified)
  )
    return entry;
  const key = `${script}:${entry.id}:${entry.term}`;
  const cached = converted.get(key);
  if (cached) return cached;
  const convert = (text: string) => fromSimplified(text, script);
  const out: TermEntry = {
    ...entry,
    term: convert(entry.term),
    definition: convert(entry.definition),
    members: entry.members.map(convert),
    occurrences: entry.occurrences.map((o) => ({ ...o, sentence: convert(o.sentenceSimplified) })),
    corpus: (entry.corpus ?? []).map((x) => {
      const { text, at } = convertMarked(x.sentence, [x.start, x.end], convert);
      const [start, end] = at ?? [x.start, x.end];
      return { ...x, title: convert(x.title), sentence: text, start, end };
    }),
  };
  converted.set(key, out);
  return out;
}

/** A document's title in `script` (traditional titles go through simplified first). */
export function titleInScript(doc: Pick<SeedDocument, 'title' | 'script'>, script: ReadingScript) {
  const simplified = doc.script === 'traditional' ? toSimplified(doc.title) : doc.title;
  return fromSimplified(simplified, script);
}
