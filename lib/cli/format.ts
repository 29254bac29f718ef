// What the terms CLI prints: a readable count table, or JSON lines for other tools.
import type { GlossaryBundle, TermEntry } from '../types.ts';
import { countTerms, type TermOccurrence } from './annotate.ts';

/** Per-file summary: a heading line, then one line per term, most frequent first. */
export function formatCounts(file: string, occurrences: TermOccurrence[]): string {
  const counts = countTerms(occurrences);
  if (counts.length === 0) return `${file}: no glossary terms\n`;
  const width = String(counts[0]?.count ?? 0).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const lines = [
    `${file}: ${plural(counts.length, 'term')}, ${plural(occurrences.length, 'occurrence')}`,
    ...counts.map((c) => `  ${String(c.count).padStart(width)}  ${c.term}  (${c.id})`),
  ];
  return `${lines.join('\n')}\n`;
}

/** One JSON object per line per occurrence. */
export function formatOccurrences(file: string, occurrences: TermOccurrence[]): string {
  return occurrences
    .map((o) =>
      JSON.stringify({ file, start: o.start, end: o.end, text: o.text, id: o.id, term: o.term }),
    )
    .map((line) => `${line}\n`)
    .join('');
}

export interface ListedEntry {
  id: string;
  term: string;
  forms: string[];
  category: string;
  topic: string;
  english: string;
  definition: string;
  pinyin: string;
  /** Date of the first use in all sources (YYYY-MM-DD), or null when none is known. */
  first: string | null;
  /** Uses and distinct dates of use over the seeds and the news corpus. */
  mentions: number;
  days: number;
  excerpts: { doc: string; date: string; text: string }[];
}

/** An entry as --list prints it; excerpts are the seed sentences it stands in, once each. */
export function listedEntry(term: TermEntry, documents: GlossaryBundle['documents']): ListedEntry {
  const date = new Map(documents.map((d) => [d.id, d.date]));
  const seen = new Set<string>();
  const excerpts: ListedEntry['excerpts'] = [];
  for (const o of term.occurrences) {
    const key = `${o.doc}\n${o.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    excerpts.push({ doc: o.doc, date: date.get(o.doc) ?? '', text: o.sentence });
  }
  return {
    id: term.id,
    term: term.term,
    forms: term.forms,
    category: term.category,
    topic: term.topic,
    english: term.english,
    definition: term.definition,
    pinyin: term.pinyin,
    first: term.first ?? null,
    mentions: term.mentions,
    days: term.days,
    excerpts,
  };
}

export function formatList(bundle: Pick<GlossaryBundle, 'terms' | 'documents'>): string {
  return bundle.terms.map((t) => `${JSON.stringify(listedEntry(t, bundle.documents))}\n`).join('');
}
