// How much of the glossary the extraction finds on its own: the yardstick of `npm run
// bench:extract` (docs/extraction.md). An entry "occurs" in the texts when the extension's
// matcher marks it there (either script, longest match, as a page shows it); it is "found" when
// the extraction, run as if the glossary were empty, gives a candidate that is that entry as a
// whole (the same test as a candidate's `known`), and "within" a candidate when the matcher
// marks it inside one (乡村振兴 in the candidate 乡村振兴战略): a reviewer sees it there.
import { createMatcher } from '../matcher/matcher.ts';
import type { MatchIndex } from '../types.ts';
import { type ExtractDocument, extractTerms, knownTermOf } from './extract.ts';

export interface Recall {
  characters: number;
  candidates: number;
  /** Distinct entries marked in the texts, and how many of them the extraction found. */
  entries: number;
  found: number;
  /** Entries marked that stand whole or inside some candidate (found ones included). */
  within: number;
  /** Marks in the texts, and how many belong to a found entry. */
  marks: number;
  marksFound: number;
  /** Entries marked and found, in order of first mark. */
  foundIds: string[];
  /** Entries marked but not found, most marked first. */
  missed: { id: string; marks: number }[];
}

export function extractionRecall(
  documents: ExtractDocument[],
  index: Pick<MatchIndex, 'ids' | 'trie'>,
  toSimplified: (text: string) => string,
): Recall {
  const matcher = createMatcher({ trie: index.trie });
  const marks = new Map<string, number>();
  for (const doc of documents)
    for (const m of matcher.findTerms(doc.text)) {
      const id = index.ids[m.term] as string;
      marks.set(id, (marks.get(id) ?? 0) + 1);
    }
  const candidates = extractTerms(documents, {
    toSimplified,
    index: null,
    sentencesPerCandidate: 0,
  });
  const knownOf = knownTermOf(index);
  const found = new Set<string>();
  const inside = new Set<string>();
  for (const c of candidates) {
    const id = knownOf(c.term);
    if (id) found.add(id);
    for (const m of matcher.findTerms(c.term)) {
      inside.add(index.ids[m.term] as string);
      for (const inner of matcher.findInner(c.term, m.start, m.end))
        inside.add(index.ids[inner.term] as string);
    }
  }
  const total = (ids: Iterable<string>) => [...ids].reduce((n, id) => n + (marks.get(id) ?? 0), 0);
  const hit = [...marks.keys()].filter((id) => found.has(id));
  return {
    characters: documents.reduce((n, d) => n + d.text.length, 0),
    candidates: candidates.length,
    entries: marks.size,
    found: hit.length,
    within: [...marks.keys()].filter((id) => inside.has(id)).length,
    marks: total(marks.keys()),
    marksFound: total(hit),
    foundIds: hit,
    missed: [...marks]
      .filter(([id]) => !found.has(id))
      .map(([id, n]) => ({ id, marks: n }))
      .sort((a, b) => b.marks - a.marks || a.id.localeCompare(b.id)),
  };
}
