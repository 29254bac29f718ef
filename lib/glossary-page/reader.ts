// The document reader's page logic: which block holds an offset, and which terms a document has.
import type { SeedDocument, TermEntry } from '../types.ts';

/** Index of the block holding `offset`, or of the next block after it; -1 past the end. */
export function blockAt(blocks: SeedDocument['blocks'], offset: number): number {
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as SeedDocument['blocks'][number];
    if (offset < block.end) return i;
  }
  return -1;
}

export interface DocumentTerm {
  id: string;
  term: string;
  english: string;
  count: number;
  first: number;
}

/** The terms a document contains, most frequent first (then in order of first appearance). */
export function termsOfDocument(
  terms: Pick<TermEntry, 'id' | 'term' | 'english' | 'occurrences'>[],
  docId: string,
): DocumentTerm[] {
  const rows: DocumentTerm[] = [];
  for (const term of terms) {
    const starts = new Set(term.occurrences.filter((o) => o.doc === docId).map((o) => o.start));
    if (starts.size === 0) continue;
    rows.push({
      id: term.id,
      term: term.term,
      english: term.english,
      count: starts.size,
      first: Math.min(...starts),
    });
  }
  return rows.sort((a, b) => b.count - a.count || a.first - b.first);
}
