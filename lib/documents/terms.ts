// The glossary terms in a user's document, for the reader's side list. Seed documents carry
// their occurrences from the build; a user's document is matched here with the same index the
// marks use, so the list and the marks agree.
import type { DocumentTerm } from '../glossary-page/reader.ts';
import { createMatcher } from '../matcher/matcher.ts';
import type { MatchIndex, TermEntry } from '../types.ts';

export function termsInText(
  text: string,
  index: MatchIndex,
  byId: ReadonlyMap<string, Pick<TermEntry, 'term' | 'english'>>,
): DocumentTerm[] {
  const rows = new Map<string, DocumentTerm>();
  for (const match of createMatcher(index).findTerms(text)) {
    const id = index.ids[match.term];
    const entry = id === undefined ? undefined : byId.get(id);
    if (!id || !entry) continue;
    const row = rows.get(id);
    if (row) row.count++;
    else
      rows.set(id, { id, term: entry.term, english: entry.english, count: 1, first: match.start });
  }
  return [...rows.values()].sort((a, b) => b.count - a.count || a.first - b.first);
}
